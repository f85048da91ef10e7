// Issue 3: brands written with a lower-case first letter ("eBay", "easyJet") are taken from the KB gazetteer (the
// tagger skips lower-case words, so they were lost), and capitalised names ending in "Cartel", "Militia" or
// "Syndicate" are organisations (they were places or persons by the tagger's guess). Real KB; sentences written for
// these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { names, run } from './run-entities.js';

describe('entities: lower-case-initial brands; cartels and gangs', () => {
  it('finds KB brands written with a lower-case first letter', () => {
    const doc = run('Listings on eBay and easyJet flights were affected on Monday.');
    for (const n of ['eBay', 'easyJet']) assert.ok(doc.entities.some((e) => e.name === n && e.type === 'ORG'), names(doc));
  });
  it('takes no ordinary lower-case word or unknown camel-case word', () => {
    const doc = run('New mRNA vaccines and eSports events were discussed, and the pH level rose.');
    assert.equal(doc.entities.length, 0, names(doc));
  });
  it('types names ending in Cartel or Syndicate as organisations', () => {
    for (const [text, name] of [
      ['Police blamed the Jalisco New Generation Cartel for the killings.', 'Jalisco New Generation Cartel'],
      ['Prosecutors charged members of the Orvane Crime Syndicate on Monday.', 'Orvane Crime Syndicate'],
    ] as const) {
      const doc = run(text);
      assert.ok(doc.entities.some((e) => e.name === name && e.type === 'ORG'), `${text} -> ${names(doc)}`);
    }
  });
});
