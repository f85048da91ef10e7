// A count's claim that names the day the incident happened, in a report of a later day, gives the count as of the
// report, not of the incident: "the district where 156 people died in a crowd crush last Saturday", written on
// Thursday, is Thursday's toll, and must not be read as Saturday's figure above Monday's 154 (a count going down).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf, story } from './helpers.js';
import { analyze } from '../../src/analyze.js';
import { harmDays, initialCount } from '../../src/story/build.js';

const A = ['AAA', '2022-10-30', 'At least 151 people were killed in a crowd crush in Itaewon late on Saturday night, officials said on Sunday.'] as [string, string, string];
const B = ['BBB', '2022-10-31', 'The death toll from the crowd crush in Itaewon rose to 154 on Monday, officials said.'] as [string, string, string];
const C = ['CCC', '2022-11-03', 'The police chief of the Itaewon district where 156 people died in a crowd crush last Saturday has been removed from his post.'] as [string, string, string];

const tollOf = (s: ReturnType<typeof story>) => factsOf(s, 'death toll').map((f) => ({ subject: f.subject, consistent: f.consistent, values: f.values.map((v) => `${v.value}@${v.sources.map((x) => x.asOf).join(',')}`) }));

test("a toll the incident's day is named beside, in a later report, is the report's: the count rose", () => {
  const t = tollOf(story([A, B, C]));
  assert.ok(t.length >= 1, JSON.stringify(t));
  assert.ok(t.every((f) => f.consistent), JSON.stringify(t));
  assert.ok(t.some((f) => f.values.includes('156@2022-11-03')), JSON.stringify(t));
});

test("negative: a day the count is given on stays the count's day (a telling, a change)", () => {
  const t = tollOf(story([A, B]));
  const vals = t.flatMap((f) => f.values);
  assert.ok(vals.includes('151@2022-10-30'), JSON.stringify(t));
  assert.ok(vals.includes('154@2022-10-31'), JSON.stringify(t));
});

test("negative: the incident's day in the report of that same day stays", () => {
  const t = tollOf(story([['DDD', '2022-10-29', 'At least 59 people were killed in a crowd crush in Itaewon on Saturday night.']]));
  assert.ok(t.flatMap((f) => f.values).includes('59@2022-10-29'), JSON.stringify(t));
});

test('harmDays: the day of an incident event in the sentence, before the report; none without a publication day', () => {
  const a = analyze(C[2], { publishedAt: C[1] });
  const sent = { start: 0, end: a.document.text.length };
  assert.deepEqual([...harmDays(a, sent, '2022-11-03')], ['2022-10-29']);
  assert.deepEqual([...harmDays(a, sent, undefined)], []);
  assert.deepEqual([...harmDays(a, sent, '2022-10-29')], [], 'not before the report');
  // long input: one pass over the events
  const long = analyze(`${'The crowd crush in Itaewon happened last Saturday. '.repeat(2000)}`, { publishedAt: '2022-11-03' });
  const t0 = performance.now();
  harmDays(long, { start: 0, end: long.document.text.length }, '2022-11-03');
  assert.ok(performance.now() - t0 < 1000);
});

// The deaths' own time names the incident's day only where it is the story's onset, the day most reports give the
// incident first: "last Saturday's crowd crush that killed 156" is the crush's Saturday; "by the time the search
// ended on Saturday, 301 miners were dead", days after a mine fire that broke out on Tuesday, is Saturday's toll.
const D = ['DDD', '2022-11-04', "The president apologized over last Saturday's crowd crush in Itaewon that killed 156 people."] as [string, string, string];

test("the deaths' time on the story's onset, in a later report, is no day of the count", () => {
  const t = tollOf(story([A, B, D]));
  assert.ok(t.every((f) => f.consistent), JSON.stringify(t));
  assert.ok(t.some((f) => f.values.includes('156@2022-11-04')), JSON.stringify(t));
});

test("negative: the deaths' time on a later day than the onset stays the count's day", () => {
  const t = tollOf(story([
    ['EEE', '2014-05-14', 'A fire broke out in a coal mine in Soma on Tuesday, killing at least 200 miners.'],
    ['FFF', '2014-05-15', 'The fire that broke out in the coal mine in Soma on Tuesday has killed 282 miners, officials said on Thursday.'],
    ['GGG', '2014-05-20', 'The fire broke out in the Soma coal mine on Tuesday. By the time the search ended on Saturday, 301 miners were dead.'],
  ]));
  assert.ok(t.flatMap((f) => f.values).includes('301@2014-05-17'), JSON.stringify(t));
});

test('storyOnset: the day most reports give the incident first', async () => {
  const { storyOnset } = await import('../../src/story/build.js');
  const as = [A, B, C, D].map(([, d, x]) => analyze(x, { publishedAt: d }));
  assert.equal(storyOnset(as), '2022-10-29');
  assert.equal(storyOnset([]), undefined);
});

test("a later report restating the first toll ('initially killed 12') gives the incident day's count, no fall from 20", () => {
  const P = (id: string, day: string, text: string) => [id, day, text] as [string, string, string];
  const first = P('AAA', '2024-05-11', 'A suicide bombing at a market in Peshawar killed 12 people on Saturday, police said.');
  const rose = P('BBB', '2024-05-14', 'The death toll from the suicide bombing at a market in Peshawar rose to 20 on Tuesday, police said.');
  for (const text of [
    'Police arrested two men on Thursday over the suicide bombing at a market in Peshawar. The bombing on Saturday initially killed 12 people.',
    'Police arrested two men on Thursday over the suicide bombing at a market in Peshawar. At first 12 people were reported killed in the bombing on Saturday.',
  ]) {
    const t = tollOf(story([first, rose, P('CCC', '2024-05-16', text)]));
    assert.ok(t.every((f) => f.consistent), text + ' ' + JSON.stringify(t));
    assert.ok(t.some((f) => f.values.some((v) => v.startsWith('12@2024-05-11'))), JSON.stringify(t));
  }
});

test('negative initialCount: no cue, or "at the time of writing"; linear on long input', () => {
  assert.equal(initialCount('The bombing on Saturday initially killed ', ' people.'), true);
  assert.equal(initialCount('', ' people were killed at the time.'), true);
  assert.equal(initialCount('the Itaewon district where ', ' people died in a crowd crush last Saturday has been removed'), false);
  assert.equal(initialCount('', ' people had died at the time of writing.'), false);
  const t0 = performance.now();
  initialCount(' '.repeat(1_000_000), 'at '.repeat(10_000));
  assert.ok(performance.now() - t0 < 1000);
});

// harmDays is asked once per count: a report of many counts and many incident events must not be read events × counts
// times (each count looks up its own sentence's events).
test('harmDays: 40,000 sentences each with an incident event, asked for every sentence, stay fast and sentence-local', () => {
  const n = 40000;
  const times = Array.from({ length: n }, (_, i) => ({ type: 'DATE', value: `2022-10-${String(1 + (i % 28)).padStart(2, '0')}`, start: i * 100 + 50, end: i * 100 + 58, text: 'x' }));
  const events = Array.from({ length: n }, (_, i) => ({ type: i % 2 ? 'DISASTER' : 'FIRE', trigger: { start: i * 100 + 10, end: i * 100 + 15 }, args: { time: [i] } }));
  // an event of no harm type in the first sentence gives no day, as before
  events.push({ type: 'MEET', trigger: { start: 20, end: 25 }, args: { time: [3] } });
  const a = { events, times } as unknown as Parameters<typeof harmDays>[0];
  const t0 = performance.now();
  let own = 0;
  for (let i = 0; i < n; i++) {
    const days = [...harmDays(a, { start: i * 100, end: i * 100 + 100 }, '2022-11-30', '2022-10-01')];
    if (days.length === 1 && days[0] === times[i]!.value) own++;
  }
  assert.ok(performance.now() - t0 < 2000, `took ${performance.now() - t0} ms`);
  assert.equal(own, n, 'each sentence gives its own incident day only (the MEET event in the first gives none)');
});
