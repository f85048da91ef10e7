// Issue 3: a capitalised word between two numbers is a product's model name ("Boeing 737 Max 9 jets", "65 Max 9
// aircraft", "79 Max 9s"), not a person's name. Only when every mention of the unlinked name stands so; a person
// after a count elsewhere stays one. Sentences written for these tests; real KB; pinned date.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { names, run } from './run-entities.js';

describe('entities: a word between numbers', () => {
  it('is a model name, not a person', () => {
    const doc = run('Regulators grounded about 171 Boeing 737 Varnell 9 jets. The airline grounded its fleet of 65 Varnell 9 aircraft, and another operates 79 Varnell 9s.');
    assert.ok(!doc.entities.some((e) => e.type === 'PERSON' && e.name === 'Varnell'), names(doc));
  });
  it('a person named elsewhere stays a person', () => {
    const doc = run('Tomas Ormsby said the 737 Ormsby 9 jets were safe. Ormsby spoke on Friday.');
    assert.ok(doc.entities.some((e) => e.type === 'PERSON' && e.name === 'Tomas Ormsby'), names(doc));
  });
});
