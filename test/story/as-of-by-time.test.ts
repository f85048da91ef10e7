// A count reached "by Sunday evening" is as of Sunday: the claim's other day ("up from 34 a day earlier") dates the
// older figure, not this one. Dated to the day before, "58" clashed with the 34 another report gave for that day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf, story } from './helpers.js';
import { asOfDay } from '../../src/story/build.js';
import type { TimeExpr } from '../../src/core/types.js';

const SAT = 'A tailings dam collapsed at an iron ore mine near Brumadinho on Friday. Firefighters said on Saturday that 34 people had been confirmed dead in Brumadinho.';
const SUN = 'A tailings dam collapsed at an iron ore mine near Brumadinho on Friday. The confirmed number of dead in Brumadinho rose to 58 by Sunday evening, up from 34 a day earlier, civil defence officials said.';

test('a count reached "by Sunday evening" is Sunday\'s, and rises from Saturday\'s without a conflict', () => {
  const s = story([['Rio Times', '2019-01-26', SAT], ['BBC', '2019-01-27', SUN]]);
  const tolls = factsOf(s, 'death toll').filter((f) => f.values.some((v) => Number(v.value) === 58));
  assert.equal(tolls.length, 1, JSON.stringify(factsOf(s, 'death toll').map((f) => [f.subject, f.values.map((v) => v.value)])));
  const f = tolls[0]!;
  assert.equal(f.values.find((v) => Number(v.value) === 58)?.asOf, '2019-01-27');
  assert.equal(f.consistent, true, f.why);
});

const t = (type: TimeExpr['type'], value: string, mod?: string): TimeExpr => ({ start: 0, end: 1, text: 'x', type, value, ...(mod ? { mod } : {}) } as TimeExpr);

test('asOfDay: a calendar day, or a day or part of one a count is reached by', () => {
  assert.equal(asOfDay(t('DATE', '2019-01-27')), '2019-01-27');
  assert.equal(asOfDay(t('TIME', '2019-01-27TEV', 'ON_OR_BEFORE')), '2019-01-27', 'by Sunday evening');
  assert.equal(asOfDay(t('DATE', '2019-01-27', 'ON_OR_BEFORE')), '2019-01-27', 'by Sunday');
});

test('negative: asOfDay leaves the event\'s own time of day, other bounds and vaguer times', () => {
  assert.equal(asOfDay(t('TIME', '2023-06-02TEV')), undefined, '"the crash on Friday evening killed 288": the event\'s time');
  assert.equal(asOfDay(t('TIME', '2019-01-27TEV', 'ON_OR_AFTER')), undefined);
  assert.equal(asOfDay(t('DATE', '2019-01', 'ON_OR_BEFORE')), undefined, 'a month');
  assert.equal(asOfDay(t('DATE', '2019-W04', 'ON_OR_BEFORE')), undefined, 'a week');
  assert.equal(asOfDay(t('DURATION', 'P1D')), undefined);
  assert.equal(asOfDay(undefined), undefined);
});
