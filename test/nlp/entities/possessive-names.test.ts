// Issue 3: companies whose names end in a possessive ("Moody's", "McDonald's", "Sotheby's") were cut at the clitic and
// typed as persons ("Moody"); the KB alias with the clitic is matched now, and the entity keeps the name's clitic.
// Not when the word ends a longer name ("Ruth Moody's husband"), when the document writes the word without the
// clitic too ("Chris Christie … Christie's remarks": the person), or for a minor one-word place ("Smith's").
// Real KB; sentences written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { names, run } from './run-entities.js';

describe("entities: names that end in a possessive", () => {
  it("matches the KB company with its clitic", () => {
    for (const [text, name] of [
      ["Moody's downgraded the bonds on Friday.", "Moody's"],
      ["Analysts at Moody's said the outlook was negative.", "Moody's"],
      ["Prices rose at McDonald's and Sainsbury's last year.", "McDonald's"],
      ["Prices rose at McDonald's and Sainsbury's last year.", "Sainsbury's"],
      ["The painting sold at Sotheby's for $12 million.", "Sotheby's"],
    ] as const) {
      const doc = run(text);
      assert.ok(doc.entities.some((e) => e.name === name && e.type === 'ORG'), `${text} -> ${names(doc)}`);
    }
  });
  it('leaves persons and minor places alone', () => {
    for (const [text, person] of [
      ["Ruth Moody's husband said she was fine.", 'Ruth Moody'],
      ["Chris Christie spoke on Monday. Christie's remarks drew criticism.", 'Chris Christie'],
    ] as const) {
      const doc = run(text);
      assert.ok(doc.entities.some((e) => e.name === person && e.type === 'PERSON'), `${text} -> ${names(doc)}`);
      assert.ok(!doc.entities.some((e) => e.type === 'ORG'), `${text} -> ${names(doc)}`);
    }
    const doc = run("Smith's lawyer said the case was closed.");
    assert.ok(!doc.entities.some((e) => e.type === 'GPE'), names(doc));
  });
});
