// Eighth pass on the trigger lexicon (issue #6): strikes by a state on a place, criticism through a verdict word
// ("called the decision unacceptable"), a verb after an adverb ("We strongly condemn"), threats voiced as warnings,
// price and market moves, competing, closures, policy decisions of governments, suspensions, rejections, failed talks,
// and attending a funeral as ATTEND rather than a meeting. Each with cases that must not fire. Sentences written for
// these tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
const country = (name: string, ...aliases: string[]): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY', aliases });
const town = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });
const org = (name: string): EntSpec => ({ name, type: 'ORG' });

test('a strike by a state or on a place is an ATTACK; a workers\' strike and a general strike stay STRIKEs', () => {
  const isr = eventsOf('The talks resumed a day after an Israeli strike.', [country('Israel', 'Israeli')]);
  const a = isr.evs.find((e) => e.type === 'ATTACK');
  assert.ok(a, isr.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(isr.doc, a!).agent, ['Israel']);
  assert.ok(types('Overnight strikes on Kharkiv damaged a school.', [town('Kharkiv')]).includes('ATTACK'));
  assert.ok(types('A Russian drone strike damaged a school.', [country('Russia', 'Russian')]).includes('ATTACK'));
  const workers = types('French rail workers began a strike on Monday.', [country('France', 'French')]);
  assert.ok(workers.includes('STRIKE') && !workers.includes('ATTACK'), workers.join(','));
  const general = types('Unions called a general strike in Buenos Aires.', [town('Buenos Aires')]);
  assert.ok(general.includes('STRIKE') && !general.includes('ATTACK'), general.join(','));
  // a possessive is no nationality adjective, and with no place or nationality a bare strike stays unread
  assert.ok(!types('The strike on the railways will last three days.').includes('ATTACK'));
});

test('an adverb between a pronoun or an auxiliary and a verb keeps the verb ("We strongly condemn"); an -ly adjective does not', () => {
  assert.ok(types('"We strongly condemn this attack," the ministry said.').includes('CRITICIZE'));
  assert.ok(types('They firmly reject the claims.').includes('REJECT'));
  // "to early elections": an adjective, the noun stays an election
  const early = types('The crisis led to early elections in the spring.');
  assert.ok(early.includes('ELECTION'), early.join(','));
});

test('criticism through a verdict word: called it unacceptable, described it as reckless, expressed outrage; not called for talks or a plain description', () => {
  const de = eventsOf('Germany called the decision unacceptable.', [country('Germany')]);
  const c = de.evs.find((e) => e.type === 'CRITICIZE');
  assert.deepEqual(c && argNames(de.doc, c).agent, ['Germany']);
  assert.ok(types('The opposition described the budget as reckless.').includes('CRITICIZE'));
  assert.ok(types('Rights groups expressed outrage at the verdict.').includes('CRITICIZE'));
  assert.ok(!types('The minister called a meeting for Friday.').includes('CRITICIZE'));
  assert.ok(!types('Witnesses described the scene as chaotic.').includes('CRITICIZE'));
  assert.ok(!types('She expressed hope for a quick recovery.').includes('CRITICIZE'));
});

test('threats voiced as warnings or vows: warned of consequences, vowed to retaliate; a weather warning is none', () => {
  assert.ok(types('Tehran warned of serious consequences if the sanctions stay.', [town('Tehran')]).includes('THREATEN'));
  assert.ok(types('The militia vowed to retaliate for the killing.').includes('THREATEN'));
  assert.ok(!types('Forecasters warned of heavy rain on Sunday.').includes('THREATEN'));
  assert.ok(!types('The mayor vowed to rebuild the bridge.').includes('THREATEN'));
});

test('prices and markets: prices hit a record, inflation eased, fares hiked, the index closed lower; a storm that hit, a shop that closed early', () => {
  assert.ok(types('Petrol prices hit a record high in May.').includes('PRICE_CHANGE'));
  assert.ok(types('Inflation eased to 3.1% in March.').includes('PRICE_CHANGE'));
  assert.ok(types('The rail operator hiked fares by 5%.').includes('PRICE_CHANGE'));
  assert.ok(types('The Nikkei closed 1.2% lower on Friday.', [org('Nikkei')]).includes('MARKET_CHANGE'));
  const storm = types('The storm hit the coast on Friday.');
  assert.ok(!storm.includes('PRICE_CHANGE'), storm.join(','));
  assert.ok(!types('The shop closed early on Friday.').includes('MARKET_CHANGE'));
  // the central bank's rate hike stays a policy decision
  const rate = types('The central bank hiked interest rates again.');
  assert.ok(rate.includes('POLICY_DECISION') && !rate.includes('PRICE_CHANGE'), rate.join(','));
});

test('competing and closures: vied for, took part in a tournament, closed three warehouses; taking part in talks, closing a deal', () => {
  assert.ok(types('Twelve teams vied for the trophy.').includes('COMPETE'));
  assert.ok(types('She took part in the tournament in Rome.', [town('Rome')]).includes('COMPETE'));
  assert.ok(!types('He took part in the talks in Rome.', [town('Rome')]).includes('COMPETE'));
  assert.ok(types('Amazon will close three warehouses in Britain.', [org('Amazon'), country('Britain')]).includes('CLOSURE'));
  assert.ok(!types('Amazon expects to close the deal in June.', [org('Amazon')]).includes('CLOSURE'));
});

test('policy decisions: imposed a curfew, introduced new rules, tightened restrictions, extended the ban, legalised; imposing sanctions stays a SANCTION', () => {
  assert.ok(types('The government imposed a curfew on the capital.').includes('POLICY_DECISION'));
  assert.ok(types('Regulators introduced new rules for lenders.').includes('POLICY_DECISION'));
  assert.ok(types('Beijing tightened restrictions on exports.', [town('Beijing')]).includes('POLICY_DECISION'));
  assert.ok(types('The city extended the ban until June.').includes('POLICY_DECISION'));
  assert.ok(types('Germany legalised cannabis last year.', [country('Germany')]).includes('POLICY_DECISION'));
  const sanc = types('The US imposed sanctions on three banks.', [country('US')]);
  assert.ok(sanc.includes('SANCTION') && !sanc.includes('POLICY_DECISION'), sanc.join(','));
  assert.ok(!types('The company introduced a new phone in May.').includes('POLICY_DECISION'));
  assert.ok(!types('The team extended its lead to five points.').includes('POLICY_DECISION'));
});

test('suspensions, rejections and failed talks: paused deliveries, called off, blocked the takeover, the talks broke down; a car that broke down', () => {
  assert.ok(types('Boeing paused deliveries of the jet.', [org('Boeing')]).includes('SUSPEND'));
  assert.ok(types('The union called off the strike.').includes('SUSPEND'));
  assert.ok(types('Regulators blocked the takeover.').includes('REJECT'));
  assert.ok(!types('Police blocked the road.').includes('REJECT'));
  assert.ok(types('The talks broke down on Friday.').includes('BREAKDOWN'));
  assert.ok(!types('Their car broke down near the border.').includes('BREAKDOWN'));
});

test('attending a funeral or a ceremony is ATTEND; attending a summit stays a MEET', () => {
  const fun = types('The president will attend the funeral on Friday.');
  assert.ok(fun.includes('ATTEND') && !fun.includes('MEET'), fun.join(','));
  assert.ok(types('The president will attend the summit on Friday.').includes('MEET'));
});

test('a company\'s sales or profit moving is EARNINGS and a stock index moving a MARKET_CHANGE; a death toll or unemployment rising is neither', () => {
  assert.ok(types('Ford\'s sales in the United States rose 43% in February.', [org('Ford'), country('United States')]).includes('EARNINGS'));
  assert.ok(types('The Nikkei dropped 9.6% to a 20-year low.', [org('Nikkei')]).includes('MARKET_CHANGE'));
  const toll = types('The death toll rose to 40.');
  assert.ok(!toll.includes('EARNINGS') && !toll.includes('MARKET_CHANGE'), toll.join(','));
  const jobs = types('Unemployment rose to 5% in May.');
  assert.ok(!jobs.includes('EARNINGS') && !jobs.includes('MARKET_CHANGE'), jobs.join(','));
});
