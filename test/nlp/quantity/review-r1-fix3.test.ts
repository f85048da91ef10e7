// Code review r1 findings 2, 3, 5, 10 and 11 (quantities): a three-place decimal before a rate is no thousands grouping,
// a released sum is no head count, the "others" of a new person verb are no more of the things counted before, a yen
// rate keeps its decimals, and the decimal-comma abbreviations follow the scale abbreviations. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { SCALE_ABBREV, SCALE_ABBREV_NEED_MONEY } from '../../../src/nlp/quantity/lexicon.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('review finding 2: a single period group before a rate keeps its decimals in English copy', () => {
  assert.deepEqual(find('The incidence rose to 12.345 cases per 100,000 people.')[0], ['12.345 cases', 12.345, 'case']);
  assert.deepEqual(find('Haaland is averaging 1.125 goals per game this season.'), [['1.125 goals', 1.125, 'goal']]);
  assert.deepEqual(find('The striker scored 1.125 goals a game last season.'), [['1.125 goals', 1.125, 'goal']]);
  // a plain count still groups thousands, and so does a rate in a text that writes figures the continental way
  assert.deepEqual(find('At least 3.500 people were killed in the quake.'), [['At least 3.500 people', 3500, 'person']]);
  assert.deepEqual(find('The company employs 12.000 workers.'), [['12.000 workers', 12000, 'person']]);
  assert.deepEqual(find('About 3.500 people each received a tent.').map((q) => q[1]), [3500]);
  assert.deepEqual(find('The fund paid €1.250.000 in aid. Some 3.500 people per district received it.').map((q) => q[1]), [1250000, 3500]);
  assert.deepEqual(find('Losses reached €3,4 billion. The disease hit 12.345 cases per district.').map((q) => q[1]), [3.4e9, 12345]);
  assert.deepEqual(find('The government approved Rp 1.500 triliun for 3.500 people.').map((q) => q[1]), [1.5e15, 3500]);
});

test('review finding 3: a sum freed up is no head count; captives freed are', () => {
  const freedUp = find('The central bank freed up 40 billion in reserves.');
  assert.ok(!freedUp.some((q) => q[2] === 'person'), JSON.stringify(freedUp));
  const freedSum = find('The central bank freed 40 billion in reserves.');
  assert.ok(!freedSum.some((q) => q[2] === 'person'), JSON.stringify(freedSum));
  const freedFunds = find('The council freed up 4,000 for the appeal.');
  assert.ok(!freedFunds.some((q) => q[2] === 'person'), JSON.stringify(freedFunds));
  assert.deepEqual(find('The gunmen freed 27 on Friday.'), [['27', 27, 'person']]);
  assert.deepEqual(find('Officials said 344 had been freed.'), [['344', 344, 'person']]);
  // "up to" is still a bound between the verb and the figure
  assert.deepEqual(find('The plant employs up to 3,000.').map((q) => [q[1], q[2]]), [[3000, 'person']]);
  // a workforce in the millions is still people
  assert.deepEqual(find('Walmart employs 2.1 million.').map((q) => [q[1], q[2]]), [[2.1e6, 'person']]);
});

test('review finding 5: the "others" of a new verb only people undergo are no more of the things counted before', () => {
  const q = find('Police seized 40 rifles and arrested 12 others.');
  assert.deepEqual(q[0], ['40 rifles', 40, 'rifle']);
  assert.ok(!q.some((x) => x[0] === '12' && x[2] === 'rifle'), JSON.stringify(q));
  // the rest of a count stays a count of the same thing
  assert.deepEqual(find('Six workers were killed and four others remain missing.').map((x) => [x[1], x[2]]), [[6, 'person'], [4, 'person']]);
  assert.deepEqual(find('The storm destroyed 40 homes and damaged 12 others near the coast.').map((x) => [x[1], x[2]]), [[40, 'home'], [12, 'home']]);
  assert.deepEqual(find('The strike killed three soldiers and wounded five others.').map((x) => [x[1], x[2]]), [[3, 'person'], [5, 'person']]);
  assert.deepEqual(find('Troops seized 40 rifles and 12 others.').map((x) => [x[1], x[2]]), [[40, 'rifle'], [12, 'rifle']]);
});

test('review finding 10: a yen figure after its digits keeps three decimals; dong and rupiah still group thousands', () => {
  assert.deepEqual(find('The dollar rose to 151.350 yen.'), [['151.350 yen', 151.35, 'JPY']]);
  assert.deepEqual(find('A bowl of pho costs 45.000 dong.'), [['45.000 dong', 45000, 'VND']]);
  assert.deepEqual(find('Each family received Rp 500.000 in cash.'), [['Rp 500.000', 500000, 'IDR']]);
});

test('review finding 11: every scale abbreviation that needs no currency reads a decimal comma before it', () => {
  for (const abbr of Object.keys(SCALE_ABBREV).filter((k) => !SCALE_ABBREV_NEED_MONEY.includes(k))) {
    const q = find(`Losses reached €3,4${abbr} last year.`);
    assert.deepEqual(q, [[`€3,4${abbr}`, 3.4 * SCALE_ABBREV[abbr]!, 'EUR']], abbr);
  }
});
