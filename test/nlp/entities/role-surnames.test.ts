// Issue 3: a role noun that is also a common surname ("Shah", "King", "Marshal") ends a person's name after a given
// name ("Priya Shah", "Stephen King"); the rule that drops a tagged span ending in a role noun ("UN Secretary-General"
// is no person) dropped the person too. A role noun after a title or another role noun is still no name ("Crown
// Prince", "the Ottoman Sultan"). Sentences written for these tests; real KB; pinned date.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

describe('entities: a surname that is also a role noun', () => {
  it('ends a person name after a given name', () => {
    for (const [text, name] of [
      ['One passenger, Priya Shah, told us her flight to Lisbon had been delayed by six hours.', 'Priya Shah'],
      ['One passenger, Anil Shah, told us the flight was late.', 'Anil Shah'],
      ['Local resident Daniel King said the water rose overnight.', 'Daniel King'],
    ] as const) {
      const doc = run(text);
      assert.equal(bySurface(doc, name)?.type, 'PERSON', `${text} → ${names(doc)}`);
    }
  });
  it('a role phrase is still no person', () => {
    const doc = run('The Crown Prince met the Deputy Minister in Riyadh. The Ottoman Sultan ruled the city.');
    assert.ok(!doc.entities.some((e) => e.type === 'PERSON'), names(doc));
  });
});
