import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../../src/core/types.js';
import { currencyByCountry } from '../../../src/nlp/quantity/currency-country.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { indexBeforeBound, wordBeforeBound } from '../../../src/nlp/quantity/bounds.js';
import { tokenize } from '../../../src/nlp/quantity/tokens.js';
import { readWordSet } from '../../../src/core/word-lists.js';
import { bestOf, describeBound } from '../../helpers/bound.js';

// Code review of the stop-24 quantity commits: each finding's probes, written for these tests.

const qs = (text: string): string[] =>
  findQuantities({ text, sentences: [], times: [] }).map((q) => `${q.text}|${q.value}|${q.unit}${q.bound ? `|${q.bound}` : ''}`);
const units = (text: string): string[] => findQuantities({ text, sentences: [], times: [] }).map((q) => `${q.text}|${q.unit}`);

test('finding 1: an index level needs the index at the head of the figure\'s clause', () => {
  assert.deepEqual(units('The Nasdaq gained 1% and Apple rose to 212.'), ['1%|%']);
  assert.ok(!units('The cyclone killed people; the Nasdaq was closed and the death toll reached 150.').includes('150|point'));
  assert.deepEqual(units('The Nasdaq slipped, and the student posted a score of 140 in the test.'), []);
  assert.deepEqual(units('The team\'s benchmark is to reach 500 and then 600 by June.'), []);
  assert.deepEqual(units('The human development index ranks Norway at 1 and Niger at 189.'), []);
  assert.deepEqual(units('The Nasdaq closed as the death toll reached 150.').filter((q) => q.endsWith('point')), []);
  // still levels: the index heads the clause, an index named beside "index", "the index" going on
  assert.deepEqual(units('The S&P 500 closed at 4,700.'), ['4,700|point']);
  assert.deepEqual(units('The Nikkei rose 1%, and the index closed at 33,000.'), ['1%|%', '33,000|point']);
  assert.deepEqual(units('The Dow Jones Industrial Average rose to 38,000.'), ['38,000|point']);
  assert.deepEqual(units('The benchmark index rose 836.52 points, or 2.19%, to finish at 39,098.68.'), ['836.52 points|point', '2.19%|%', '39,098.68|point']);
  assert.deepEqual(units('The Sensex ended at 72,079, while the NSE Nifty 50 lost 1,379 points to settle at 21,884.'), ['72,079|point', '1,379 points|point', '21,884|point']);
});

test('finding 2: a cricket score needs a strong cue and no vote in the sentence', () => {
  assert.ok(!qs('The debate went on over two days. The jury voted 9 for 3.').some((q) => q.endsWith('|run')));
  assert.ok(!qs('The firm runs 40 stores. Shareholders voted 300 for 8.').some((q) => q.endsWith('|run')));
  assert.ok(!qs('The motion passed 176 for 5 and the rest abstained over the issue.').some((q) => q.endsWith('|run')));
  assert.ok(!qs('The firm runs 40 stores. The board split 300 for 8.').some((q) => q.endsWith('|run')));
  // still scores: "over" as a noun, a cricket word in the sentence before
  assert.deepEqual(qs('India slipped to 34 for three in the fifth over.'), ['34 for three|34|run']);
  assert.deepEqual(qs('The innings was slow. India were 120 for 4 at lunch.'), ['120 for 4|120|run']);
  assert.deepEqual(qs('Defending 176 for seven, India looked beaten after 15 overs.').slice(0, 1), ['176 for seven|176|run']);
});

test('finding 7: a long sentence of index-like or score-like figures takes linear time', () => {
  for (const text of [
    `The Nasdaq ${Array.from({ length: 16000 }, (_, i) => `rose to ${100 + i} and`).join(' ')} stopped.`,
    `The innings ${Array.from({ length: 16000 }, (_, i) => `voted ${100 + (i % 800)} for 3,`).join(' ')} over.`,
  ]) {
    const b = bestOf(2, () => findQuantities({ text, sentences: [], times: [] }));
    assert.ok(b.ms < 1000, describeBound(b));
  }
});

test('finding 3: a spaced C or F before a word that goes on is no degree sign; an earlier temperature carries only near', () => {
  assert.deepEqual(units('The heatwave hit 45 C. The road turns 90 degrees at the junction.'), ['45 C|°C', '90 degrees|degree']);
  assert.ok(!units('It was 6 degrees Fahrenheit (minus 10 Celsius). The Nikkei rose 3 degrees.').includes('3 degrees|°F'));
  assert.deepEqual(units('Temperatures hit 45 C. The Fed raised rates to 5 C.'), ['45 C|°C']);
  assert.ok(!units('Temperatures hit 45 C, and the index fell 30 F points.').some((q) => q.startsWith('30') && q.endsWith('°F')));
  assert.deepEqual(units('Temperatures hit 45 C. Section 12 C of the act applies to 30 F of the cases.'), ['45 C|°C']);
  assert.deepEqual(units('It was hot: 45 C in Delhi, and the road turned 90 degrees.'), ['45 C|°C', '90 degrees|degree']);
  // still temperatures: a heat word, a record after a temperature, a reading going on
  assert.deepEqual(units('Temperatures rose 3 degrees.'), ['3 degrees|°C']);
  assert.deepEqual(units('Temperatures hit 38 C. The old record, 36 C, stood for years.'), ['38 C|°C', '36 C|°C']);
  assert.deepEqual(units('The heat record fell: 46.6 C on Sunday and 47.9 C on Monday.'), ['46.6 C|°C', '47.9 C|°C']);
});

test('finding 4: a metal after a number stands for medals only with a medal cue near and no plural head after it', () => {
  for (const text of ['He has 3 golds in his pocket.', 'The jeweller sold 3 gold to a buyer.', 'The thieves stole 40 kg of gold and 12 silver.',
    'The car comes in two silver and three black finishes.', 'The team won two silver and three black finishes.', 'The jeweller sold one gold to a buyer.']) {
    assert.ok(!units(text).some((q) => q.endsWith('|medal')), text);
  }
  assert.deepEqual(units('The car comes in two silver and three black finishes.'), ['three black finishes|finish']);
  // still medals: a tally, a win, the Games in the sentence before
  assert.deepEqual(units('The medal lifted India\'s tally to seven, one gold, two silver and four bronze.'), ['one gold|medal', 'two silver|medal', 'four bronze|medal']);
  assert.deepEqual(units('She won two gold in the relay.'), ['two gold|medal']);
  assert.deepEqual(units('The Games ended on Sunday. Kenya took 4 gold.'), ['4 gold|medal']);
});

test('finding 5: sources, contacts and substitutes count people only with a cue of people, never before of/for and a thing', () => {
  assert.deepEqual(units('The company has two sources of revenue.'), ['two sources|source']);
  assert.deepEqual(units('The chip has 12 contacts on each side.'), ['12 contacts|contact']);
  assert.deepEqual(units('Researchers tested three substitutes for sugar.'), ['three substitutes|substitute']);
  assert.deepEqual(units('The bakery uses 3 sugar substitutes.'), ['3 sugar substitutes|substitute']);
  assert.deepEqual(units('Two sources of revenue dried up, the company said.'), ['Two sources|source']);
  // still people: a source speaking, contacts traced, a substitute who plays
  assert.deepEqual(units('Two senior sources told Reuters.'), ['Two senior sources|person']);
  assert.deepEqual(units('More than 6,000 contacts were followed up, the ministry said.'), ['More than 6,000 contacts|person']);
  assert.deepEqual(units('Two substitutes who earn their living abroad scored.'), ['Two substitutes|person']);
});

test('finding 6: a bare "$" is no local dollar when the report writes the local sign, nor with the United States as subject', () => {
  const dollars = (text: string, places: Array<[string, number]>): string[] => {
    const q = findQuantities({ text, sentences: [], times: [] });
    currencyByCountry(q, places.map(([iso, n]) => ({ type: 'GPE', iso, mentions: Array.from({ length: n }, () => ({})) }) as unknown as Entity), text);
    return q.map((x) => `${x.text}|${x.unit}`);
  };
  assert.deepEqual(dollars('Canadian officials said Ottawa pledged C$500 million. The United States gave $300 million to Ukraine. Its US$ reserves grew by US$2 billion.', [['CA', 3], ['US', 1]]),
    ['C$500 million|CAD', '$300 million|USD', 'US$2 billion|USD']);
  assert.deepEqual(dollars('Australia pledged $100 million (US$65 million) to the fund, Canberra said. The United States gave $300 million.', [['AU', 3], ['US', 1]]),
    ['$100 million|AUD', 'US$65 million|USD', '$300 million|USD']);
  // still local: the report marks its US dollars apart and names the local country first
  assert.deepEqual(dollars('Organisers raised more than $10 million in Ottawa. The bridge carries $400 million (US$314 million) a day.', [['CA', 3], ['US', 1]]),
    ['more than $10 million|CAD', '$400 million|CAD', 'US$314 million|USD']);
});

test('finding 8: "a range of" sets limits only for a policy or target range', () => {
  assert.deepEqual(qs('The missile has a range of 300 to 500 km.'), ['300|300|km|MIN', '500 km|500|km|MAX']);
  assert.deepEqual(qs('Prices in a range of $5-$10 were seen.'), ['$5|5|USD|MIN', '$10|10|USD|MAX']);
  // still limits: a rate set to a range
  assert.deepEqual(qs('The Fed raised its rate to a range of between 5.25 per cent and 5.5 per cent.'),
    ['between 5.25 per cent|5.25|%|AT_LEAST', '5.5 per cent|5.5|%|AT_MOST']);
  assert.deepEqual(qs('The central bank kept its target in a range of 2 to 3 percent.').map((q) => q.split('|').pop()), ['AT_LEAST', 'AT_MOST']);
});

test('finding 9: only a listed adverb stands between a figure referring back and its verb', () => {
  assert.deepEqual(qs('The firm cut 300 jobs, and 22 supply contracted.'), ['300 jobs|300|job']);
  assert.deepEqual(qs('Some 40 countries signed the pact, and 22 formally applied.'), ['Some 40 countries|40|country|APPROX', '22|22|country']);
});

test('findings 10 and 11: one reader of one-word lists, one word-before-a-bound helper', () => {
  const ends = readWordSet('quantity-tally-item-ends.txt');
  assert.ok(ends.has(',') && ends.has('and') && !ends.has('#'));
  assert.ok(readWordSet('quantity-stock-indices.txt').has('s&p') && !readWordSet('quantity-stock-indices.txt').has('index'));
  assert.throws(() => readWordSet('no-such-list.txt'), /no such word list/);
  const text = 'up from nearly 30 and 12';
  const toks = tokenize(text, [[0, text.length]]);
  const at30 = toks.findIndex((t) => t.text === '30'), at12 = toks.findIndex((t) => t.text === '12');
  assert.equal(wordBeforeBound(toks, at30)?.text, 'from');
  assert.equal(wordBeforeBound(toks, at12)?.text, 'and');
  assert.equal(indexBeforeBound(toks, 0), -1);
});
