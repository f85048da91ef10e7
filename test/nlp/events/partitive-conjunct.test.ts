// "Classes in Metro Manila, Calabarzon and parts of Central Luzon are suspended": a list whose last conjunct opens with
// a partitive ("parts of", "much of", "large parts of"; data/lexicon/events-words.tsv partitive-heads) is still one list,
// so its first names join the event too. Sentences written for these tests; entities hand-built (no time resolved).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { allNames, makeDoc, type EntSpec } from './helpers.js';

const PLACES: EntSpec[] = [{ name: 'Metro Manila', type: 'GPE' }, { name: 'Calabarzon', type: 'GPE', kind: 'REGION' }, { name: 'Central Luzon', type: 'GPE', kind: 'REGION' }];

function names(text: string, type: string): string[] {
  const doc = makeDoc(text, PLACES);
  const ev = extractEvents(doc).find((e) => e.type === type);
  assert.ok(ev, JSON.stringify(extractEvents(doc).map((e) => e.type)));
  return allNames(doc, ev).sort();
}

test('"A, B and parts of C": every name of the list joins the event', () => {
  for (const part of ['parts of', 'large parts of', 'much of']) {
    assert.deepEqual(names(`Classes in Metro Manila, Calabarzon and ${part} Central Luzon are suspended on Monday.`, 'SUSPEND'),
      ['Calabarzon', 'Central Luzon', 'Metro Manila'], part);
  }
});

test('no partitive after "and", or a comma that opens no list: the earlier name stays out', () => {
  // "and the rest of" is no partitive of the list (the list words are data): the name before the comma is not drawn in
  assert.ok(!names('Classes in Metro Manila, Calabarzon and the rest of Central Luzon are suspended on Monday.', 'SUSPEND').includes('Metro Manila'));
  // a name set off by a comma before a subject that has no "and" after it is no conjunct ("In Metro Manila, Calabarzon schools …")
  assert.ok(!names('Officials in Metro Manila, Calabarzon officials said, suspended classes in Central Luzon.', 'SUSPEND').includes('Metro Manila'));
});
