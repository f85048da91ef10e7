// Issue 3: a disease named after a place or a river ("Marburg virus", "Lassa fever", "Nipah virus") is no place, body
// or person, nor is its name alone later in the report ("an outbreak of Marburg", "Nipah has no vaccine"). Only
// unlinked names the report puts before a disease noun; a place the KB links stays a place. Data:
// diseaseNounsAfter. Sentences written for these tests; real KB; pinned date.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { names, run } from './run-entities.js';

const scored = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC']);
describe('entities: a disease named after a place', () => {
  it('is not a scored name, alone or before its noun', () => {
    for (const [text, name] of [
      ['Officials declared the end of the Varnell virus disease outbreak. An outbreak of Varnell can be declared over after 42 days.', 'Varnell'],
      ['Cases of Ormsby fever rose in Nigeria, and Ormsby killed 30 people this year.', 'Ormsby'],
      ['The Taldor virus spread in Kerala. Taldor has no vaccine.', 'Taldor'],
    ] as const) {
      const doc = run(text);
      assert.ok(!doc.entities.some((e) => scored.has(e.type) && e.name === name), `${text} → ${names(doc)}`);
    }
  });
  it('a linked place stays a place', () => {
    const doc = run('Some called it the Nairobi virus, but officials in Nairobi said the label was wrong.');
    assert.ok(doc.entities.some((e) => e.type === 'GPE' && e.name === 'Nairobi'), names(doc));
  });
});
