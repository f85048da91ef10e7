// An organisation whose name holds a possessive before its one head word ("the Dorvale County Sheriff's Office", "the
// Alzheimer's Association") is one name, unless the owner is a person's name or a name the KB knows ("Russia's
// Parliament", "Smith's Office"); telescopes are facilities; a one-word camel-case name the tagger took for a place is
// a brand unless a place cue stands before it; landmarks, seas and mountains carry their QIDs; the report's own outlet
// by its short name; the Sun and the Moon as bodies only beside a space word; "Town, Province" and "District, City".
// Real KB; sentences and the people, towns and firms in them are invented for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';
import { newDoc } from '../../../src/nlp/doc.js';
import { entitiesStage } from '../../../src/nlp/entities/index.js';

describe('entities: possessive inside an organisation name before its head', () => {
  it('keeps the owner and the head as one organisation', () => {
    for (const [text, name] of [
      ["Deputies from the Dorvale County Sheriff's Office searched the farm.", "Dorvale County Sheriff's Office"],
      ["The Prime Minister's Office said the trip was off.", "Prime Minister's Office"],
      ["The Parkinson's Foundation said the trial was small.", "Parkinson's Foundation"],
    ] as const) {
      const doc = run(text);
      assert.ok(doc.entities.some((e) => e.name === name && e.type === 'ORG'), `${text} -> ${names(doc)}`);
    }
  });
  it('does not join a known owner or a surname to the head', () => {
    let doc = run("Russia's Parliament voted on Tuesday.");
    assert.equal(bySurface(doc, 'Russia')?.type, 'GPE', names(doc));
    assert.ok(!doc.entities.some((e) => e.name.includes("Russia's")), names(doc));
    doc = run("Google's Office team shipped the update.");
    assert.ok(!doc.entities.some((e) => e.name.includes("Google's")), names(doc));
    for (const text of ["Investigators at Smith's Office found nothing.", "Smith's Hospital was closed."]) {
      doc = run(text);
      assert.ok(!doc.entities.some((e) => e.name.includes("Smith's")), `${text} -> ${names(doc)}`);
    }
  });
});

describe('entities: telescopes, camel-case brands, landmarks', () => {
  it('a telescope is a facility', () => {
    const doc = run('The Hubble Space Telescope photographed the nebula in 1998.');
    assert.equal(bySurface(doc, 'Hubble Space Telescope')?.type, 'FAC', names(doc));
    const roman = run('Engineers tested the Nancy Grace Roman Space Telescope in a vacuum chamber.');
    assert.equal(bySurface(roman, 'Nancy Grace Roman Space Telescope')?.type, 'FAC', names(roman));
    assert.ok(!roman.entities.some((e) => e.type === 'PERSON'), names(roman));
  });
  it('a camel-case word the tagger calls a place is an organisation; a KB place is not', () => {
    let doc = run('Figures from TrackWave24 showed the ferry had made 212 crossings.');
    assert.equal(bySurface(doc, 'TrackWave24')?.type, 'ORG', names(doc));
    doc = run('Flights from McAllen were cancelled on Monday.');
    assert.notEqual(bySurface(doc, 'McAllen')?.type, 'ORG', names(doc));
  });
  it('a camel-case place name after a preposition of place stays a place', () => {
    for (const text of ['Police in KwaThema said two men were held.', 'Police in KwaVundla said two men were held.']) {
      const doc = run(text);
      const name = text.split(' ')[2]!;
      assert.equal(bySurface(doc, name)?.type, 'GPE', `${text} -> ${names(doc)}`);
    }
  });
  it('links world landmarks, seas and mountains', () => {
    for (const [text, name, qid] of [
      ['A choir sang beneath the Eiffel Tower at dawn.', 'Eiffel Tower', 'Q243'],
      ['Visitors lined up outside the Taj Mahal on Friday.', 'Taj Mahal', 'Q9141'],
      ['A storm deepened over the Arctic Ocean this week.', 'Arctic Ocean', 'Q788'],
      ['Two guides reached the top of Mount Everest in May.', 'Mount Everest', 'Q513'],
      ['A tanker ran aground in the Panama Canal overnight.', 'Panama Canal', 'Q7350'],
    ] as const) {
      const doc = run(text);
      assert.equal(bySurface(doc, name)?.kb?.wikidata, qid, `${text} -> ${names(doc)}`);
    }
  });
});

describe("entities: the report's own outlet by its short name", () => {
  const withOutlet = (text: string, outlet?: string) => {
    const doc = newDoc({ id: 'x', text, language: 'en', publishedAt: '2024-03-26', outlet });
    entitiesStage.run(doc);
    return doc;
  };
  const text = 'Two traders told the Post the new tariff would bite within weeks.';
  it('"told the Post" in a Post report is that outlet', () => {
    for (const outlet of ['Bangkok Post', 'The Jakarta Post']) {
      const doc = withOutlet(text, outlet);
      assert.equal(bySurface(doc, 'Post')?.type, 'ORG', `${outlet} -> ${names(doc)}`);
      assert.equal(bySurface(doc, 'Post')?.kb?.name, outlet, `${outlet} -> ${names(doc)}`);
    }
  });
  it('not in a report from another outlet, nor without one', () => {
    for (const outlet of ['BBC', 'The New York Times', undefined]) {
      const doc = withOutlet(text, outlet);
      assert.equal(bySurface(doc, 'Post'), undefined, `${outlet} -> ${names(doc)}`);
    }
  });
});

describe('entities: companies and school districts typed as persons', () => {
  it('KB companies and "… Public Schools" are organisations; a person named Takeda stays a person', () => {
    for (const [text, name] of [
      ['Shikoku Electric Power said the line was repaired.', 'Shikoku Electric Power'],
      ['Astellas said the pill would cost $4,100 a month.', 'Astellas'],
      ['Marlow Public Schools closed for a week.', 'Marlow Public Schools'],
    ] as const) {
      const doc = run(text);
      assert.equal(bySurface(doc, name)?.type, 'ORG', `${text} -> ${names(doc)}`);
    }
    const doc = run('Ryota Takeda said the rate would rise. Takeda added that it was early.');
    assert.equal(bySurface(doc, 'Takeda')?.type, 'PERSON', names(doc));
  });
});

describe('entities: the Sun and the Moon as bodies', () => {
  it('a capitalised body after "the" beside a space word is the location, linked', () => {
    let doc = run('The agency sent an orbiter to watch the Sun from a distant point.');
    assert.equal(bySurface(doc, 'Sun')?.kb?.wikidata, 'Q525', names(doc));
    doc = run('The crew will return to the Moon in 2027. The mission was delayed twice.');
    assert.equal(bySurface(doc, 'Moon')?.kb?.wikidata, 'Q405', names(doc));
  });
  it('a lower-case "the moon" only beside a space word', () => {
    let doc = run('The rover drove across the dusty surface of the moon for a week.');
    assert.equal(bySurface(doc, 'moon')?.kb?.wikidata, 'Q405', names(doc));
    doc = run('The moon rose over the harbour as the crowd sang.');
    assert.equal(bySurface(doc, 'moon'), undefined, names(doc));
  });
  it('not the newspaper: "told / with / to the Sun" and "the Sun newspaper"', () => {
    for (const text of [
      'He told the Sun newspaper that he would resign.',
      'The winger told the Sun that he would retire.',
      'In an interview with the Sun, the mayor denied the claims.',
      'A spokeswoman confirmed the story to the Sun.',
      'The engineer who built the rover told the Sun that it was ready.',
    ]) {
      const doc = run(text);
      assert.notEqual(bySurface(doc, 'Sun')?.type, 'LOC', `${text} -> ${names(doc)}`);
    }
  });
  it('not in an idiom, nor through a word that is no space word in news ("probe", "eclipse")', () => {
    for (const text of [
      'Police opened a probe into the club. The striker said he was over the moon after the win.',
      'The sprinter hopes to eclipse the record. Her coach was over the moon.',
      'Candidates promised the moon before the vote.',
    ]) {
      const doc = run(text);
      assert.equal(bySurface(doc, 'moon'), undefined, `${text} -> ${names(doc)}`);
    }
  });
});

describe('entities: the place after a comma', () => {
  it('a town then its province is the province, not the province\'s capital city', () => {
    let doc = run('Flooding in Gatineau, Quebec, forced evacuations.');
    assert.equal(bySurface(doc, 'Quebec')?.kb?.wikidata, 'Q176', names(doc));
    doc = run('Police in London, Ontario, said the driver was arrested.');
    assert.equal(bySurface(doc, 'London')?.kb?.wikidata, 'Q92561', names(doc));
    assert.equal(bySurface(doc, 'Ontario')?.kb?.wikidata, 'Q1904', names(doc));
    doc = run('Police in Atlanta, Georgia, said the suspect fled.');
    assert.equal(bySurface(doc, 'Georgia')?.kb?.wikidata, 'Q1428', names(doc));
  });
  it('a town then the wrong province: the province named, not a city of that name far away', () => {
    const doc = run('The festival moved from Kingston, Quebec, to a bigger site.');
    assert.equal(bySurface(doc, 'Quebec')?.kb?.wikidata, 'Q176', names(doc));
  });
  it('a district then its city is the city', () => {
    const doc = run('Ana Folau grew up in Brooklyn, New York, and moved away at 19.');
    assert.equal(bySurface(doc, 'New York')?.kb?.wikidata, 'Q60', names(doc));
    assert.equal(bySurface(doc, 'Brooklyn')?.kb?.wikidata, 'Q18419', names(doc));
  });
});
