import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainAt as chain, checkChain as check } from './helpers.js';

// Sentences written for these tests (not taken from any corpus): attributions that are not a plain "X said C".

describe('attribution beyond plain speech verbs', () => {
  it('a second speech verb after a scare quote keeps the clause subject', () => {
    check('The senator called the plan "reckless" and said the budget would collapse by spring.', 'the budget would collapse', ['The senator']);
    // a quotation that is its own sentence-level clause still ends the clause
    check('"We are ready," the coach said, and the players nodded.', 'We are ready', ['the coach']);
  });
  it('"by saying", "while insisting", "– saying": the clause subject speaks', () => {
    check('The mayor ended the meeting by saying the bridge would reopen in May.', 'the bridge would reopen', ['The mayor']);
    check('The driver, a retired teacher, drew applause, saying the road had been unsafe for years.', 'the road had been unsafe', ['The driver']);
    // inside content that is already someone else's, the participle is not re-attributed to the inner subject
    check('The union said the firm cut wages while claiming record profits.', 'the firm cut wages', ['The union']);
    // an act, not a report: no clause follows the participle
    assert.deepEqual(chain('The storm hit on Sunday, and the authorities responded by declaring a state of emergency.', 'a state of emergency'), []);
  });
  it('"asked <person> whether/how …" and post-posed "asked <person>"', () => {
    check('A reporter asked the minister whether the border would close.', 'the border would close', ['A reporter']);
    check('"Will the border close?" the reporter asked the minister.', 'Will the border close', ['the reporter']);
    // "asked <person>" with no question after it frames nothing
    assert.deepEqual(chain('The mayor asked the residents in the hall for patience.', 'for patience'), []);
  });
  it('documents that show or find: polls, records, reports', () => {
    check('The latest county poll showed the incumbent leading by nine points.', 'the incumbent leading', ['The latest county poll']);
    check('Most of the money arrived in March, campaign filings show.', 'Most of the money arrived', ['campaign filings']);
    // "show" with a person who is not a document keeps its old reading (needs a clause)
    assert.deepEqual(chain('The guide showed the visitors the old harbour.', 'the old harbour'), []);
  });
  it('"X said, according to Y": Y reports what X said, outermost first', () => {
    check('"We will not back down," the governor said, according to the Valley Herald.', 'We will not back down', ['the Valley Herald', 'the governor']);
    // an unnamed report is still the outer source
    check('"Prices will fall," the minister said at a briefing, according to a pool report.', 'Prices will fall', ['UNNAMED', 'the minister']);
  });
  it('poll shares and quantifiers as subjects', () => {
    check('Two in three said they would vote early.', 'they would vote early', ['Two in three']);
    check('About 4 in 10 say the economy is getting worse.', 'the economy is getting worse', ['4 in 10']);
    check('Several said they had not been warned.', 'they had not been warned', ['Several']);
    check('Some 56 percent of voters polled said they were less likely to attend.', 'they were less likely to attend', ['56 percent of voters polled']);
    // "the said" is no cue
    assert.deepEqual(chain('The said property was sold in 2019 to a developer.', 'was sold in 2019'), []);
  });
  it('inverted "…," said X with a trailing adverbial', () => {
    check('"The prison is a failure," said rights director Ana Cole in a statement.', 'The prison is a failure', ['Ana Cole']);
  });
  it('"in <named poll>": the poll is the outer source; "in the polls" at large is not', () => {
    check('The mayor leads her rival by nine points in the latest Herald poll.', 'leads her rival', ['the latest Herald poll']);
    check('In a Marist survey last month, 38 percent of voters said the economy was weak.', 'the economy was weak', ['a Marist survey', '38 percent of voters']);
    assert.deepEqual(chain('The mayor has slipped in the polls since June.', 'has slipped'), []);
  });
  it('relative clauses: the antecedent speaks, a name out of a longer phrase', () => {
    check('They won the backing of former senator Gordon Hale, who told reporters he would campaign in the north.', 'he would campaign', ['Gordon Hale']);
    check('They met the mayor, who said the road would reopen.', 'the road would reopen', ['the mayor']);
  });
  it('"told <medium> he …": the pronoun starts the content, not the medium', () => {
    check('Hale told Reuters he would campaign in the north.', 'he would campaign', ['Reuters', 'Hale']);
  });
  it('names ending in "-ing" are sources; a sentence-opening participle is not', () => {
    check('"I was a delegate for her," Ebeling said.', 'I was a delegate for her', ['Ebeling']);
    assert.deepEqual(chain('Having announced that he would not run, the judge left the court.', 'the judge left the court'), []);
  });
  it('a long source right after a closing quote is still post-posed', () => {
    check('"It is a stretch for them," Jeffrey Lewis of the Centre for Arms Control Studies in Monterey wrote in December.', 'It is a stretch for them', ['Jeffrey Lewis of the Centre for Arms Control Studies in Monterey']);
  });
  it('shares and plural heads agree with a bare "say"', () => {
    check('By a wide margin, those surveyed say the tax should go.', 'the tax should go', ['those surveyed']);
    check('Of the rest, 42% say they would vote for the mayor.', 'they would vote for the mayor', ['42%']);
    check('Executives for the bakery, which earned record profits last year, say the plant will close.', 'the plant will close', ['Executives for the bakery']);
    // a singular noun before a bare "say" is no subject ("the low demand say" is not English news)
    assert.deepEqual(chain('The report on the low demand say figures fell.', 'figures fell'), []);
  });
  it('"according to Y" after a quoted phrase inside the clause takes the whole clause', () => {
    check('She later compared the talks to a “root canal,” according to the aide’s memoir.', 'compared the talks', ['the aide’s memoir']);
    // a quotation that is the whole clause stays the content on its own
    check('“We will rebuild,” according to the mayor.', 'We will rebuild', ['the mayor']);
  });
  it('a post-posed source whose name follows a role noun ("his nephew Karim Adel added")', () => {
    check('"He was happy to be coming home," his nephew Karim Adel added.', 'He was happy to be coming home', ['Karim Adel']);
  });
  it('a parenthetical frame after a one-word head ("Time, Mr. Pence added, was on their side")', () => {
    check('Time, the coach added, was on their side.', 'was on their side', ['the coach']);
    // an introductory adverb is no head: the frame is pre-posed or nothing
    assert.deepEqual(chain('Meanwhile, prices rose again in May.', 'prices rose'), []);
  });
  it('inverted "said <lower-case role> <Name>" and a restrictive "who" relative before the verb', () => {
    check('"The first line of defence is at home," said former secretary of state Ana Ruiz, who spoke in Leeds.', 'The first line of defence is at home', ['Ana Ruiz']);
    check('Farmers who watched the debate said they were unimpressed.', 'they were unimpressed', ['Farmers']);
    // a relative whose verb is not the cue's subject phrase: the inner subject stays inside the relative
    assert.deepEqual(chain('Farmers who watched the debate went home early.', 'went home early'), []);
  });
  it('a title-case headline capitalises its cue', () => {
    check('Harbour Board Says Ferries Will Resume Next Week\n\nThe ferries stopped in May.', 'Ferries Will Resume', ['Harbour Board']);
    // a capitalised "Says" in a body sentence is a name or a title, not a cue
    assert.deepEqual(chain('They watched the show Simon Says on Friday night.', 'They watched the show'), []);
  });
  it('a relative clause inside the frame words is a claim of its own; a clause after ", said" is no inverted source', () => {
    const text = 'Ruiz, who says the council is stalling because the vote is close, said residents should write to their MPs.';
    check(text, 'the council is stalling', ['Ruiz']);
    check(text, 'residents should write to their MPs', ['Ruiz']);
  });
});
