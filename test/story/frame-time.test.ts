// A time in the frame of a report ("…, the coast guard said on Thursday") dates the saying, not the event the
// report tells; a time inside what was said still dates the event. Invented reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { frameTime } from '../../src/story/build.js';
import { story } from './helpers.js';

const timeFacts = (s: ReturnType<typeof story>, type: string) => {
  const ids = new Set(s.events.filter((e) => e.type === type).map((e) => e.id));
  return s.facts.filter((f) => f.attribute === 'time' && ids.has(f.subject));
};

test('frameTime: the day after "said" in the frame is the saying\'s, a day inside the claim the event\'s', () => {
  const t1 = 'The ferry capsized near the harbour mouth, killing nine passengers, the coast guard said on Thursday.';
  const a1 = analyze(t1, { publishedAt: '2031-06-19' });
  const killing = a1.events.find((e) => e.trigger.text === 'killing');
  const thu = a1.times.find((t) => t.text === 'Thursday');
  assert.ok(killing && thu, JSON.stringify(a1.events.map((e) => e.trigger.text)));
  assert.equal(frameTime(a1, killing, thu), true);
  // negative: the day is part of what was said
  const t2 = 'The ferry capsized on Tuesday near the harbour mouth, killing nine passengers, the coast guard said.';
  const a2 = analyze(t2, { publishedAt: '2031-06-19' });
  const k2 = a2.events.find((e) => e.trigger.text === 'killing');
  const tue = a2.times.find((t) => t.text === 'Tuesday');
  assert.ok(k2 && tue);
  assert.equal(frameTime(a2, k2, tue), false);
  // the day between the speaker and the verb, or right after the verb, is the saying's too
  const dayOf = (text: string, trig: string, day: string) => {
    const a = analyze(text, { publishedAt: '2031-06-19' });
    const ev = a.events.find((e) => e.trigger.text === trig); const t = a.times.find((x) => x.text === day);
    assert.ok(ev && t, `${text}: ${JSON.stringify(a.events.map((e) => e.trigger.text))}`);
    return frameTime(a, ev, t);
  };
  assert.equal(dayOf('Officials on Thursday confirmed that the ferry capsized near the harbour mouth.', 'capsized', 'Thursday'), true);
  assert.equal(dayOf('Port officials said Thursday the ferry capsized near the harbour mouth.', 'capsized', 'Thursday'), true);
  assert.equal(dayOf('On Thursday, investigators revealed that the ferry had capsized after its ballast shifted.', 'capsized', 'Thursday'), true);
  // negatives: a day said with the event, a genitive that dates the event, an event told before the frame with its own day
  assert.equal(dayOf('Port officials said that on Tuesday the ferry capsized near the harbour mouth.', 'capsized', 'Tuesday'), false);
  assert.equal(dayOf('The ferry capsized on Tuesday near the harbour mouth, officials said.', 'capsized', 'Tuesday'), false);
  // negative: the saying itself keeps its day
  const said = a1.events.find((e) => e.type === 'STATEMENT');
  assert.ok(said);
  assert.equal(frameTime(a1, said, thu), false);
});

test('reports that date an event and one that dates only its telling are not at odds about when it happened', () => {
  const s = story([
    ['AAA', '2031-06-17', 'A ferry capsized near Port Vela on Tuesday, killing nine passengers, officials said.'],
    ['BBB', '2031-06-19', 'The ferry capsized near Port Vela, killing nine passengers, the coast guard said on Thursday.'],
  ]);
  const tf = timeFacts(s, 'DEATHS');
  assert.ok(tf.length >= 1, JSON.stringify(s.events.map((e) => [e.type, e.documents.length])));
  assert.ok(tf.every((f) => f.consistent), JSON.stringify(tf.map((f) => f.why)));
  // negative: two reports that themselves put the deaths on different days still disagree
  const n = story([
    ['AAA', '2031-06-17', 'A ferry capsized near Port Vela on Tuesday, killing nine passengers, officials said.'],
    ['BBB', '2031-06-19', 'The ferry capsized near Port Vela on Sunday, killing nine passengers, the coast guard said.'],
  ]);
  const nf = timeFacts(n, 'DEATHS');
  assert.ok(nf.some((f) => !f.consistent), JSON.stringify(nf.map((f) => f.why)));
});

test('a later report\'s own day, after the first report told the event as past, is not when it happened', () => {
  const s = story([
    ['AAA', '2031-06-16', 'A tourist submersible carrying five people lost contact with its support ship on Sunday near Cape Verran.'],
    ['BBB', '2031-06-17', 'Rescue crews on Tuesday kept searching near Cape Verran for the submersible that lost contact with its support ship.'],
  ]);
  const tf = timeFacts(s, 'LOSS');
  assert.equal(tf.length, 1, JSON.stringify(s.events.map((e) => [e.type, e.documents.length])));
  assert.deepEqual(tf[0].values.map((v) => v.value), ['2031-06-15']);
  assert.equal(tf[0].consistent, true);
  // negative: a later report that itself puts the event on another day before its own still disagrees
  const n = story([
    ['AAA', '2031-06-16', 'A tourist submersible carrying five people lost contact with its support ship on Sunday near Cape Verran.'],
    ['BBB', '2031-06-17', 'The submersible lost contact with its support ship near Cape Verran on Saturday, the operator said.'],
  ]);
  assert.ok(timeFacts(n, 'LOSS').some((f) => !f.consistent), JSON.stringify(timeFacts(n, 'LOSS').map((f) => f.why)));
});

test('a time weeks before an event\'s first report is background its sentence tells, where others date the event', () => {
  const s = story([
    ['AAA', '2031-03-25', 'A passenger jet crashed in the Alps near Lorvane on Tuesday, killing all 150 people on board.'],
    ['BBB', '2031-03-27', 'The co-pilot, who crashed the jet near Lorvane, had been treated for depression in 2029, prosecutors said.'],
    ['CCC', '2031-03-26', 'The jet crashed near Lorvane on Tuesday morning, officials said.'],
  ]);
  const tf = timeFacts(s, 'ACCIDENT');
  assert.equal(tf.length, 1);
  assert.ok(!tf[0].values.some((v) => String(v.value).startsWith('2029')), JSON.stringify(tf[0].values));
  assert.equal(tf[0].consistent, true, tf[0].why);
  // negative: with no mention dating it near its reports, the old time is all there is and stays
  const n = story([
    ['BBB', '2031-03-27', 'The co-pilot, who crashed the jet near Lorvane, had been treated for depression in 2029, prosecutors said.'],
  ]);
  assert.ok(timeFacts(n, 'ACCIDENT').some((f) => f.values.some((v) => String(v.value) === '2029')), JSON.stringify(n.facts.map((f) => [f.subject, f.attribute, f.values.map((v) => v.value)])));
});

test('an event first told as under way had begun by that report: a later report\'s own day is not when it happened', () => {
  const s = story([
    ['AAA', '2031-06-16', 'Rescuers are searching for a tourist submersible that has been missing since it lost contact with its support ship on Sunday near Cape Verran.'],
    ['BBB', '2031-06-17', 'Rescue crews on Tuesday kept searching near Cape Verran for the submersible that lost contact with its support ship.'],
  ]);
  const tf = timeFacts(s, 'LOSS');
  assert.equal(tf.length, 1, JSON.stringify(s.events.map((e) => [e.type, e.documents.length])));
  assert.deepEqual(tf[0].values.map((v) => v.value), ['2031-06-15']);
  // negative: a plan told ahead (FUTURE) says nothing of when it began
  const n = story([
    ['AAA', '2031-06-16', 'The operator will launch a second submersible near Cape Verran on Wednesday.'],
    ['BBB', '2031-06-18', 'The operator launched a second submersible near Cape Verran on Wednesday.'],
  ]);
  const nf = n.facts.filter((f) => f.attribute === 'time' && f.values.some((v) => v.value === '2031-06-18' && v.sources.length === 2));
  assert.ok(nf.length >= 1, JSON.stringify(n.events.map((e) => [e.type, e.status, e.documents.length])));
});
