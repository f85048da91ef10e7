// Issue 3 (false positives not in gold): the portfolio words of a title before a person ("Economy Minister Kurt
// Burneo", "Solicitor General Tushar Mehta", "Chief Cabinet Secretary Yoshimasa Hayashi", "Federal Minister for
// Climate Change Sherry Rehman") are no entity of their own; a place, demonym, acronym, party or KB body in the same
// place stays. Real KB; sentences written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';
import { portfolioRanges } from '../../../src/nlp/entities/title-portfolio.js';
import { docTokens } from '../../../src/nlp/entities/tokenize.js';
import { newDoc } from '../../../src/nlp/doc.js';

describe('entities: portfolio words inside a title', () => {
  it('are no entity before or after the role noun', () => {
    for (const [text, person, junk] of [
      ['Several ministers resigned, among them Economy Minister Kurt Burneo.', 'Kurt Burneo', 'Economy'],
      ['The scheme was defended by Solicitor General Tushar Mehta in court.', 'Tushar Mehta', 'Solicitor'],
      ['Chief Cabinet Secretary Yoshimasa Hayashi said it was too early to say.', 'Yoshimasa Hayashi', 'Cabinet'],
      ['Federal Minister for Climate Change Sherry Rehman told reporters the damage was vast.', 'Sherry Rehman', 'Climate'],
      ['Local Government, Public Works and National Housing Minister July Moyo said three bridges fell.', 'July Moyo', 'Public Works'],
    ] as const) {
      const doc = run(text);
      assert.equal(bySurface(doc, person)?.type, 'PERSON', `${text} -> ${names(doc)}`);
      assert.ok(!doc.entities.some((e) => e.name.includes(junk)), `${text} -> ${names(doc)}`);
    }
  });
  it('negative: places, demonyms, acronyms, parties and KB bodies in a title stay entities', () => {
    let doc = run('Labour Party Leader Keir Starmer met UN Secretary General Antonio Guterres in London.');
    assert.equal(bySurface(doc, 'Labour Party')?.type, 'ORG', names(doc));
    assert.equal(bySurface(doc, 'UN')?.type, 'ORG', names(doc));
    doc = run('Russian Defence Minister Sergei Shoigu visited the front on Monday.');
    assert.equal(bySurface(doc, 'Russian')?.type, 'GPE', names(doc));
    doc = run('Treasury Secretary Janet Yellen said on Monday that the Fed would act.');
    assert.equal(bySurface(doc, 'Treasury')?.type, 'ORG', names(doc));
    doc = run('Kenya Finance Minister Njuguna Ndung\'u read the budget.');
    assert.equal(bySurface(doc, 'Kenya')?.type, 'GPE', names(doc));
  });
  it('negative: a comma before a title is no list of portfolios, and an employer title is left alone', () => {
    const toks = docTokens(newDoc({ id: 'x', text: 'Kurt Burneo, Economy Minister, resigned.', language: 'en' }));
    const ranges = portfolioRanges(toks, new Set());
    assert.deepEqual(ranges.map(([a, b]) => toks.slice(a, b).map((t) => t.text).join(' ')), ['Economy Minister']);
    const doc = run('Apple CEO Tim Cook said sales rose.');
    assert.equal(bySurface(doc, 'Apple')?.type, 'ORG', names(doc));
  });
});
