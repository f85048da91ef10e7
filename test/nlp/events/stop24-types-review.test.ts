// Review of the stop 24 trigger/type commits (events-triggers.tsv, triggers.ts, index.ts negotiationOf): the reviewer's
// probe sentences, each of which gave the type before the fix, as negatives; beside them positives the narrowed rows must
// keep. Sentences written for these tests (the reviewer's and ours); hand-built entities; no times are read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, makeDoc, type EntSpec } from './helpers.js';
import { extractEvents } from '../../../src/nlp/events/index.js';

const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const place = (name: string): EntSpec => ({ name, type: 'GPE' });
const hasNot = (text: string, type: string, ents: EntSpec[] = []) => {
  const t = types(text, ents);
  assert.ok(!t.includes(type), `${text} -> ${t.join(',')}`);
};
const has = (text: string, type: string, ents: EntSpec[] = []) => {
  const t = types(text, ents);
  assert.ok(t.includes(type), `${text} -> ${t.join(',')}`);
};

test('review 1: the end of an outbreak is no end declared after a preposition of time, nor when the outbreak is no head of the of-phrase', () => {
  hasNot('At the end of the meeting on the outbreak, officials left.', 'END_EMERGENCY');
  hasNot('By the end of the pandemic, he had moved to Paris.', 'END_EMERGENCY', [place('Paris')]);
  hasNot('Until the end of the lockdown, shops stay closed.', 'END_EMERGENCY');
  has('Rwanda on Friday officially declared the end of the Marburg virus disease outbreak.', 'END_EMERGENCY', [place('Rwanda')]);
  has('The health ministry announced the end of the cholera epidemic.', 'END_EMERGENCY');
});

test('review 2: "shares" moves a market only as the subject in the verb\'s clause', () => {
  hasNot('Portugal shares a border with Spain, and tensions rose last year.', 'MARKET_CHANGE', [place('Portugal'), place('Spain')]);
  hasNot('The rain fell as she sold her shares.', 'PRICE_CHANGE');
  hasNot('The rain fell as she sold her shares.', 'MARKET_CHANGE');
  // the shares row gives "climbed" its types, never "rose" after "while" (an oil row may still read "rose" as a price)
  const a = eventsOf('Oil shares climbed while bond yields rose.');
  assert.ok(!a.evs.some((e) => e.type === 'MARKET_CHANGE' && e.trigger.text === 'rose'), a.evs.map((e) => e.type + ':' + e.trigger.text).join(','));
  assert.ok(a.evs.some((e) => e.type === 'MARKET_CHANGE' && e.trigger.text === 'climbed'), a.evs.map((e) => e.type + ':' + e.trigger.text).join(','));
  has('Shares of Acme and Globex fell sharply on Monday.', 'MARKET_CHANGE', [org('Acme'), org('Globex')]);
});

test('review 3: a verdict after "called" stands before any preposition or particle', () => {
  hasNot('The coach called a press conference after a disappointing season.', 'CRITICIZE');
  hasNot('He called it quits after a disappointing season.', 'CRITICIZE');
  hasNot('The club called up three players after a tragic accident.', 'CRITICIZE');
  has('The union called the walkout "extremely disappointing".', 'CRITICIZE');
  has('The minister came under fire from critics on Monday.', 'CRITICIZE');
});

test('review 4: a status declared and an alert level raised are the object\'s head', () => {
  hasNot('He declared his love for the holiday season.', 'POLICY_DECISION');
  hasNot('She declared that the zone was safe.', 'POLICY_DECISION');
  hasNot('He raised concerns about the alert system.', 'POLICY_DECISION');
  hasNot('Residents raised the alert after seeing smoke.', 'POLICY_DECISION');
  hasNot('The alert was lowered by the app after an update.', 'POLICY_DECISION');
  has('The government declared martial law on Tuesday.', 'POLICY_DECISION');
  has('The prime minister declared a state of natural disaster in three provinces.', 'POLICY_DECISION');
  has('The president declared three days of national mourning.', 'POLICY_DECISION');
  has('The alert level was raised to 4 on Sunday.', 'POLICY_DECISION');
});

test('review 5: a win by margin needs "by" before the runs or wickets', () => {
  hasNot('He beat the man who runs the shop.', 'WIN');
  hasNot('He beat the man who runs the shop.', 'LOSS');
  has('India beat South Africa by seven runs on Saturday.', 'WIN', [place('India'), place('South Africa')]);
});

test('review 6: a count released is its object; a suspect released after a count is a release', () => {
  const t = types('Police released the suspect after a count of the votes.');
  assert.ok(!t.includes('PUBLISH') && t.includes('RELEASE'), t.join(','));
});

test('review 7: crowds gather with no object and pour as a crowd; showing up and checking in are of people at places', () => {
  hasNot('Thousands gathered information about the plan.', 'OTHER');
  hasNot('Relatives gathered evidence for the court case.', 'OTHER');
  hasNot('Water poured into the streets after the pipe burst.', 'OTHER');
  hasNot('The test showed up a flaw in the design.', 'ARRIVE');
  hasNot('The bruises showed up on his arm the next day.', 'ARRIVE');
  hasNot('He checked in to see whether she was fine.', 'ARRIVE');
  has('Thousands of fans ignored health rules and gathered at the Obelisk.', 'OTHER');
  has('Thousands of people poured into the streets after the final.', 'OTHER');
  has('Police showed up at the house an hour later.', 'ARRIVE');
  has('The singer checked in to rehab on Friday.', 'ARRIVE');
});

test('review 8: certified free of a disease; declared over with the outbreak as the object', () => {
  hasNot('The airline was certified free to fly after the inspection.', 'END_EMERGENCY');
  hasNot('He was certified free of cancer after the outbreak of the disease.', 'END_EMERGENCY');
  hasNot('He declared the meeting over before the outbreak was discussed.', 'END_EMERGENCY');
  has('Nigeria has been certified free of wild poliovirus.', 'END_EMERGENCY', [place('Nigeria')]);
  has('The WHO declared the Ebola outbreak over on Tuesday.', 'END_EMERGENCY', [org('WHO')]);
});

test('review 9: a context word before any lower-case noun is a modifier, not the object\'s head', () => {
  hasNot('He cut the power cord with scissors.', 'SUSPEND');
  hasNot('Officials said they cut the power of the regional council.', 'SUSPEND');
  hasNot('The company announced a data breach affecting millions.', 'PUBLISH');
  has('The utility cut power to 10,000 homes on Monday.', 'SUSPEND');
});

test('review 10: talks are a negotiation for a negotiable outcome, or in talks with a named party', () => {
  hasNot('The two sides held talks for the visit of the pope.', 'NEGOTIATE');
  hasNot('Officials held talks for the summit in Paris.', 'NEGOTIATE', [place('Paris')]);
  hasNot('The minister was in talks with his doctor about his health.', 'NEGOTIATE');
  has('The lender held talks with creditors for a bailout.', 'NEGOTIATE');
  has('The country is in talks with the International Monetary Fund.', 'NEGOTIATE', [org('International Monetary Fund')]);
});

test('review 11: a pledge of aid is its object; a call for calm asks nobody for anything', () => {
  hasNot('He pledged support for reforms after the $2 billion fraud scandal.', 'PROVIDE_AID');
  hasNot('The minister pledged millions of jobs in the north.', 'PROVIDE_AID');
  const c = types('The club appealed for calm.');
  assert.ok(c.includes('APPEAL') && !c.includes('DEMAND'), c.join(','));
  has('The EU will speed up payment of the 3 billion euros it pledged last year.', 'PROVIDE_AID', [org('EU')]);
  has('Donors pledged a further $50 million in aid.', 'PROVIDE_AID');
});

test('review 12: talks failing are a breakdown that happened; a pull-out, a card, exports and disrupted lives of their own', () => {
  // the claim stage reads the sentence as negated by "failed to"; the failure itself happened
  const doc = makeDoc('Talks failed to produce a deal.', [], { claims: [{ anchor: 'Talks failed to produce a deal.', polarity: 'NEGATIVE' }] });
  doc.claims[0]!.hedges = ['failed to'];
  const evs = extractEvents(doc);
  const b = evs.find((e) => e.type === 'BREAKDOWN');
  assert.ok(b, evs.map((e) => e.type).join(','));
  // what failed to happen stays negated
  assert.equal(evs.find((e) => e.type === 'AGREEMENT')?.polarity ?? 'NEGATIVE', 'NEGATIVE');
  assert.equal(b!.polarity, 'POSITIVE');
  hasNot('The car pulled out of the driveway near the race track.', 'WITHDRAW');
  hasNot('He hit the red card reader.', 'PENALTY');
  hasNot('The company suspended exports of its own cars.', 'SANCTION');
  hasNot('The war disrupted the lives of millions and their supplies of food.', 'SUSPEND');
  has('China said it would suspend all imports of aquatic products from Japan.', 'SANCTION', [place('China'), place('Japan')]);
  has('The player was sent off in the second half.', 'PENALTY');
  has("Manchester United's Casemiro was sent off in the second half.", 'PENALTY', [org('Manchester United')]);
  // (a guard for the new match-words row of "send off", not a probe)
  hasNot('The letter was sent off on Monday.', 'PENALTY');
});
