// Where a head count's people still are ("17 miners remained underground", "18 of the injured were still in hospital")
// is a count of its own that falls as the story goes on: not the workers there at the time, not the injured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { continuingState, attributeOf } from '../../src/story/build.js';
import { isStock, isCumulative } from '../../src/story/values.js';
import { story } from './helpers.js';

test('continuingState: a state said with "still" or "remain" after the count', () => {
  assert.equal(continuingState('miners remained underground, the agency said'), 'still underground');
  assert.equal(continuingState('miners were believed to still be underground.'), 'still underground');
  assert.equal(continuingState(' of the injured miners were still in hospital on Monday'), 'still in hospital');
  assert.equal(continuingState('people remain hospitalised'), 'still in hospital');
  assert.equal(continuingState('of them remained in intensive care'), 'still in intensive care');
});

test('continuingState: no "still"/"remain", or a state not listed: nothing', () => {
  assert.equal(continuingState('workers had been underground when the fire broke out'), undefined);
  assert.equal(continuingState('workers were underground at the time'), undefined);
  assert.equal(continuingState('were hospitalised'), undefined);
  assert.equal(continuingState('people are still missing'), undefined, 'the missing have their own attribute');
  assert.equal(continuingState('workers remained calm'), undefined);
});

test('continuingState: a state without still/remain never reads (property)', () => {
  const verb = fc.constantFrom('were', 'had been', 'are', 'was');
  const state = fc.constantFrom('underground', 'in hospital', 'inside', 'stranded', 'in intensive care');
  const tail = fc.constantFrom('', ' at the time', ' when the fire broke out', ' on Tuesday');
  fc.assert(fc.property(verb, state, tail, (v, s, t) => continuingState(`workers ${v} ${s}${t}`) === undefined));
});

test('attributeOf: the continuing state names the count, also for a count by role', () => {
  assert.equal(attributeOf({ unit: 'person', text: '17 miners' }, ' remained underground', 'said that ', undefined, 'Yildiz said that ', ' remained underground, the agency reported.'), 'still underground');
  assert.equal(attributeOf({ unit: 'person', text: 'about 20 miners' }, ' were believed to still be underground', '', undefined, '', ' were believed to still be underground.'), 'still underground');
});

test('a continuing state is a stock (it falls), not a count that only grows', () => {
  assert.equal(isStock('still underground'), true);
  assert.equal(isStock('still in hospital'), true);
  assert.equal(isCumulative('still underground'), false);
});

test('story: "still underground" falls from about 20 to 17 without contradicting the 787 there at the time', () => {
  const s = story([
    ['Anadolu', '2014-05-14', 'A fire broke out at a coal mine in Soma on Tuesday. The minister said 787 workers were underground at the time of the fire.'],
    ['Hurriyet', '2014-05-15', 'The minister told reporters in Soma that about 20 miners were believed to still be underground after the fire at the mine.'],
    ['Al Jazeera', '2014-05-16', 'The minister said on Friday that 17 miners remained underground at the mine in Soma, where the fire broke out on Tuesday.'],
  ]);
  const still = s.facts.find((f) => f.attribute === 'still underground');
  assert.ok(still, JSON.stringify(s.facts.map((f) => [f.subject, f.attribute])));
  assert.deepEqual(still.values.map((v) => v.value).sort(), [17, 20]);
  assert.equal(still.consistent, true, still.why);
  assert.ok(!s.facts.some((f) => f.attribute !== 'still underground' && f.values.some((v) => v.value === 17)), 'the 17 is no reading of another count');
});
