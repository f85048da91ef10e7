// Issue 3: a peer's, royal's or sheikh's style before one name word is part of the name news and the gold lists use
// ("Lord Reed", "Lady Gaga", "Prince Harry", "Sheikh Mohammed"); it was cut to a bare "Reed" / "Gaga". Titles are
// data (entities.json styledTitles); ordinary honorifics and role nouns are still cut ("Mr Smith", "President Ruto"),
// and a full name after the style keeps its own name ("Sir Keir Starmer" is the KB's Keir Starmer). Real KB;
// sentences written for these tests; pinned date.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

describe('entities: styled titles before one name word', () => {
  it('keep the style in the name', () => {
    const doc = run('Lord Varnell said the policy was unlawful, and Lady Ormsby agreed. Prince Taldor met Sheikh Harun on Monday. Later Varnell left.');
    for (const s of ['Lord Varnell', 'Lady Ormsby', 'Prince Taldor', 'Sheikh Harun']) {
      const e = bySurface(doc, s);
      assert.equal(e?.type, 'PERSON', names(doc));
      assert.equal(e?.name, s, names(doc));
    }
    assert.equal(bySurface(doc, 'Varnell')?.name, 'Lord Varnell', names(doc));
  });
  it('ordinary honorifics, role nouns and full names are cut as before', () => {
    const doc = run('Mr Varnell met President Ormsby and Lord Peter Taldor in Nairobi.');
    assert.equal(bySurface(doc, 'Varnell')?.name, 'Varnell', names(doc));
    assert.equal(bySurface(doc, 'Ormsby')?.name, 'Ormsby', names(doc));
    assert.equal(bySurface(doc, 'Peter Taldor')?.name, 'Peter Taldor', names(doc));
  });
  // review r1 finding 12: a style that is the tail of a compound office ("First Lady", "Crown Prince") is no style
  // of the name: the office is cut whole ("First Lady Melania" → Melania, not "Lady Melania")
  it('the tail of a compound office is cut with the office', () => {
    const doc = run('First Lady Melania said she was proud. Crown Prince Taldor met Grand Sheikh Harun, and later First Lady Ormsby joined them.');
    for (const s of ['Melania', 'Taldor', 'Harun', 'Ormsby']) assert.equal(bySurface(doc, s)?.name, s, names(doc));
    assert.ok(!doc.entities.some((e) => /^(Lady|Prince|Sheikh) /.test(e.name)), names(doc));
  });
  it('a styled short form after the full name is that person, not a second one', () => {
    const doc = run('Sheikh Harun bin Tarek Al Varnell visited Paris on Monday. Sheikh Harun said ties were strong. Queen Ormsby Adela met him, and Queen Ormsby thanked him.');
    const persons = doc.entities.filter((e) => e.type === 'PERSON');
    assert.equal(persons.length, 2, names(doc));
    assert.equal(bySurface(doc, 'Sheikh Harun')?.name, bySurface(doc, 'Harun bin Tarek Al Varnell')?.name, names(doc));
    assert.equal(bySurface(doc, 'Queen Ormsby')?.name, bySurface(doc, 'Ormsby Adela')?.name ?? bySurface(doc, 'Queen Ormsby Adela')?.name, names(doc));
  });
  it('a styled short form with no fuller name stays its own person', () => {
    const doc = run('Prince Taldor met Varnell Ormsby in Nairobi. Prince Taldor said the talks went well.');
    assert.equal(bySurface(doc, 'Prince Taldor')?.name, 'Prince Taldor', names(doc));
    assert.equal(bySurface(doc, 'Varnell Ormsby')?.name, 'Varnell Ormsby', names(doc));
  });
  it('a styled name right after a preposition of place is a place, not a person', () => {
    for (const [text, name] of [
      ['Palestinians protested in Sheikh Varnell on Friday after police cleared the street.', 'Sheikh Varnell'],
      ['Police in Sheikh Ormsby said gunmen attacked a checkpoint.', 'Sheikh Ormsby'],
      ['Fighting continued near Sultan Taldor, a district of the city.', 'Sultan Taldor'],
    ] as const) {
      const doc = run(text);
      assert.ok(['GPE', 'LOC'].includes(bySurface(doc, name)?.type ?? ''), `${text} → ${names(doc)}`);
    }
    const doc = run('Crowds gathered to see King Taldor in Nairobi. A message from Prince Varnell was read. Faith in Prince Ormsby is high.');
    assert.equal(bySurface(doc, 'King Taldor')?.type, 'PERSON', names(doc));
    assert.equal(bySurface(doc, 'Prince Varnell')?.type, 'PERSON', names(doc));
    assert.equal(bySurface(doc, 'Prince Ormsby')?.type, 'PERSON', names(doc));
  });
});
