// The report's date read once for every check (src/nlp/checks/anchorDate.ts), and the checks' cue lists read from
// data/lexicon/checks-cues.tsv (src/nlp/checks/lexicon.ts). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorDayMs, anchorYear } from '../../../src/nlp/checks/anchorDate.js';
import { ageChecks, looseAgeChecks } from '../../../src/nlp/checks/ages.js';
import { cues, NAMED_GROUP_NOUNS, RECORD_WORDS, SPAN_VERB_GROUPS } from '../../../src/nlp/checks/lexicon.js';
import { recordChecks } from '../../../src/nlp/checks/records.js';
import { tagTimes } from '../../../src/nlp/time/index.js';

const findTimes = (t: string, anchorDate: string) => tagTimes(t, { anchorDate }).times;

test('the anchor\'s year and day: a date, a date-time, nothing, or a malformed anchor', () => {
  assert.equal(anchorYear('2024-05-10'), 2024);
  assert.equal(anchorYear('2024-05-10T08:30:00Z'), 2024);
  assert.equal(anchorYear(undefined), undefined);
  assert.equal(anchorYear(''), undefined);
  assert.equal(anchorYear('May 2024'), undefined);
  assert.equal(anchorDayMs('2024-05-10T23:59:00+02:00'), Date.UTC(2024, 4, 10));
  assert.ok(Number.isNaN(anchorDayMs(undefined)));
  assert.ok(Number.isNaN(anchorDayMs('soon')));
});

test('an age against a birth year: read with a good anchor, never called INCONSISTENT without a readable one', () => {
  const t = 'Smith, aged 45, was born in 1979 in Ohio.';
  const s: Array<[number, number]> = [[0, t.length]];
  assert.deepEqual(ageChecks(t, '2024-05-10', s).map((c) => c.status), ['CONSISTENT']);
  assert.deepEqual(ageChecks('Smith, aged 45, was born in 1990 in Ohio.', '2024-05-10', s).map((c) => c.status), ['INCONSISTENT']);
  // before: a malformed anchor gave a year of NaN, and every stated age "did not fit"
  assert.deepEqual(ageChecks(t, 'unknown', s), []);
  assert.deepEqual(ageChecks(t, undefined, s), []);
  assert.deepEqual(looseAgeChecks('Smith, 45, joined. He was born in 1979.', 'unknown', [[0, 18], [19, 40]]), []);
});

test('the cue lists come from the data file, in order; a list the file lacks is an error', () => {
  assert.deepEqual(RECORD_WORDS.slice(0, 3), ['first', 'highest', 'lowest']);
  assert.ok(NAMED_GROUP_NOUNS.GPE.includes('countries'));
  assert.equal(SPAN_VERB_GROUPS.length, 4);
  assert.deepEqual(SPAN_VERB_GROUPS[3], { cues: ['married'], verbs: ['married', 'together', 'wed'] });
  assert.deepEqual(cues('SINCE_PREPS'), ['in', 'of', 'on']);
  assert.throws(() => cues('NO_SUCH_LIST'), /no list NO_SUCH_LIST/);
});

test('"since" a record\'s date, its phrase built from the data lists', () => {
  const run = (t: string) => {
    const times = findTimes(t, '2024-05-10');
    return recordChecks(t, times, '2024-05-10', [[0, t.length]]).map((c) => c.status);
  };
  assert.deepEqual(run('Unemployment is at its highest since 2009.'), ['CONSISTENT']);
  assert.deepEqual(run('It was the deadliest quake since a magnitude 7.6 tremor in September 1999.'), ['CONSISTENT']);
  assert.deepEqual(run('Unemployment rose in 2009.'), []);
});

test('long input stays linear for the record phrase', () => {
  const t = 'the highest since the '.repeat(5000) + '2009.';
  const t0 = Date.now();
  recordChecks(t, findTimes(t, '2024-05-10'), '2024-05-10', [[0, t.length]]);
  assert.ok(Date.now() - t0 < 20000);
});

test('an age in brackets after a name against a birth year in its sentence: agreement only', () => {
  const one = (t: string) => ageChecks(t, '2024-05-10', [[0, t.length]]).map((c) => `${c.status} ${c.detail}`);
  assert.deepEqual(one('Smith (45) was born in 1979.'), ['CONSISTENT born 1979, so 44 or 45 at publication 2024-05-10; stated age 45 ("(45)")']);
  assert.deepEqual(one('Her son Ali (12) and daughter Sara (9), born in 2015, were rescued.').map((s) => s.split(' ')[0]), ['CONSISTENT']);
  // a bracketed age of another person than the one born: never INCONSISTENT
  assert.deepEqual(one('Her son Ali (12) and daughter Sara, born in 2015, were rescued.'), []);
  assert.deepEqual(one('Smith (45), who died in the crash, was born in 1979.'), []);
  assert.deepEqual(one('Article (5) of the law, born of the 1979 revolution, applies.'), []);
  // the other forms keep deciding both ways
  assert.deepEqual(one('Smith, aged 45, was born in 1990 in Ohio.').map((s) => s.split(' ')[0]), ['INCONSISTENT']);
});

test('many bracketed figures after capitalised words stay linear', () => {
  const t = 'Ali (12) and '.repeat(20000) + 'Sara, born in 2015.';
  const t0 = Date.now();
  ageChecks(t, '2024-05-10', [[0, t.length]]);
  assert.ok(Date.now() - t0 < 8000, `${Date.now() - t0} ms`);
});
