// "ORG/PERSON span longer" on the readable sets: a title's "of" portfolio was glued to the person after it
// ("Assistant Secretary of State James O'Brien, who" → "State James O'Brien"). Real KB; sentences written for
// these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';
import { tokenize } from '../../../src/nlp/entities/tokenize.js';
import { afterTitlePortfolio } from '../../../src/nlp/entities/title-of-lead.js';

describe('entities: a title portfolio after "of" is no part of the person', () => {
  it('ordinary portfolio words and places are cut off', () => {
    for (const [text, person] of [
      ["Assistant Secretary of State Jamie O'Hara, who held talks this week, said so.", "Jamie O'Hara"],
      ['The Minister of Foreign Affairs Kelvin Ambrose, who spoke first, said so.', 'Kelvin Ambrose'],
      ['Deputy Minister of Health Rosa Delgado, who spoke, agreed.', 'Rosa Delgado'],
      ['The Governor of New York Kathy Hochul, who spoke first, said so.', 'Kathy Hochul'],
    ] as const) {
      const doc = run(text);
      assert.equal(bySurface(doc, person)?.type, 'PERSON', `${text} -> ${names(doc)}`);
      assert.ok(!doc.entities.some((e) => e.type === 'PERSON' && e.name !== person), `${text} -> ${names(doc)}`);
    }
  });
  it('an honorific after a place portfolio starts the name ("Ruler of Dubai Sheikh …")', () => {
    const doc = run('The Ruler of Dubai Sheikh Hamdan Rashidi, who launched the project, wrote on Sunday.');
    assert.ok(doc.entities.some((e) => e.type === 'PERSON' && /^(?:Sheikh )?Hamdan Rashidi$/.test(e.name)), names(doc));
    assert.ok(!doc.entities.some((e) => e.type === 'PERSON' && /Dubai/.test(e.name)), names(doc));
  });
  it('negative: no title before "of" leaves the run alone; the cut keeps a two-word name', () => {
    const toks = tokenize('Bank of England Governor Andrew Bailey spoke.');
    const s = toks.findIndex((t) => t.text === 'Governor');
    assert.equal(afterTitlePortfolio(toks, s, s + 3, null), s);
    const t2 = tokenize('Minister of State Ambrose spoke.');
    const s2 = t2.findIndex((t) => t.text === 'State');
    assert.equal(afterTitlePortfolio(t2, s2, s2 + 2, null), s2, 'one word would be left: nothing is cut');
    const doc = run('Secretary of State Antony Blinken met the minister.');
    assert.equal(bySurface(doc, 'Antony Blinken')?.type, 'PERSON', names(doc));
  });
});

// "ORG not in gold": "… and US Secretary of State Antony Blinken was expected" gave an organisation "US Secretary of
// State". A place-led title phrase may end on its "of" portfolio; the place is the mention.
describe('entities: a place-led title with an "of" portfolio names the place', () => {
  it('"US Secretary of State", "Indian Minister of Finance" are no organisations', () => {
    for (const text of [
      'The talks failed, and US Secretary of State Antony Blinken was expected to speak to the leaders later.',
      'The talks failed, and Kenyan Minister of Finance Njuguna Ndungu spoke later.',
    ]) {
      const doc = run(text);
      assert.ok(!doc.entities.some((e) => e.type === 'ORG'), `${text} -> ${names(doc)}`);
    }
  });
  it('negative: a body with a head before "of" stays an organisation', () => {
    const doc = run('The talks failed, and the Texas Department of Public Safety said so.');
    assert.equal(bySurface(doc, 'Texas Department of Public Safety')?.type, 'ORG', names(doc));
  });
});

// Second review: the trim dropped any ordinary word that is no given name, and walked back without bound.
describe('entities: the portfolio trim stops at a name word', () => {
  it('negative: an ordinary word known as a person-name word starts the name ("Trade | Young Soo Park")', () => {
    // "young": lower-case vocabulary, no given name in the lists, but a surname / person-name word
    const toks = tokenize('Minister of Trade Young Soo Park spoke.');
    const s = toks.findIndex((t) => t.text === 'Trade');
    assert.equal(toks[afterTitlePortfolio(toks, s, s + 4, null)]!.text, 'Young');
  });
  it('a common word outside the lower-case vocabulary is cut like other portfolio words ("Commerce")', () => {
    const toks = tokenize('Minister of Commerce Jamie Ohara spoke.');
    const s = toks.findIndex((t) => t.text === 'Commerce');
    assert.equal(toks[afterTitlePortfolio(toks, s, s + 3, null)]!.text, 'Jamie');
  });
  it('negative: a title "of" more than ten tokens back is no portfolio of the candidate', () => {
    const toks = tokenize('Minister of Water Energy Mining Housing Transport Works Roads Ports Trade Labour Youth Health Jamie Ohara spoke.');
    const s = toks.findIndex((t) => t.text === 'Health');
    assert.equal(afterTitlePortfolio(toks, s, s + 3, null), s);
  });
});

it('the longest ministries fit in the walk back ("Foreign Affairs, International Trade and Worship")', () => {
  const toks = tokenize('Minister of Foreign Affairs, International Trade and Worship Jamie Ohara spoke.');
  const s = toks.findIndex((t) => t.text === 'Worship');
  assert.equal(toks[afterTitlePortfolio(toks, s, s + 3, null)]!.text, 'Jamie');
});
