// More of what a statement says that makes it a CRITICIZE or a PRAISE (data/lexicon/events-speech-content.tsv, read by
// speech-content.ts): an actor's neglected duty ("had failed to destroy breeding sites", "should have acted", "had done
// nothing to", "was not doing enough"), a verdict on an act ("the response was inadequate", "the law was not needed",
// "too little, too late"), praise of work and of an act ("had done an excellent job", "grateful to", "an important
// step"). Sentences written for these tests; entities hand-built (no time is resolved, so no reference date is needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allNames, eventsOf, type EntSpec } from './helpers.js';

const JANE: EntSpec = { name: 'Jane Roe', type: 'PERSON' };
const hits = (text: string, type: string, ents: EntSpec[] = [JANE]) => {
  const { doc, evs } = eventsOf(text, ents);
  return { doc, evs, hits: evs.filter((e) => e.type === type && /speech-content/.test(e.rule ?? '')) };
};
const one = (text: string, type: string, ents?: EntSpec[]) => {
  const r = hits(text, type, ents);
  assert.equal(r.hits.length, 1, `${text}: ${JSON.stringify(r.evs.map((e) => [e.type, e.rule]))}`);
  return r;
};
const none = (text: string, type: string, ents?: EntSpec[]) => assert.equal(hits(text, type, ents).hits.length, 0, text);

test('an actor\'s neglected duty in the reported words is a CRITICIZE by the speaker, the statement kept', () => {
  const a = one('Jane Roe said the government had failed to destroy breeding sites.', 'CRITICIZE');
  assert.deepEqual(allNames(a.doc, a.hits[0]!), ['Jane Roe']);
  assert.ok(a.evs.some((e) => e.type === 'STATEMENT'));
  one('Jane Roe said the government should have acted sooner.', 'CRITICIZE');
  one('Jane Roe said the government was not doing enough to help farmers.', 'CRITICIZE');
  one('Jane Roe said the government had done nothing to help farmers.', 'CRITICIZE');
  one('Jane Roe said the government had turned a blind eye to the abuses.', 'CRITICIZE');
});

test('no CRITICIZE: an outcome missed, a right claimed, a thing that did little, a failure with no actor', () => {
  none('Jane Roe said the team had failed to win the cup.', 'CRITICIZE');
  // a team's or a player's miss in a match is no neglected duty (generic verbs are no duty rows)
  none('Jane Roe said the team had failed to keep a clean sheet.', 'CRITICIZE');
  none('Jane Roe said the defenders had failed to clear the ball.', 'CRITICIZE');
  none('Jane Roe said the team had failed to hold on to the lead.', 'CRITICIZE');
  none('Jane Roe said Ruritania should have the right to defend itself.', 'CRITICIZE', [JANE, { name: 'Ruritania', type: 'GPE' }]);
  none('Jane Roe said the rain did little to ease the drought.', 'CRITICIZE');
  none('Jane Roe said the pumps had failed to contain the water.', 'CRITICIZE');
});

test('a verdict on an act: inadequate, not needed, too little too late; not on supplies or a flood, not negated', () => {
  one('Jane Roe said the response was inadequate.', 'CRITICIZE');
  one('Jane Roe said the law was not needed in her province.', 'CRITICIZE');
  one('Jane Roe said the measures were too little, too late.', 'CRITICIZE');
  none('Jane Roe said the supplies were inadequate.', 'CRITICIZE');
  none('Jane Roe said the flood was catastrophic.', 'CRITICIZE');
  none('Jane Roe said the response was not inadequate.', 'CRITICIZE');
  none('Jane Roe said the medicine was not needed.', 'CRITICIZE');
});

test('praise of work and of an act; not of the weather, not a wish', () => {
  one('Jane Roe said the rescuers had done an excellent job.', 'PRAISE');
  const g = one('Jane Roe said she was thankful to Acme Corp for its help.', 'PRAISE', [JANE, { name: 'Acme Corp', type: 'ORG' }]);
  assert.deepEqual(allNames(g.doc, g.hits[0]!).sort(), ['Acme Corp', 'Jane Roe']);
  one('Jane Roe said the deal was an important step.', 'PRAISE');
  none('Jane Roe said the rain was an important relief.', 'PRAISE');
  none('Jane Roe said the deal would be an important step.', 'PRAISE');
  none('Jane Roe said the weather had done nothing for the harvest.', 'PRAISE');
});

test('a verdict with no party named after it is about the first named party of its clause; the speaker never', () => {
  const acme: EntSpec = { name: 'Acme Corp', type: 'ORG' };
  const a = one('Jane Roe said the ruling against Acme Corp was unjust.', 'CRITICIZE', [JANE, acme]);
  assert.deepEqual(allNames(a.doc, a.hits[0]!).sort(), ['Acme Corp', 'Jane Roe']);
  const b = one("Jane Roe said Acme Corp's decision was short-sighted.", 'CRITICIZE', [JANE, acme]);
  assert.deepEqual(allNames(b.doc, b.hits[0]!).sort(), ['Acme Corp', 'Jane Roe']);
  const c = one('Jane Roe said the verdict was political.', 'CRITICIZE');
  assert.deepEqual(allNames(c.doc, c.hits[0]!), ['Jane Roe']);
});
