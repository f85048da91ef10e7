// "the two generals", "both candidates": a plural person noun after "the two"/"both" stands for the two people last named
// (the nouns are listed in data/lexicon/events-words.tsv, person-groups). Sentences written for these tests; hand-built
// entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const P = (name: string): EntSpec => ({ name, type: 'PERSON' });

test('"the two generals", "both candidates" are the two people last named', () => {
  const ents = [P('Aron Malik'), P('Jonas Feld')];
  const a = eventsOf('Aron Malik and Jonas Feld ran the army in 2019. The two generals seized power in a coup in 2021.', ents);
  const coup = a.evs.find((e) => e.type === 'COUP');
  assert.ok(coup);
  assert.deepEqual([...(argNames(a.doc, coup).agent ?? [])].sort(), ['Aron Malik', 'Jonas Feld']);
  const b = eventsOf('Aron Malik faced Jonas Feld in the debate. Both candidates said they would cut taxes.', ents);
  const said = b.evs.find((e) => e.type === 'STATEMENT');
  assert.ok(said);
  assert.deepEqual([...(argNames(b.doc, said).agent ?? [])].sort(), ['Aron Malik', 'Jonas Feld']);
});

test('negative: with one person named, "the two generals" stands for no one', () => {
  const a = eventsOf('Aron Malik ran the army in 2019. The two generals seized power in a coup in 2021.', [P('Aron Malik')]);
  const coup = a.evs.find((e) => e.type === 'COUP');
  assert.ok(!coup || !(argNames(a.doc, coup).agent ?? []).includes('Aron Malik'));
});
