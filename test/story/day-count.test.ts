// One day's count of people acted on over days ("On Tuesday they rescued three people") is a part of the running
// total ("by Tuesday evening 14 people had been rescued"), not a second reading of it that contradicts it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayCount, judgeQuantities, type Reading } from '../../src/story/values.js';
import { story } from './helpers.js';

test('dayCount: an active past verb right before the figure and a named day, of a count acted on over days', () => {
  assert.equal(dayCount('rescued', 'On Tuesday they rescued ', ' people'), true);
  assert.equal(dayCount('bodies', 'Divers recovered ', ' bodies on Monday'), true);
  assert.equal(dayCount('freed', 'On 4 March the army freed another ', ' hostages'), true);
  // negatives: a total (perfect, "by", "so far"), no day, a passive, the dead the event itself killed
  assert.equal(dayCount('rescued', 'By Tuesday evening ', ' people had been rescued'), false);
  assert.equal(dayCount('rescued', 'On Tuesday rescuers had rescued ', ' people'), false);
  assert.equal(dayCount('rescued', 'Rescuers so far rescued ', ' people on Tuesday'), false);
  assert.equal(dayCount('rescued', 'They rescued ', ' people'), false);
  assert.equal(dayCount('rescued', 'On Tuesday ', ' people were rescued'), false);
  assert.equal(dayCount('death toll', 'The floods killed ', ' people on Monday'), false);
});

test('dayCount: a fronted day with its comma ("On Tuesday, they rescued three people") is the day of the clause after it', () => {
  assert.equal(dayCount('rescued', ' they rescued ', ' people', 'On Tuesday, they rescued '), true);
  assert.equal(dayCount('rescued', ' divers pulled out ', ' people', 'On Tuesday morning, divers pulled out '), true);
  // (any part of the day the time lexicon knows, not a second list of four)
  assert.equal(dayCount('rescued', ' divers pulled out ', ' people', 'On Tuesday overnight, divers pulled out '), true);
  assert.equal(dayCount('rescued', ' divers pulled out ', ' people', 'On Tuesday midday, divers pulled out '), true);
  assert.equal(dayCount('freed', ' the army freed another ', ' hostages', 'On 4 March, the army freed another '), true);
  // negatives: a total after the fronted day; another clause between the day and the figure; no fronted day
  assert.equal(dayCount('rescued', ' rescuers had rescued ', ' people', 'On Tuesday, rescuers had rescued '), false);
  assert.equal(dayCount('rescued', ' they rescued ', ' people', 'On Tuesday, the storm eased, and they rescued '), false);
  assert.equal(dayCount('rescued', ' they rescued ', ' people', 'Later, they rescued '), false);
  assert.equal(dayCount('rescued', ' they rescued ', ' people', 'By Tuesday, they rescued '), false);
});

const r = (value: number, asOf: string, doc: string, more: Partial<Reading> = {}): Reading => ({ value, unit: 'person', asOf, doc, label: `"${value}" (${doc})`, ...more });

test('judgeQuantities: a day\'s count below the total of its day or a later one agrees with it', () => {
  assert.equal(judgeQuantities('rescued', [r(3, '2015-06-02', 'A', { dayCount: true }), r(14, '2015-06-02', 'B')]).consistent, true);
  assert.equal(judgeQuantities('rescued', [r(3, '2015-06-02', 'A', { dayCount: true }), r(12, '2015-06-01', 'B'), r(14, '2015-06-03', 'C')]).consistent, true);
  // negatives: a total below that day's count; two totals of one day that differ; two counts of one day that differ
  assert.equal(judgeQuantities('rescued', [r(20, '2015-06-02', 'A', { dayCount: true }), r(14, '2015-06-02', 'B')]).consistent, false);
  assert.equal(judgeQuantities('rescued', [r(3, '2015-06-02', 'A'), r(14, '2015-06-02', 'B')]).consistent, false);
  assert.equal(judgeQuantities('rescued', [r(3, '2015-06-02', 'A', { dayCount: true }), r(5, '2015-06-02', 'B', { dayCount: true })]).consistent, false);
});

test('in a story: "on Tuesday they rescued three" and "by Tuesday evening 14 had been rescued" are no contradiction', () => {
  const s = story([
    ['River News', '2015-06-02', 'Ferry overturns on river\n\nA river ferry overturned in a storm near Linhai on Monday night. By Tuesday evening 14 people had been rescued, officials in Linhai said.'],
    ['World Wire', '2015-06-03', 'Divers search overturned ferry\n\nDivers searched the overturned ferry near Linhai. On Tuesday they rescued three people from the hull, officials in Linhai said.'],
  ]);
  const f = s.facts.filter((x) => x.attribute === 'rescued' && x.values.length > 1);
  assert.equal(f.length, 1, JSON.stringify(s.facts.filter((x) => x.attribute === 'rescued').map((x) => [x.subject, x.values.map((v) => [v.value, v.asOf])])));
  assert.equal(f[0]!.consistent, true, f[0]!.why);
  // the same with the comma of usual news style after the fronted day
  const c = story([
    ['River News', '2015-06-02', 'Ferry overturns on river\n\nA river ferry overturned in a storm near Linhai on Monday night. By Tuesday evening 14 people had been rescued, officials in Linhai said.'],
    ['World Wire', '2015-06-03', 'Divers search overturned ferry\n\nDivers searched the overturned ferry near Linhai. On Tuesday, they rescued three people from the hull, officials in Linhai said.'],
  ]);
  const h = c.facts.filter((x) => x.attribute === 'rescued' && x.values.length > 1);
  assert.equal(h.length, 1, JSON.stringify(c.facts.filter((x) => x.attribute === 'rescued').map((x) => [x.subject, x.values.map((v) => [v.value, v.asOf])])));
  assert.equal(h[0]!.consistent, true, h[0]!.why);
  // negative: two reports' totals of one day that differ still contradict each other
  const t = story([
    ['River News', '2015-06-02', 'Ferry overturns on river\n\nA river ferry overturned in a storm near Linhai on Monday night. By Tuesday evening 14 people had been rescued, officials in Linhai said.'],
    ['World Wire', '2015-06-03', 'Divers search overturned ferry\n\nDivers searched the overturned ferry near Linhai. By Tuesday evening three people had been rescued, officials in Linhai said.'],
  ]);
  const g = t.facts.filter((x) => x.attribute === 'rescued' && x.values.length > 1);
  assert.equal(g.length, 1);
  assert.equal(g[0]!.consistent, false);
});

test('dayCount word lists are data: the acted-on stems and total words in data/lexicon, the calendar names from the time lexicon', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { projectRoot } = await import('../../src/core/shared.js');
  const { readWordSet } = await import('../../src/core/word-lists.js');
  assert.ok(readWordSet('story-day-count-acted.txt').has('rescu'));
  assert.ok(readWordSet('story-day-count-total-words.txt').has('so far'));
  const src = readFileSync(join(projectRoot, 'src', 'story', 'values.ts'), 'utf8');
  assert.ok(!/Monday\|Tuesday|January\|February|rescu\|freed\|detain|so far\|in total/.test(src), 'word lists in src/story/values.ts');
  // the lists still work: a multi-word total ("so far") and "by" before a weekday or a number
  assert.equal(dayCount('rescued', 'Rescuers so  far rescued ', ' people on Tuesday'), false);
  assert.equal(dayCount('rescued', 'By late Tuesday rescuers pulled out ', ' people on Tuesday'), false);
  assert.equal(dayCount('arrested', 'On 12 September police arrested ', ' people'), true);
  assert.equal(dayCount('arrested', 'On Sept 12 police arrested ', ' people'), false);
});
