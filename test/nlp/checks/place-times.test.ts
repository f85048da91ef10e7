import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';
import { clockTimeChecks } from '../../../src/nlp/checks/clockTimes.js';

// DATE_ARITHMETIC on a time glossed with a place's clocks ("4 p.m. local time (10 p.m. in Japan)", "2:07 p.m. Beijing
// time (0607 GMT)"). The places' offsets are data/lexicon/utc-offsets.tsv. Sentences written for these tests;
// reference date pinned.

const pt = (t: string) => dates(t, '2023-09-12', 'place-time');

test('a local time glossed in another place\'s clocks: the offset implied must be one a place named keeps', () => {
  assert.deepEqual(pt('The match in Doha started at 4 p.m. local time (10 p.m. in Japan).'), ['CONSISTENT']);
  // the local place is named in another sentence
  assert.deepEqual(pt('Qatar hosted the game. It started at 4 p.m. local time (10 p.m. in Japan).'), ['CONSISTENT']);
  assert.deepEqual(pt('The summit in Singapore opened at 9:04 a.m. local time (10:04 a.m. Korea time).'), ['CONSISTENT']);
  assert.deepEqual(pt('Voting in Tripoli ended at 8pm local time (9pm Cairo time).'), ['CONSISTENT']);
  // the glossed place itself is not the local one; with no other place the check stays open, never a contradiction
  assert.deepEqual(pt('It started at 4 p.m. local time (10 p.m. in Japan).'), ['UNVERIFIABLE']);
  assert.deepEqual(pt('The match in Doha started at 4 p.m. local time (11 p.m. in Japan).'), ['UNVERIFIABLE']);
});

test('both clocks named (a place, or a place and a zone): decided either way', () => {
  assert.deepEqual(pt('The quake struck at 2:07 p.m. Beijing time (0607 GMT).'), ['CONSISTENT']);
  assert.deepEqual(pt('Talks began at 12:30 p.m. Vienna time (3 p.m. Tehran time) on Monday.'), ['CONSISTENT']);
  assert.deepEqual(pt('Trading opened at 9:30 a.m. in New York (8:30 p.m. Tuesday in Hanoi).'), ['CONSISTENT']);
  assert.deepEqual(pt('The eclipse began at 3:30pm IST (4:00pm Bangladesh time).'), ['CONSISTENT']);
  assert.deepEqual(pt('The quake struck at 2:07 p.m. Beijing time (0907 GMT).'), ['INCONSISTENT']);
  assert.deepEqual(pt('Trading opened at 9:30 a.m. in New York (3:30 p.m. in Hanoi).'), ['INCONSISTENT']);
});

test('no place gloss: not this rule', () => {
  // zones only, or a local time in a zone: the zone rule reads them
  assert.deepEqual(pt('The launch is set for 9:30 a.m. EDT (1330 GMT).'), []);
  assert.deepEqual(pt('The dam in Derna burst at 2:30 a.m. local time (0030 GMT).'), []);
  // a bracket that holds no time, a place not listed, a time and a place with no bracket
  assert.deepEqual(pt('He arrived at 3 p.m. in Paris (the capital) on Monday.'), []);
  assert.deepEqual(pt('It began at 4 p.m. local time (10 p.m. in Atlantis).'), []);
  assert.deepEqual(pt('It began at 4 p.m. in Doha, 10 p.m. in Japan.'), []);
  // one place on both sides is no conversion
  assert.deepEqual(pt('Shops open at 9 a.m. in London (5 p.m. in London on Sundays).'), []);
});

test('long inputs stay linear', () => {
  // one 250 kB line (one sentence) of each: near-misses, and conversions that each look for the places named — the
  // zone rule's "local time (0100 GMT)" took 259 s on this when every time searched the whole line for every place
  const sentences = (text: string): Array<[number, number]> => [[0, text.length]];
  for (const unit of ['4 p.m. local time ', '4 p.m. in Japan (', '10 p.m. Beijing time (10 p.m. ', 'in New York ',
    '4 p.m. local time (10 p.m. in Japan), ', '4 p.m. local time (0100 GMT), ']) {
    const text = unit.repeat(Math.ceil(250_000 / unit.length));
    const t0 = Date.now();
    clockTimeChecks(text, sentences(text));
    assert.ok(Date.now() - t0 < 3000, `${JSON.stringify(unit)}: ${Date.now() - t0} ms`);
  }
});
