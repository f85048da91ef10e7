// A figure a change started from ("raised from 44", "down from 95") is an earlier reading, and a figure its claim does
// not date takes the one day its sentence names. Invented reports; reference days in August 2015.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeQuantities, priorFigure, type Reading } from '../../src/story/values.js';
import { factsOf, story } from './helpers.js';

test('priorFigure: a verb or adverb of change, then "from", right before the figure', () => {
  assert.equal(priorFigure('the toll had been raised from ', 'person'), true);
  assert.equal(priorFigure('70 people were still missing, down from ', 'person'), true);
  assert.equal(priorFigure('the death toll rose from ', 'person'), true);
  assert.equal(priorFigure('up from an earlier figure of ', 'person'), true);
  // not a change: a place or source after "from", a figure of its own
  assert.equal(priorFigure('residents were evacuated from ', 'person'), false);
  assert.equal(priorFigure('the toll rose to ', 'person'), false);
  assert.equal(priorFigure('firefighters from ', 'person'), false);
  // a measure: the verb of motion is its subject's, the figure no earlier reading
  assert.equal(priorFigure('a scaffolder fell from ', 'm'), false);
  assert.equal(priorFigure('the airliner dropped from ', 'ft'), false);
  assert.equal(priorFigure('the climbers climbed down from ', 'm'), false);
  assert.equal(priorFigure('the river rose from ', 'm'), false);
  // a supply's length of time is a figure that runs down ("hours of oxygen left, down from 96 hours")
  assert.equal(priorFigure('about 40 hours of oxygen left, down from ', 'hour'), true);
  assert.equal(priorFigure('the supply fell from ', 'day'), true);
});

const r = (value: number, doc: string, voice: string, asOf: string, prior?: boolean): Reading =>
  ({ value, unit: 'person', asOf, label: String(value), doc, voice, ...(prior ? { prior } : {}) });

test('judgeQuantities: a prior figure is earlier than its day\'s current one, for a growing count and a state', () => {
  // "killing at least 50 … the toll had been raised from 44 earlier in the day" (two voices in one report)
  assert.equal(judgeQuantities('death toll', [r(44, 'a', 'x', '2015-08-13', true), r(50, 'a', 'y', '2015-08-13')]).consistent, true);
  // without the cue, two figures of one day from two voices disagree
  assert.equal(judgeQuantities('death toll', [r(44, 'a', 'x', '2015-08-13'), r(50, 'a', 'y', '2015-08-13')]).consistent, false);
  // a growing count still cannot fall below the figure it started from
  assert.equal(judgeQuantities('death toll', [r(60, 'a', 'x', '2015-08-13', true), r(50, 'b', 'y', '2015-08-13')]).consistent, false);
  // a state: "70 still missing, down from 95" is no contradiction
  assert.equal(judgeQuantities('missing', [r(95, 'a', 'x', '2015-08-17', true), r(70, 'b', 'y', '2015-08-17')]).consistent, true);
});

test('judgeQuantities: a fall below an undated prior figure names no undefined day', () => {
  const undated = (value: number, doc: string, prior?: boolean): Reading => ({ value, unit: 'person', label: String(value), doc, voice: doc, ...(prior ? { prior } : {}) });
  const j = judgeQuantities('death toll', [undated(60, 'a', true), r(50, 'b', 'y', '2015-08-13')]);
  assert.equal(j.consistent, false);
  assert.equal(j.why, '50 (2015-08-13) is below 60 (the figure it rose from); a count like this cannot go down');
});

test('a figure in a sentence naming one day is that day\'s, however late the report: a next-day reprint agrees', () => {
  const s = story([
    ['AAA', '2015-08-16', 'Premier Li toured the wrecked port of Tianjin on Sunday, as the death toll climbed to 112 and officials said 95 people were still missing.'],
    ['BBB', '2015-08-17', 'Premier Li toured the wrecked port of Tianjin on Sunday, as the death toll climbed to 112 and officials said 95 people were still missing, most of them firefighters.'],
    ['CCC', '2015-08-17', 'Officials in Tianjin said on Monday that 70 people were still missing after the explosions.'],
  ]);
  const missing = factsOf(s, 'missing');
  assert.equal(missing.length, 1, JSON.stringify(s.facts.map((f) => `${f.subject}/${f.attribute}`)));
  // "officials said 95 people were still missing" names no day of its own: the sentence's Sunday dates it
  assert.equal(missing[0].values.find((v) => v.value === 95)?.sources.find((x) => x.outlet === 'BBB')?.asOf, '2015-08-16');
  assert.equal(missing[0].consistent, true, missing[0].why);
});

test('a figure in a sentence naming no day keeps its report\'s day', () => {
  const s = story([
    ['AAA', '2015-08-17', 'The death toll in Tianjin stood at 114, officials said.'],
    ['BBB', '2015-08-19', 'The death toll in Tianjin rose to 116 on Tuesday, officials said.'],
  ]);
  const toll = factsOf(s, 'death toll');
  assert.equal(toll.length, 1, JSON.stringify(s.facts.map((f) => `${f.subject}/${f.attribute}`)));
  // no day in its sentence: the report's own day
  assert.equal(toll[0].values.find((v) => v.value === 114)?.sources.find((x) => x.outlet === 'AAA')?.asOf, '2015-08-17');
  // and the dated one its day: the count rose
  assert.equal(toll[0].values.find((v) => v.value === 116)?.asOf, '2015-08-18');
  assert.equal(toll[0].consistent, true, toll[0].why);
});
