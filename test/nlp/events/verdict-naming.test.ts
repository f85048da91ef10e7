// A noun naming what a speaker calls its object ("called the plan a disaster", "described the bill as a catastrophe") is
// the speaker's verdict, no event of its own (triggers.ts verdictComplement); a declared or called-for disaster still is.
// Sentences written for these tests, whole pipeline; reference date pinned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pipelineEvents as events, hasEvent as has, showEvents as show } from './pipeline.js';

test('a noun naming what a speaker calls its object is no event; a declared or called-for disaster still is', () => {
  for (const t of ['Greenpeace called the plan a disaster.', 'Critics branded the merger a disaster for consumers.',
    'Senator Bernie Sanders described the bill as a total catastrophe.']) assert.ok(!has(t, 'DISASTER'), t + ' ' + show(t));
  for (const t of ['Officials called for a disaster declaration in Kerala.', 'The governor declared a disaster in 20 counties.',
    'The earthquake was a disaster for the region.', 'Officials called it the worst disaster in decades.']) assert.ok(has(t, 'DISASTER'), t + ' ' + show(t));
});

test('an event noun in another phrase or clause after a naming verb\'s object is still an event (review 2026-12-01)', () => {
  const cases: Array<[string, string]> = [
    ['Residents called police after a shooting at the mall.', 'ATTACK'],
    ['Witnesses called 911 after an explosion at the plant.', 'EXPLOSION'],
    ['Neighbours called the fire brigade when a blaze broke out.', 'FIRE'],
    ['Residents were calling relatives as an explosion shook the district.', 'EXPLOSION'],
    ['Witnesses described scenes of panic as a fire swept through the market.', 'FIRE'],
  ];
  for (const [t, type] of cases) assert.ok(has(t, type), t + ' ' + show(t));
  // the verdicts stay verdicts
  for (const t of ['Greenpeace called the plan a disaster.', 'Senator Bernie Sanders described the bill as a catastrophe.',
    'Critics called the new bridge a disaster.', 'Opposition leaders described the whole reform as a disaster that would hurt farmers.'])
    assert.ok(!has(t, 'DISASTER'), t + ' ' + show(t));
});
