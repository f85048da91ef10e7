import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainOf, checkChain as check, claimAt, claimsOf } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus). Each rule: where it must fire, and where it must not.
function noLinks(text: string): void {
  const { claims } = claimsOf(text);
  const linked = claims.filter((c) => c.attribution.length);
  assert.deepEqual(linked.map((c) => `${c.text} <- ${chainOf(c).join(' / ')}`), [], `no attribution expected in: ${text}`);
}
/** The source span of the innermost link of the claim holding `anchor`, as written. */
function sourceText(text: string, anchor: string): string | undefined {
  const { claims } = claimsOf(text);
  const l = claimAt(text, claims, anchor)?.attribution.at(-1);
  return l?.span ? text.slice(l.span.start, l.span.end) : undefined;
}

describe('source phrases with modifiers', () => {
  it('a prepositional phrase after the head noun belongs to the source', () => {
    check('Data from the 2014 survey show that women held 41 percent of the jobs.', 'women held 41 percent', ['Data from the 2014 survey']);
    assert.equal(sourceText('Analysts at the bank said growth would slow.', 'growth would slow'), 'Analysts at the bank');
    assert.equal(sourceText('In recent days, advisers to the mayor say, the council has grown tired.', 'the council has grown tired'), 'advisers to the mayor');
    // the phrase before the comma is the reported clause, not part of the source
    assert.equal(sourceText('Turnout went up in the cities, officials said.', 'Turnout went up'), 'officials');
  });
  it('a document noun heading "of …" reports what it shows', () => {
    check('Video of the incident shows him with his hands in the air.', 'his hands in the air', ['Video of the incident']);
    noLinks('The host of the show shows him the door.');
  });
  it('"all the experts", "In May the board": an article after a quantifier or a short intro phrase', () => {
    check('All the experts said her plan was detailed.', 'her plan was detailed', ['All the experts']);
    check('In May the board said it would sell the plant.', 'it would sell the plant', ['the board']);
    noLinks('In May the board sold the plant.');
  });
  it('an appositive holding a relative clause', () => {
    check('The company, the firm that runs the mine, said it would pay.', 'it would pay', ['The company']);
    noLinks('The plan, the one that failed, was dropped.');
  });
  it('a dash aside typed as "--" between the subject and the cue', () => {
    check('Kall -- co-editor of a book about the debates -- said the format helps.', 'the format helps', ['Kall']);
    noLinks('The old bridge -- built in 1932 -- collapsed on Monday.');
  });
  it('a time adverbial between the subject and the cue is not part of the source', () => {
    assert.equal(sourceText('Axelrod on Wednesday said that the remark was outrageous.', 'the remark was outrageous'), 'Axelrod');
    check('The governor, who in 2010 said the goal was growth, changed course.', 'the goal was growth', ['The governor']);
  });
  it('"said of the plan" after an appositive: the preposition opens no inverted source', () => {
    const text = '"It is not responsible," Leonard Burman, director of the tax center, said of the plan.';
    check(text, 'It is not responsible', ['Leonard Burman']);
    assert.ok(!claimsOf(text).claims.some((c) => c.attribution.some((l) => /plan/.test(l.source))));
  });
  it('an inverted source is no clause and no quotation opening', () => {
    check('Rawlings, who watched the ceremony, said the event brought back memories of her father.', 'brought back memories', ['Rawlings']);
    check('Jean Ayrault, the foreign minister, a member of the council, said the latest "provocation cannot be left without consequences."',
      'cannot be left without consequences', ['Jean Ayrault']);
  });
  it('an object pronoun after "told" is the person told, not a medium', () => {
    check('Dickey told me the network was fair.', 'the network was fair', ['Dickey']);
    check('Dickey told the BBC the network was fair.', 'the network was fair', ['the BBC', 'Dickey']);
  });
  it('a source phrase never ends on a verb of thinking', () => {
    noLinks('Many believe reports that were false.');
  });
});

describe('cue constructions', () => {
  it('"made it clear", "went on to explain/say"', () => {
    check('Ham made it clear he had major misgivings.', 'he had major misgivings', ['Ham']);
    check('Ham went on to say that cuts had hurt the army.', 'cuts had hurt the army', ['Ham']);
    check('Ham went on to explain how cuts had hurt the army.', 'cuts had hurt the army', ['Ham']);
    noLinks('Ham went on to win the race.');
  });
  it('an indirect question after "explain", "describe"', () => {
    check('She explained why the plan failed.', 'the plan failed', ['She']);
    noLinks('She explained the plan.');
  });
  it('a comma-bounded aside between the cue and "that"', () => {
    check('Several experts cautioned, as did the campaign itself, that the plan was complex.', 'the plan was complex', ['Several experts']);
    check('The nominee continues to insist, most recently in an interview, that he will win.', 'he will win', ['The nominee']);
    noLinks('Experts cautioned, as did the campaign, against haste.');
  });
  it('a bare noun opening the complement of a verb of belief', () => {
    check('Many of his supporters believe bigotry is acceptable.', 'bigotry is acceptable', ['Many of his supporters']);
    noLinks('Residents feel pride in the team.');
  });
  it('a frame inside a relative clause ends at the clause\'s comma', () => {
    const text = 'The hands, which he said were at his side, were empty.';
    const { claims } = claimsOf(text);
    assert.deepEqual(chainOf(claimAt(text, claims, 'were at his side')), ['he']);
    assert.deepEqual(chainOf(claimAt(text, claims, 'were empty')), []);
  });
});

describe('relative pronouns, labels, signatures and headlines', () => {
  it('a relative pronoun subject is the source mention; its antecedent names the source', () => {
    const text = 'Economists, who argue that taxes should fall, met on Monday.';
    check(text, 'taxes should fall', ['Economists']);
    assert.equal(sourceText(text, 'taxes should fall'), 'who');
    // a subject that is no relative pronoun keeps its own span
    assert.equal(sourceText('Economists argue that taxes should fall.', 'taxes should fall'), 'Economists');
  });
  it('a transcript label inside an opening quotation mark', () => {
    check('"WALLACE: Let us start with the breaking news on the debate.', 'Let us start', ['WALLACE']);
    noLinks('"Economy: growth will slow this year.');
  });
  it('a closing mark opening a paragraph is a mistyped opening mark; a signature name is no claim', () => {
    const text = 'He left.\n”The mayor is a fine man and we will miss him.” ― Sonya Lee\n“He never paid his bills on time.” ― Ed Monroy';
    check(text, 'we will miss him', ['Sonya Lee']);
    check(text, 'He never paid his bills', ['Ed Monroy']);
    assert.ok(!claimsOf(text).claims.some((c) => c.text === 'Sonya Lee'), 'the signature is frame material');
  });
  it('a title-case headline with an object-taking cue', () => {
    check('Governor Calls Senate Plan A Disgrace Over Police Funding', 'Senate Plan A Disgrace', ['Governor']);
    // not a headline: most words are lower case
    noLinks('The Governor Calls office was closed for the holiday and reopened on Monday.');
  });
  it('no report by "let X tell", "it is worth noting", "there is some thought", "rules that"', () => {
    noLinks('Readers may not let editorials tell them how to vote.');
    noLinks('It is worth noting that this is the first time.');
    noLinks("There's some thought that the rally might not matter.");
    noLinks('The agency wrote a set of clean air rules that could close plants.');
  });
});

describe('passive agents, singled-out polls and plural nouns', () => {
  it('a passive object-taking cue with its agent', () => {
    check('His views were echoed by a number of tax experts.', 'His views were echoed', ['a number of tax experts']);
    check('The mayor was supported by 42 percent of those responding.', 'The mayor was supported', ['42 percent of those responding']);
    // an active use followed by "by" is no passive: "echoed by far the loudest cheer" has no agent
    noLinks('The house was damaged by the storm.');
  });
  it('"in this poll", "in the latest survey": a poll singled out', () => {
    check('In this poll, the mayor rose one point since the debate.', 'the mayor rose one point', ['this poll']);
    noLinks('The mayor leads in the polls this week.');
  });
  it('a cue in "-s" after a plural quantifier or a prenominal adjective is a noun', () => {
    noLinks('Two questions: why would he do that?');
    noLinks('All rates exclude the surtax.');
    noLinks('Police have no immediate plans to release the video.');
    check('The new chief says the plan will work.', 'the plan will work', ['The new chief']);
    check('Both say the plan will work.', 'the plan will work', ['Both']);
  });
});

describe('relative clauses before the cue, block quotes and chanted quotations', () => {
  it('"X (party), who …, said": the relative describes the source, the parenthesis stays with the name', () => {
    check('On Sunday, Sen. Anna Berg (Vt.), who lost the primary to the mayor, said young voters were tired.', 'young voters were tired', ['Sen. Anna Berg']);
    const text = 'On Sunday, Anna Berg, who lost the primary to the mayor, said young voters were tired.';
    assert.ok(!claimsOf(text).claims.some((c) => c.attribution.some((l) => /mayor/.test(l.source))), 'the relative clause holds no source');
  });
  it('"X added:" closing its line: the next sentence is the content', () => {
    check('The governor added:\n\nIt is typical of her and of her campaign.', 'It is typical of her', ['The governor']);
    // a colon with its content on the same line keeps it there
    check('The governor added: it is typical of her.', 'it is typical of her', ['The governor']);
  });
  it('"while chanting, "…"": a participle before a quotation', () => {
    check('Protesters circled the stadium while chanting, "Hands up, do not shoot."', 'Hands up, do not shoot', ['Protesters']);
    noLinks('Protesters circled the stadium while chanting loudly.');
  });
});

describe('pronoun antecedents', () => {
  it('"she" takes a person the resolver offers, never an organisation', async () => {
    const { resolvePronoun } = await import('../../../src/nlp/attribution/source-link.js');
    const { newDoc } = await import('../../../src/nlp/doc.js');
    const doc = newDoc({ id: 't', text: 'x', language: 'en' });
    const ent = (type: string, name: string) => ({ id: 'e1', name, type, mentions: [{ start: 0, end: 1, text: name }] });
    const she = { s: 10, e: 13, t: 'she', l: 'she', cap: false, w: true, q: false };
    const ctxWith = (e: unknown) => ({ doc, text: 'x', sents: [], mix: {} as never, resolver: () => e });
    assert.equal(resolvePronoun(ctxWith(ent('PERSON', 'Mary Lee')) as never, she)?.source, 'Mary Lee');
    assert.equal(resolvePronoun(ctxWith(ent('ORG', 'Community Survey')) as never, she)?.source, undefined);
  });
});
