import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listCountChecks, listItems, ordinalListChecks } from '../../../src/nlp/checks/listCounts.js';

// A small count followed by the list of what it counts: agreement only. Invented sentences.
const listed = (t: string) => listCountChecks(t, [[0, t.length]]).map((c) => `${c.status} ${c.detail}`);

test('a count and the list that names its members', () => {
  assert.equal(listed('The deal was cleared by a three-member panel: Jane Doe, John Roe and Ann Poe.').length, 1);
  assert.match(listed('The law targets four crimes – theft, fraud, arson and bribery of officials – and more.')[0]!, /^CONSISTENT four crimes: 4 listed \(theft; fraud; arson; bribery of officials\) = 4$/);
  assert.equal(listed('Five lenders were summoned: the Bank of Alba (BOA), the Savings and Loans Board (SLB), Crest, Dune, and Ember.').length, 1);
  assert.equal(listed('Two teams had reached the final before – Ghana in 1990 and Peru in 2002 – but none had won.').length, 1);
  assert.equal(listed('The three countries (France, Germany and Italy) signed.').length, 1);
  assert.equal(listed('Six people were hurt.').length, 0);
});

test('a list that does not match its count, is open, or names only some: nothing', () => {
  // four named for three: the reading may be wrong (an item with a comma), so no mismatch is reported
  assert.deepEqual(listed('Three people were hurt: a nurse, her son, a guard and a driver.'), []);
  // no closing "and"/"or": an apposition, not a list
  assert.deepEqual(listed('Three people were hurt: a nurse, her son, a guard.'), []);
  // "including" names some members only
  assert.deepEqual(listed('Three people were hurt, including a nurse, her son and a guard.'), []);
  // an item with a verb is a clause, not a name
  assert.deepEqual(listed('Two officials spoke: the mayor said he was sorry and the chief resigned.'), []);
  // a count inside a larger figure, or too large to name
  assert.deepEqual(listed('It cost $3 million: rent, wages and fuel.'), []);
  assert.deepEqual(listed('Some 40 towns were hit: Alba, Brea and Cora.'), []);
});

test('one rule for a count and its list, read from the text or from the quantities', async () => {
  const { listedCountCheck } = await import('../../../src/nlp/checks/listCounts.js');
  const t = 'The deal was cleared by a three-member panel: Jane Doe, John Roe and Ann Poe.';
  assert.deepEqual(listCountChecks(t, [[0, t.length]]).map((c) => (c as { rule?: string }).rule), ['checks:count:list']);
  const equal = listedCountCheck('three countries', 3, ['France', 'Germany', 'Italy'], [0]);
  assert.equal(equal.status, 'CONSISTENT');
  assert.equal((equal as { rule?: string }).rule, 'checks:count:list');
  assert.equal(listedCountCheck('three countries', 3, ['France', 'Germany'], [0]).status, 'INCONSISTENT');
  // a subset ("including …") may name fewer than the count, never more
  assert.equal(listedCountCheck('three countries', 3, ['France', 'Germany'], [0], true).status, 'CONSISTENT');
  assert.equal(listedCountCheck('two countries', 2, ['France', 'Germany', 'Italy'], [0], true).status, 'INCONSISTENT');
});

test('listItems: commas and the closing conjunction', () => {
  assert.deepEqual(listItems('A, B and C'), ['A', 'B', 'C']);
  assert.deepEqual(listItems('A, B, and C'), ['A', 'B', 'C']);
  assert.deepEqual(listItems('A and B'), ['A', 'B']);
  assert.deepEqual(listItems('A, the Savings and Loans Board, C and D'), ['A', 'the Savings and Loans Board', 'C', 'D']);
  assert.equal(listItems('A, B, C'), undefined);
});

const ordinal = (t: string) => ordinalListChecks(t, [[0, t.length]]).map((c) => c.status);

test('an ordinal one more than the names listed before it', () => {
  assert.deepEqual(ordinal('With the landing, Peru joins Chile, the former Gran Colombia and Bolivia as only the fourth nation to do so.'), ['CONSISTENT']);
  assert.deepEqual(ordinal('The probe made Oman the fifth to reach the planet, after the US, Japan, the European Space Agency (ESA) and India.'), ['CONSISTENT']);
  assert.deepEqual(ordinal('She was the third woman to win, after Ann Lee and Bea Moy.'), ['CONSISTENT']);
});

test('an ordinal whose list does not fit, or is no list of those before it: nothing', () => {
  // four names before a "fourth": the reading may be wrong, no mismatch is told
  assert.deepEqual(ordinal('Peru joins Chile, Brazil, Bolivia and Ecuador as the fourth nation to do so.'), []);
  assert.deepEqual(ordinal('It was the second goal after a corner, after a foul and a header.'), []);
  // "after" a single time, no list
  assert.deepEqual(ordinal('He scored the second goal after 20 minutes.'), []);
  assert.deepEqual(ordinal('She finished fourth, after a fall.'), []);
});

test('a list of places or times, a clause ending before the colon, or "and" without commas: nothing', () => {
  // items starting with a preposition list where, not who
  assert.deepEqual(listed('Three people were hurt in attacks on Monday: in Paris, Lyon and Nice.'), []);
  // a verb and its phrase before the colon: the list is of the phrase's attacks
  assert.deepEqual(listed('Three people were hurt in attacks: Paris, Lyon and Nice.'), []);
  // "and … and" with no comma: the items are not told
  assert.deepEqual(listed('Officials said two problems remained: cost and time and the weather.'), []);
});

test('an ordinal that is a date or a joining of another kind: nothing', () => {
  const ordinal = (t: string) => ordinalListChecks(t, [[0, t.length]]).map((c) => c.status);
  assert.deepEqual(ordinal('The fourth of July parade came after speeches by the mayor, the governor and the senator.'), []);
  assert.deepEqual(ordinal('He joined Apple, Google and Microsoft as the fourth employee of the startup.'), []);
  // an ordinal far from its "after"
  assert.deepEqual(ordinal('It was the fourth time the club had changed its coach in a single season of football, after Leeds, York and Hull.'), []);
  // the kind named, or "the Nth … since": read
  assert.deepEqual(ordinal('India joins the United States, the former Soviet Union and China as only the fourth nation to land there.'), ['CONSISTENT']);
  assert.deepEqual(ordinal('It is only the fifth such declaration since the rules were adopted, after the flu of 2009, polio in 2014, Ebola and Zika.'), ['CONSISTENT']);
});


test('month names come from the time lexicon', async () => {
  const { MONTH_NAME_RE } = await import('../../../src/nlp/checks/datedTime.js');
  assert.ok(MONTH_NAME_RE.test('on Sept 4') && MONTH_NAME_RE.test('25 March'));
  assert.ok(!MONTH_NAME_RE.test('the marches') && !MONTH_NAME_RE.test('a mayday call'));
});

test('hedges come from data/lexicon/checks-approx-modifiers.tsv, each by its kind', async () => {
  const { LIMIT_SRC, APPROX_SRC, LOOSE_SRC, NEAR_SRC } = await import('../../../src/nlp/checks/approx.js');
  const whole = (src: string) => new RegExp(`^(?:${src})$`, 'i');
  assert.ok(whole(APPROX_SRC).test('roughly') && whole(APPROX_SRC).test('about'));
  // "close to 50" is a little under: a one-way bound, not an either-way hedge
  assert.ok(!whole(APPROX_SRC).test('close to') && whole(LOOSE_SRC).test('close  to') && whole(LOOSE_SRC).test('up to'));
  assert.ok(whole(LIMIT_SRC).test('only') && whole(LIMIT_SRC).test('barely') && !whole(LIMIT_SRC).test('about'));
  // the near bounds: either way plus "just over/under", not "more than"
  assert.ok(whole(NEAR_SRC).test('just under') && whole(NEAR_SRC).test('nearly') && !whole(NEAR_SRC).test('more than'));
});

test('nouns that count nothing come from data: no sum of lengths, spans or shares', async () => {
  const { groupSumChecks } = await import('../../../src/nlp/checks/groupSums.js');
  const g = (t: string) => groupSumChecks(t, [[0, t.length]]).map((c) => c.status);
  // counts of people joined by "and", taken together after
  assert.deepEqual(g('The storm injured four hikers and three guides; the seven were flown out on Sunday.'), ['CONSISTENT']);
  // lengths (any spelling) and spans of time are no counts: nothing to add up
  assert.deepEqual(g('Crews cleared three kilometres and two kilometres; the five were reopened.'), []);
  assert.deepEqual(g('Crews cleared three kilometers and two kilometers; the five were reopened.'), []);
  assert.deepEqual(g('The feud ran three decades and two years; the five were long remembered.'), []);
});
