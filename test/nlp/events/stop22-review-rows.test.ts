// The stop-22 review's new trigger rows that fired on ordinary sentences (findings 2, 9, 10, 11): each row narrowed by a
// flag of the lexicon (objhead, pre:, actorobj, before, nobe) or blocked by a '-' row; the review's probes (sentences
// written for these tests) are the negatives, beside the readings the rows were written for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './helpers.js';

const types = (text: string) => eventsOf(text, []).evs.filter((e) => !e.trigger.text.match(/^(?:said|say)$/)).map((e) => `${e.type}:${e.trigger.text}`);
const has = (text: string, type: string, trig?: string) => assert.ok(types(text).some((t) => t.startsWith(type + ':') && (!trig || t.endsWith(':' + trig))), `${type} expected: ${text} -> ${types(text).join(',')}`);
const lacks = (text: string, type: string, trig?: string) => assert.ok(!types(text).some((t) => t.startsWith(type + ':') && (!trig || t.endsWith(':' + trig))), `no ${type} expected: ${text} -> ${types(text).join(',')}`);

test('finding 2: "announce" is a product release only with the product heading its direct object', () => {
  lacks('Police announced that a car had crashed into a shop.', 'PRODUCT_RELEASE');
  has('Police announced that a car had crashed into a shop.', 'STATEMENT', 'announced');
  lacks('The police announced an update on the investigation on Monday.', 'PRODUCT_RELEASE');
  has('The police announced an update on the investigation on Monday.', 'STATEMENT', 'announced');
  lacks('The ministry announced new rules for car imports.', 'PRODUCT_RELEASE');
  has('The ministry announced new rules for car imports.', 'POLICY_DECISION');
  has('Apple announced a new phone on Tuesday.', 'PRODUCT_RELEASE');
  has('Tesla announced a new model on Tuesday.', 'PRODUCT_RELEASE');
  has('Tesla announced a new model on Tuesday.', 'STATEMENT', 'announced');
});

test('finding 9: "named after", "tore into a crowd", gathering before leaders spoke, a pressed button, "prepared to", "weighed on", "considering whether"', () => {
  lacks('The hospital was named after the former governor of the state.', 'APPOINT');
  lacks('A truck tore into a crowd at a Christmas market.', 'CRITICIZE');
  has('The senator tore into the government over the delays.', 'CRITICIZE');
  lacks('Crowds gathered in the square as party leaders spoke from a stage.', 'MEET');
  has('Foreign ministers gathered in Brussels on Monday.', 'MEET');
  lacks('He pressed the button to open the door.', 'APPEAL');
  lacks('He pressed the button to open the door.', 'DEMAND');
  has('Activists pressed lawmakers to act.', 'APPEAL');
  lacks('We are prepared to negotiate, the minister said.', 'PLAN');
  has('The army is preparing to launch an offensive.', 'PLAN');
  lacks('Worries about the export ban weighed on shares.', 'PLAN');
  lacks('Investigators are still considering whether the ban contributed to the shortages.', 'PLAN');
  has('The government is considering a ban on exports.', 'PLAN');
  has('The government is considering whether to ban exports.', 'PLAN');
});

test('finding 10: claiming victory is a statement; claiming a title is a win', () => {
  lacks('Both candidates claimed victory in the runoff on Sunday.', 'WIN', 'claimed');
  has('Both candidates claimed victory in the runoff on Sunday.', 'STATEMENT', 'claimed');
  has('Djokovic claimed the title on Sunday.', 'WIN', 'claimed');
});

test('finding 11: a penalty in football and a ban on a sale are no sanctions', () => {
  lacks('Chelsea were handed a penalty in the second half after a foul on Palmer.', 'PENALTY');
  has('The company was handed a penalty of 5 million euros.', 'PENALTY');
  lacks('Parliament approved a ban on the sale of violent video games to children.', 'PENALTY');
  has('The sprinter was handed a four-year doping ban.', 'PENALTY');
});

test('finding 8: gap readings: no particle before a determiner, a possessive rides in the gap uncounted', () => {
  lacks('He turned his car down a side road to avoid the checkpoint.', 'REJECT');
  has('The council turned the proposal down on Monday.', 'REJECT');
  has("The government put the company's expansion plans on hold.", 'SUSPEND');
  has('The government put the project on hold.', 'SUSPEND');
});

test('finding 9: "a win for consumers" is no victory; a team\'s win is; the index rows of "rise" are one', () => {
  lacks('The deal is a win for consumers, analysts said.', 'WIN');
  has('The win for Arsenal lifted them to second place.', 'WIN');
  has('The Dow rose 1.2% on Friday.', 'MARKET_CHANGE');
  has('Stocks on the FTSE rose 2%.', 'MARKET_CHANGE');
});
