// Stop 23 (issue #6, triggers and types): criticism read from a verdict in what was said ("said the crackdown was
// disproportionate"), "took a dig at", lamenting; going missing; running for office ("sought re-election", "contesting
// the presidency"); people moved out ("relocated villagers"); troops mobilised or stationed; curfews and lockdowns
// imposed as policy; court judgments; prices and currencies that slump or slide; cases opened by prosecutors. Each
// with cases that must not fire. Sentences written for these tests; hand-built entities. Reference date: none needed
// (no times are read), the documents carry none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const country = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY' });

test('a verdict in what was said is criticism beside the statement; a neutral clause is not', () => {
  const a = eventsOf('Amnesty International said the crackdown was disproportionate.', [org('Amnesty International')]);
  const c = a.evs.find((e) => e.type === 'CRITICIZE');
  assert.ok(c, a.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(a.doc, c!).agent, ['Amnesty International']);
  assert.ok(types('UNHCR added that the deal was illegal under international law.', [org('UNHCR')]).includes('CRITICIZE'));
  assert.ok(types('Lula told reporters the verdict was unjust.', [person('Lula')]).includes('CRITICIZE'));
  // no verdict word, or the word modifies a noun of what was said
  assert.ok(!types('Amnesty International said the crackdown was continuing.', [org('Amnesty International')]).includes('CRITICIZE'));
  assert.ok(!types('Police said illegal mining was common in the area.').includes('CRITICIZE'));
  assert.ok(!types('The minister said the report would be published on Monday.').includes('CRITICIZE'));
});

test('took a dig at, lamented, bemoaned are criticism; a dig in the ground is not', () => {
  assert.ok(types('Bindra took a dig at the federation on Monday.', [person('Bindra')]).includes('CRITICIZE'));
  assert.ok(types('The coach lamented the referee\'s decisions.').includes('CRITICIZE'));
  assert.ok(!types('Archaeologists began a dig at the site.').includes('CRITICIZE'));
});

test('going missing is MISSING; missing a deadline or a flight is not', () => {
  assert.ok(types('The plane went missing over the South China Sea.').includes('MISSING'));
  assert.ok(types('Two hikers have gone missing in the Alps.').includes('MISSING'));
  assert.ok(!types('The company went ahead with missing parts.').includes('MISSING'));
});

test('seeking re-election and contesting a presidency are COMPETE; seeking help or contesting results is not', () => {
  const m = eventsOf('Mahama sought re-election as the party candidate.', [person('Mahama')]);
  const c = m.evs.find((e) => e.type === 'COMPETE');
  assert.ok(c, m.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(m.doc, c!).agent, ['Mahama']);
  assert.ok(types('Akufo-Addo is contesting the presidency for the third time.', [person('Akufo-Addo')]).includes('COMPETE'));
  assert.ok(!types('The villagers sought help from the army.').includes('COMPETE'));
  assert.ok(!types('The opposition is contesting the results in court.').includes('COMPETE'));
});

test('relocated villagers are DISPLACEMENT; a company relocating its headquarters is not', () => {
  assert.ok(types('About 9,000 villagers were relocated to make way for the dam.').includes('DISPLACEMENT'));
  assert.ok(!types('The bank relocated its headquarters to Dublin.').includes('DISPLACEMENT'));
});

test('troops mobilised or stationed are a DEPLOY; mobilising support or a train station is not', () => {
  assert.ok(types('Nigeria mobilised troops along the border.', [country('Nigeria')]).includes('DEPLOY'));
  assert.ok(types('The US stationed warships in the Gulf.', [country('US')]).includes('DEPLOY'));
  assert.ok(!types('The party mobilised voters in the north.').includes('DEPLOY'));
  assert.ok(!types('Commuters waited at the station for troops to pass.').includes('DEPLOY'));
});

test('a curfew or lockdown imposed or declared is a POLICY_DECISION; the word alone in a time phrase is not', () => {
  assert.ok(types('Officials declared a nightly curfew in the city.').includes('POLICY_DECISION'));
  assert.ok(types('A strict lockdown kept residents indoors.').includes('POLICY_DECISION'));
  assert.ok(!types('Shops close an hour before the curfew.').includes('POLICY_DECISION'));
});

test('a court judgment is a RULING; a matter of judgment is not', () => {
  assert.ok(types('The Supreme Court delivered its judgment on Tuesday.', [org('Supreme Court')]).includes('RULING'));
  assert.ok(!types('He said it was a matter of judgment.').includes('RULING'));
});

test('prices that slump or slide are a PRICE_CHANGE, a currency that slid a MARKET_CHANGE; a landslide is not', () => {
  assert.ok(types('Lithium prices slumped in 2023.').includes('PRICE_CHANGE'));
  assert.ok(types('The peso slid to a record low against the dollar.').includes('MARKET_CHANGE'));
  assert.ok(types('The real weakened against the dollar.').includes('MARKET_CHANGE'));
  assert.ok(!types('Rocks slid down the hill onto the road.').includes('PRICE_CHANGE'));
});

test('prosecutors opening a case is INVESTIGATE; opening a shop is not', () => {
  assert.ok(types('Prosecutors opened a criminal case against the company.').includes('INVESTIGATE'));
  assert.ok(!types('The company opened a new store in Lagos.').includes('INVESTIGATE'));
});

test('troops, police, reinforcements, ships and planes sent or rushed are a DEPLOY', () => {
  assert.ok(types('The police sent reinforcements to the mine.').includes('DEPLOY'));
  assert.ok(types('More than 500 police officers were sent to the mine.').includes('DEPLOY'));
  assert.ok(types('China sent ships and aircraft to join the search.', [country('China')]).includes('DEPLOY'));
  assert.ok(types('The army rushed troops to the flooded areas.').includes('DEPLOY'));
  assert.ok(!types('Donors rushed to send money to the victims.').includes('DEPLOY'));
  assert.ok(!types('The police sent a letter to the mine owners.').includes('DEPLOY'));
});

test('"critical of" is criticism; a critical condition is not', () => {
  const a = eventsOf('Amnesty was critical of the decision.', [org('Amnesty')]);
  const c = a.evs.find((e) => e.type === 'CRITICIZE');
  assert.ok(c, a.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(a.doc, c!).agent, ['Amnesty']);
  assert.ok(!types('He was in critical condition in hospital.').includes('CRITICIZE'));
});

test('celebrations, mourning, commemorations, ceremonies and vigils are OTHER events; a ceremonial guard is not', () => {
  const a = eventsOf('Fans celebrated with Chopra in Panipat.', [person('Chopra'), { name: 'Panipat', type: 'GPE', kind: 'CITY' }]);
  assert.ok(a.evs.some((e) => e.type === 'OTHER'), a.evs.map((e) => e.type).join(','));
  assert.ok(types('Residents held a vigil for the victims.').includes('OTHER'));
  assert.ok(types('The nation mourned the miners.').includes('OTHER'));
  assert.ok(!types('A ceremonial guard stood outside.').includes('OTHER'));
});
