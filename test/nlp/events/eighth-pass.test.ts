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

test('a reading may give its mention a second type (also:TYPE): a call for a release is an APPEAL and a DEMAND, a ban on imports a POLICY_DECISION and a SANCTION; a call for calm, a ban on cars stay single', () => {
  const rel = eventsOf('Germany called for the immediate release of the journalists.', [country('Germany')]);
  const dem = rel.evs.find((e) => e.type === 'DEMAND');
  const app = rel.evs.find((e) => e.type === 'APPEAL');
  assert.ok(dem && app, rel.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(rel.doc, dem!).agent, ['Germany']);
  assert.deepEqual(dem!.trigger, app!.trigger);
  const calm = types('The mayor called for calm.');
  assert.ok(calm.includes('APPEAL') && !calm.includes('DEMAND'), calm.join(','));
  const ban = types('Canada banned imports of Russian gold.', [country('Canada'), country('Russia', 'Russian')]);
  assert.ok(ban.includes('SANCTION') && ban.includes('POLICY_DECISION'), ban.join(','));
  const cars = types('The city banned cars from the centre.');
  assert.ok(cars.includes('POLICY_DECISION') && !cars.includes('SANCTION'), cars.join(','));
  const summit = types('The minister will attend the summit in Rome.', [town('Rome')]);
  assert.ok(summit.includes('MEET') && summit.includes('ATTEND'), summit.join(','));
});

test('weapons acquired, seizing power, signing a player, seeking a cause; buying a company, withdrawing cash, signing a bill', () => {
  assert.ok(types('Poland acquired 250 tanks from the United States.', [country('Poland'), country('United States')]).includes('ARMS_TRANSFER'));
  assert.ok(!types('Oracle acquired Cerner last year.', [org('Oracle'), org('Cerner')]).includes('ARMS_TRANSFER'));
  assert.ok(types('The army seized power in Niger.', [country('Niger')]).includes('COUP'));
  const kane = types('Bayern signed Harry Kane from Tottenham.', [org('Bayern'), { name: 'Harry Kane', type: 'PERSON' }, org('Tottenham')]);
  assert.ok(kane.includes('HIRE'), kane.join(','));
  assert.ok(!types('The president signed the bill on Friday.').includes('HIRE'));
  assert.ok(types('Investigators are trying to determine what caused the crash.').includes('INVESTIGATE'));
  assert.ok(!types('The court will determine the sentence next week.').includes('INVESTIGATE'));
});

test('criticism, protests, lawsuits, suspensions and rejections without their usual words; their look-alikes stay out', () => {
  assert.ok(types('The opposition attacked the government\'s handling of the crisis.').includes('CRITICIZE'));
  const mil = types('Militants attacked a police station in the north.');
  assert.ok(mil.includes('ATTACK') && !mil.includes('CRITICIZE'), mil.join(','));
  assert.ok(types('Residents complained about the noise.').includes('CRITICIZE'));
  assert.ok(types('The union questioned the wisdom of the plan.').includes('CRITICIZE'));
  const q = types('Police questioned the suspect for six hours.');
  assert.ok(q.includes('INVESTIGATE') && !q.includes('CRITICIZE'), q.join(','));
  assert.ok(types('The group launched a legal challenge against the law.').includes('LAWSUIT'));
  assert.ok(types('The airline grounded its fleet on Friday.').includes('SUSPEND'));
  assert.ok(types('Washington froze aid to the region.', [town('Washington')]).includes('SUSPEND'));
  assert.ok(types('The vote was postponed until May.').includes('SUSPEND'));
  assert.ok(types('The consulate denied his visa application.').includes('REJECT'));
  const deny = types('The minister denied the report.');
  assert.ok(!deny.includes('REJECT'), deny.join(','));
});

test('markets, prices, the economy, write-downs and weather records; a car crash, a sports record', () => {
  assert.ok(types('Stocks crashed on Monday.').includes('MARKET_CHANGE'));
  const car = types('The car crashed into a tree.');
  assert.ok(car.includes('ACCIDENT') && !car.includes('MARKET_CHANGE'), car.join(','));
  assert.ok(types('Train fares will rise 5% in March.').includes('PRICE_CHANGE'));
  assert.ok(types('The economy contracted 0.3% in the third quarter.').includes('ECONOMIC_CRISIS'));
  assert.ok(!types('The muscle contracted sharply.').includes('ECONOMIC_CRISIS'));
  assert.ok(types('The bank took a $2 billion writedown.').includes('WRITE_DOWN'));
  assert.ok(types('Britain recorded its hottest day on record.', [country('Britain')]).includes('WEATHER_RECORD'));
  assert.ok(!types('He set a record in the 100 metres.').includes('WEATHER_RECORD'));
});

test('talks held to resolve or end something are a NEGOTIATE beside the MEET; talks to mark an anniversary are a MEET alone', () => {
  const end = types('Leaders of the two countries held talks to end the border dispute.');
  assert.ok(end.includes('MEET') && end.includes('NEGOTIATE'), end.join(','));
  const mark = types('The two leaders held talks to mark the anniversary.');
  assert.ok(mark.includes('MEET') && !mark.includes('NEGOTIATE'), mark.join(','));
});

test('rates held, people released, debt defaults, laws repealed, territory occupied, thanks and executions; their look-alikes stay out', () => {
  assert.ok(types('The central bank kept interest rates on hold.').includes('POLICY_DECISION'));
  assert.ok(types('The Fed held rates at 5.25%.', [org('Fed')]).includes('POLICY_DECISION'));
  assert.ok(!types('The Fed held a meeting on Tuesday.', [org('Fed')]).includes('POLICY_DECISION'));
  assert.ok(types('The court ordered the release of the activist.').includes('RELEASE'));
  assert.ok(!types('The court ordered the release of the report.').includes('RELEASE'));
  assert.ok(types('Sri Lanka defaulted on its foreign debt.', [country('Sri Lanka')]).includes('ECONOMIC_CRISIS'));
  assert.ok(!types('The default setting is off.').includes('ECONOMIC_CRISIS'));
  assert.ok(types('Parliament repealed the law in 2019.').includes('POLICY_DECISION'));
  const occ = types('Russian troops occupied the town.', [country('Russia', 'Russian')]);
  assert.ok(occ.includes('ATTACK'), occ.join(','));
  const sq = types('Protesters occupied the main square.');
  assert.ok(sq.includes('PROTEST') && !sq.includes('ATTACK'), sq.join(','));
  assert.ok(types('The minister thanked the volunteers.').includes('PRAISE'));
  assert.ok(types('Iran executed two men on Monday.', [country('Iran')]).includes('DEATHS'));
  assert.ok(!types('The plan was executed flawlessly.').includes('DEATHS'));
});
