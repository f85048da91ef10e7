// Stop 25 (event types and triggers): a quantifier ("at least", "up to", "as many as") inside a sent object; "under
// investigation"; a threat told further on in a warning's clause; measures rolled out; reserve forces activated; people
// rushing out of buildings, staying in shelters or moved to new homes; a visitor site that closed; an airlift of people is
// an evacuation; "selfish" as a verdict. Each with cases that must not fire. Sentences written for these tests;
// hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });

test('a quantifier before the object does not end it: "sent at least four ships" is a deployment', () => {
  const a = eventsOf('The Coral Navy has sent at least four ships to the area.', [org('Coral Navy')]);
  const d = a.evs.find((e) => e.type === 'DEPLOY');
  assert.ok(d, a.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(a.doc, d!).agent, ['Coral Navy']);
  assert.ok(types('The ministry sent up to 300 police officers to the border town.').includes('DEPLOY'));
  assert.ok(types('The alliance sent as many as 12 warships to the strait.').includes('DEPLOY'));
  // the ships stand after a phrase of their own, no object of "sent"
  assert.ok(!types('The firm sent a letter at least to the families of ships lost at sea.').includes('DEPLOY'));
  assert.ok(!types('She sent at least four letters to the port authority.').includes('DEPLOY'));
});

test('"under investigation" is an investigation; "under" before other nouns starts none', () => {
  assert.ok(types('The former chairman, Lei Tan, has been under police investigation since May.', [person('Lei Tan')]).includes('INVESTIGATE'));
  assert.ok(types('The mayor is under investigation for fraud.').includes('INVESTIGATE'));
  assert.ok(!types('The files were kept under the desk.').includes('INVESTIGATE'));
});

test('a warning of countermeasures or a heavy price told further on in its clause is a threat; a warning of prices is not', () => {
  assert.ok(types('Moscow has warned that it will take "military-technical" countermeasures if the bases open.', [{ name: 'Moscow', type: 'GPE' }]).includes('THREATEN'));
  assert.ok(types('The militia spokesman warned that the two navies would "pay a heavy price."').includes('THREATEN'));
  assert.ok(!types('Economists warned that households would pay higher prices for bread next year.').includes('THREATEN'));
  assert.ok(!types('Forecasters warned that the storm would bring heavy rain; the price of the repairs was not known.').includes('THREATEN'));
  assert.ok(!types('The minister warned of floods in the north, but the army said its response was ready.').includes('THREATEN'));
});

test('measures rolled out are a decision; a phone rolled out stays a release', () => {
  assert.ok(types('The central bank has rolled out a string of support measures in recent months.').includes('POLICY_DECISION'));
  const t = types('The company rolled out a new phone on Tuesday.');
  assert.ok(t.includes('PRODUCT_RELEASE') && !t.includes('POLICY_DECISION'), t.join(','));
});

test('a guard or reservists activated are deployed; an account or an alarm activated is not', () => {
  assert.ok(types('The state National Guard has been activated to help with the water distribution.').includes('DEPLOY'));
  assert.ok(types('The governor activated 500 reservists on Monday.').includes('DEPLOY'));
  assert.ok(!types('The bank activated the new accounts on Monday.').includes('DEPLOY'));
  assert.ok(!types('Smoke activated the alarm in the guard house.').includes('DEPLOY'));
});

test('people rushing out of buildings evacuate; rushing out of a meeting, or rushing aid, is no evacuation', () => {
  assert.ok(types('Office workers rushed out of buildings as the shaking lasted for a minute.').includes('EVACUATION'));
  assert.ok(!types('The minister rushed out of the meeting to take a call.').includes('EVACUATION'));
  assert.ok(!types('The agency rushed out a statement on Friday.').includes('EVACUATION'));
});

test('staying in shelters or evacuation centres, or moved to new homes, is displacement; staying in a hotel or moving offices is not', () => {
  assert.ok(types('More than 5,000 people were staying in evacuation centres on Tuesday.').includes('DISPLACEMENT'));
  assert.ok(types('Hundreds of families stayed in shelters overnight.').includes('DISPLACEMENT'));
  assert.ok(types('About 900 residents of the valley have been moved to new homes.').includes('DISPLACEMENT'));
  assert.ok(!types('The team stayed in a hotel near the stadium.').includes('DISPLACEMENT'));
  assert.ok(!types('The players stayed at the training camp for a week.').includes('DISPLACEMENT'));
  assert.ok(!types('The company moved its staff to new offices.').includes('DISPLACEMENT'));
});

test('a spa or a museum that closed is a closure; a deal that closed, or a museum close to the river, is not', () => {
  assert.ok(types('The hot spring spa had already closed and will remain shut until Thursday.').includes('CLOSURE'));
  assert.ok(types('The city museum closed on Monday after the flood.').includes('CLOSURE'));
  assert.ok(!types('The museum, close to the river, drew 10,000 visitors.').includes('CLOSURE'));
  assert.ok(!types('The sale of the park closed on Friday.').includes('CLOSURE'));
});

test('airlifting the injured is an evacuation besides a rescue', () => {
  const a = eventsOf('The Air Wing deployed helicopters to airlift the injured to the city.', [org('Air Wing')]);
  assert.ok(a.evs.some((e) => e.type === 'EVACUATION'), a.evs.map((e) => e.type).join(','));
  assert.ok(a.evs.some((e) => e.type === 'RESCUE'));
  assert.ok(!types('The army airlifted food to the valley.').includes('EVACUATION'));
});

test('"selfish" is a verdict of criticism after "called"; a plain naming is none', () => {
  assert.ok(types('A ministry spokesperson called the discharge "extremely selfish and irresponsible."').includes('CRITICIZE'));
  assert.ok(types('The union leader called the decision selfish.').includes('CRITICIZE'));
  assert.ok(!types('The union leader called a meeting for Friday.').includes('CRITICIZE'));
});

test('a speaker telling what the government or province will do to help is a promise; a prediction of its fall is not', () => {
  const a = eventsOf('Premier Ana Ruiz said the province would do "everything it can" to support the towns.', [person('Ana Ruiz')]);
  const p = a.evs.find((e) => e.type === 'PROMISE');
  assert.ok(p, a.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(a.doc, p!).agent, ['Ana Ruiz']);
  assert.ok(a.evs.some((e) => e.type === 'STATEMENT'), 'the saying stays a statement');
  assert.ok(types('Prime Minister Ken Abe told reporters on Tuesday that the government will take responsibility for the cleanup.', [person('Ken Abe')]).includes('PROMISE'));
  assert.ok(!types('The opposition leader said the government would collapse within weeks.').includes('PROMISE'));
  assert.ok(!types('The forecaster said the storm would take a northern track.').includes('PROMISE'));
});

test('a probe or a power supply switched off, a campaign shut down, is a suspension; a phone switched off or a plant shut down is not', () => {
  assert.ok(types('Controllers switched the probe off to save its battery.').includes('SUSPEND'));
  assert.ok(types('The utility switched off power to 20,000 homes.').includes('SUSPEND'));
  const t = types('The fundraising site shut down the campaign earlier this month.');
  assert.ok(t.includes('SUSPEND') && !t.includes('CLOSURE'), t.join(','));
  assert.ok(!types('He switched off his phone before the hearing.').includes('SUSPEND'));
  const plant = types('Regulators shut down the plant on Monday.');
  assert.ok(plant.includes('CLOSURE') && !plant.includes('SUSPEND'), plant.join(','));
});

test('a congratulatory letter sent is praise; one received is not the receiver\'s praise', () => {
  assert.ok(types('President Li Wen sent a congratulatory letter to the telescope team.', [person('Li Wen')]).includes('PRAISE'));
  assert.ok(!types('Earlier in the day, the company received a congratulatory letter from its rival.').includes('PRAISE'));
});

test('a space probe switched off is no investigation', () => {
  assert.ok(!types('Controllers switched the probe off with 12 percent of its battery remaining.').includes('INVESTIGATE'));
  assert.ok(types('Police opened a probe into the fire.').includes('INVESTIGATE'));
});

test('walking away from a deal or out of a commission is a withdrawal; workers walking out of a factory stay a strike', () => {
  const a = eventsOf('Rob Vance tried to walk away from the agreement in July.', [person('Rob Vance')]);
  const w = a.evs.find((e) => e.type === 'WITHDRAW');
  assert.ok(w, a.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(a.doc, w!).agent, ['Rob Vance']);
  assert.ok(types('The former president walked out of the commission in November.').includes('WITHDRAW'));
  const t = types('Workers walked out of the factory on Monday.');
  assert.ok(t.includes('STRIKE') && !t.includes('WITHDRAW'), t.join(','));
  assert.ok(!types('She walked away from the crash site unhurt.').includes('WITHDRAW'));
});

test('shares that were down or up by a figure moved on the market; "closed up", a figure without shares, or "down to" are no second move', () => {
  assert.ok(types('Orbit shares were down about 11% in pre-market trading.', [org('Orbit')]).includes('MARKET_CHANGE'));
  assert.ok(types('Bank shares were up 3 per cent on Monday.').includes('MARKET_CHANGE'));
  assert.ok(types('The listed group companies ended mixed on the exchange on Friday.').includes('MARKET_CHANGE'));
  // the move is the verb's; "up" after it is no event of its own
  assert.equal(eventsOf('The index closed up 11% on Monday.').evs.filter((e) => e.trigger.text === 'up').length, 0);
  assert.equal(eventsOf('The shares slipped 1.6% down to $1.92.').evs.filter((e) => e.trigger.text === 'down').length, 0);
  assert.ok(!types('The number of visitors was down 11% this year.').includes('MARKET_CHANGE'));
  assert.ok(!types('The talks ended without a deal.').includes('MARKET_CHANGE'));
});

test('barring someone from something is a decision; bars as places or signal bars are none', () => {
  assert.ok(types('A federal judge barred him from working until April.').includes('POLICY_DECISION'));
  assert.ok(types('The law bars foreigners from owning land.').includes('POLICY_DECISION'));
  assert.ok(!types('The airline will fit the planes with gyms and bars.').includes('POLICY_DECISION'));
  assert.ok(!types('The update changed the number of signal bars to display.').includes('POLICY_DECISION'));
});
