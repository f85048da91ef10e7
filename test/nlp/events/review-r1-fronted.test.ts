// Review r1 #2: a gerund subject with a speaker inserted in commas ("Defeating Hamas, Netanyahu said, will take months")
// is no fronted participle clause: the speaker is not the -ing verb's agent. A real one keeps it ("Visiting Kyiv on
// Monday, Scholz pledged more aid"). Sentences written for these tests; entities hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argNames, eventsOf } from './helpers.js';

test('no fronted-participle agent: a speaker inserted in commas after a gerund subject', () => {
  const { doc, evs } = eventsOf('Defeating Hamas, Netanyahu said, will take months.', [{ name: 'Hamas', type: 'ORG' }, { name: 'Netanyahu', type: 'PERSON' }]);
  const win = evs.filter((e) => e.trigger.text === 'Defeating');
  assert.ok(win.length > 0, JSON.stringify(evs.map((e) => e.type)));
  for (const e of win) assert.ok(!(argNames(doc, e).agent ?? []).includes('Netanyahu'), JSON.stringify(argNames(doc, e)));
});

test('fronted-participle agent: a bare participle clause before its subject and finite verb', () => {
  const { doc, evs } = eventsOf('Visiting Kyiv on Monday, Scholz pledged more aid.', [{ name: 'Kyiv', type: 'GPE' }, { name: 'Scholz', type: 'PERSON' }]);
  const v = evs.find((e) => e.trigger.text === 'Visiting');
  assert.ok(v);
  assert.deepEqual(argNames(doc, v).agent, ['Scholz']);
});
