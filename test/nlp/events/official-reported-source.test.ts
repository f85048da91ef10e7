// "Classes are suspended on Monday, presidential spokesman Ana Reyes announced": a person the attribution stage marks as
// speaking in office (kind OFFICIAL) reports an agentless event for the body, as a state body does, so the official is
// the event's `source`; a person with no office ("John Smith said") stays no source (stop23-arguments.test.ts).
// Sentences written for these tests; entities and claims hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { argNames, makeDoc, type EntSpec } from './helpers.js';

function reported(text: string, anchor: string, cue: string, ents: EntSpec[], kind: 'OFFICIAL' | 'PERSON') {
  const at = text.indexOf(cue);
  const doc = makeDoc(text, ents, { claims: [{ anchor, attribution: [{ source: ents[0]!.name, kind, cue, entity: 'e1', cueSpan: { start: at, end: at + cue.length } }] }] });
  return { doc, evs: extractEvents(doc) };
}

test('an official announcing an agentless event is its source', () => {
  const text = 'More than 560 people were injured, Health Minister Ana Reyes said.';
  const { doc, evs } = reported(text, 'More than 560 people were injured', 'said', [{ name: 'Ana Reyes', type: 'PERSON' }], 'OFFICIAL');
  const inj = evs.find((e) => e.type === 'INJURY');
  assert.ok(inj, JSON.stringify(evs.map((e) => e.type)));
  assert.deepEqual(argNames(doc, inj).source, ['Ana Reyes'], JSON.stringify(argNames(doc, inj)));
});

test('negative: the same person with no office is no source', () => {
  const text = 'More than 560 people were injured, Ana Reyes said.';
  const { doc, evs } = reported(text, 'More than 560 people were injured', 'said', [{ name: 'Ana Reyes', type: 'PERSON' }], 'PERSON');
  for (const e of evs) assert.ok(!e.rule?.includes('reported-source'), `${e.type} ${e.rule} ${JSON.stringify(argNames(doc, e))}`);
});
