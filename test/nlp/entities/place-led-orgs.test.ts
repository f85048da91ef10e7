// Issue 3: a utility or industry word after a place makes the name an organisation ("Kenya Power", "Nigeria LNG",
// "Thames Water"), where the held-out sets found only the place; after a given name the same word is a surname
// ("Samantha Power", "Kerry Power"). Real KB; sentences written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

describe('entities: place-led organisation names', () => {
  it('"Kenya Power", "Nigeria LNG", "Thames Water" are organisations, the whole name', () => {
    for (const [text, name] of [
      ['Officials from Kenya Power said the outage was fixed.', 'Kenya Power'],
      ['Shipments from Nigeria LNG were halted on Monday.', 'Nigeria LNG'],
      ['Customers of Thames Water were told to boil water.', 'Thames Water'],
    ] as const) {
      const doc = run(text);
      assert.equal(bySurface(doc, name)?.type, 'ORG', `${text} -> ${names(doc)}`);
    }
  });
  it('a person whose surname is such a word stays a person; a place before a lower-case word stays a place', () => {
    let doc = run('Officials said Samantha Power visited Nairobi on Monday.');
    assert.equal(bySurface(doc, 'Samantha Power')?.type, 'PERSON', names(doc));
    doc = run('Officials said Kerry Power would speak on Monday.');
    assert.notEqual(bySurface(doc, 'Kerry Power')?.type, 'ORG', names(doc));
    doc = run('The actor Tyrone Power starred in the film.');
    assert.notEqual(bySurface(doc, 'Tyrone Power')?.type, 'ORG', names(doc));
    doc = run('Officials said Kenya power cuts would end soon.');
    assert.equal(bySurface(doc, 'Kenya')?.type, 'GPE', names(doc));
  });
});
