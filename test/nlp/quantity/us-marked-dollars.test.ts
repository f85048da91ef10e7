import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../../src/core/types.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { currencyByCountry } from '../../../src/nlp/quantity/currency-country.js';
import { analyze } from '../../../src/analyze.js';

// A report that marks its US dollars apart ("US$314 million") writes its own dollar with the bare sign: the bare "$"
// is then never the US dollar, however often the United States is named. Invented sentences.
const dollars = (text: string, places: Array<[string, number]>): string[] => {
  const q = findQuantities({ text, sentences: [], times: [] });
  currencyByCountry(q, places.map(([iso, n]) => ({ type: 'GPE', iso, mentions: Array.from({ length: n }, () => ({})) }) as unknown as Entity), text);
  return q.map((x) => `${x.text}|${x.unit}`);
};

test('US$ marked apart: the bare "$" is the local dollar, even when the United States is named as often', () => {
  assert.deepEqual(dollars('The submarines will cost $368 billion (about US$245 billion), Canberra said.', [['AU', 3], ['US', 3]]),
    ['$368 billion|AUD', 'about US$245 billion|USD']);
  assert.deepEqual(dollars('The submarines will cost $368 billion (about US$245 billion), Canberra said.', [['US', 4], ['AU', 4], ['GB', 1]]),
    ['$368 billion|AUD', 'about US$245 billion|USD']);
  // but not when the United States is named more (a US report that names the country once: test/nlp/quantity/stop24)
  assert.deepEqual(dollars('The submarines will cost $368 billion (about US$245 billion), Canberra said.', [['AU', 2], ['US', 5]]),
    ['$368 billion|USD', 'about US$245 billion|USD']);
});

test('not without the US$ mark, nor without a dollar country other than the United States, nor against a larger rival', () => {
  // no "US$" anywhere: a tie with the United States keeps the US dollar
  assert.deepEqual(dollars('The submarines will cost $368 billion, Canberra said.', [['AU', 3], ['US', 3]]), ['$368 billion|USD']);
  // "US$" marked, but only the United States and a country of another currency named
  assert.deepEqual(dollars('The deal is worth $5 billion (US$5 billion), officials said.', [['US', 3], ['FR', 2]]),
    ['$5 billion|USD', 'US$5 billion|USD']);
  // another country, not a dollar one, is named most: the bare sign stays undecided (US dollar)
  assert.deepEqual(dollars('The loan is $2 billion (US$1.5 billion).', [['AU', 1], ['US', 4], ['FR', 5]]),
    ['$2 billion|USD', 'US$1.5 billion|USD']);
});

test('the re-coded pair is read as a restatement and checked against the yearly rate (pipeline)', () => {
  const text = 'Australia will buy nuclear submarines from the United States, Australia said. The program will cost $368 billion (about US$245 billion) over three decades, the United States and Australia said.';
  const a = analyze({ text }, { publishedAt: '2023-03-14' });
  const money = a.quantities.filter((q) => /^[A-Z]{3}$/.test(q.unit)).map((q) => `${q.text}|${q.unit}|${q.equivalentOf !== undefined}`);
  assert.deepEqual(money, ['$368 billion|AUD|true', 'about US$245 billion|USD|true']);
  assert.deepEqual(a.checks.filter((c) => c.kind === 'UNIT_CONVERSION').map((c) => c.status), ['CONSISTENT']);
  // a restatement far from the yearly rate is not passed
  const far = analyze({ text: text.replace('US$245 billion', 'US$145 billion') }, { publishedAt: '2023-03-14' });
  assert.notDeepEqual(far.checks.filter((c) => c.kind === 'UNIT_CONVERSION').map((c) => c.status), ['CONSISTENT']);
  // the same two figures with no dollar country but the United States: no pair, no conversion check
  const none = analyze({ text: 'The United States said the program will cost $368 billion (about US$245 billion) over three decades.' }, { publishedAt: '2023-03-14' });
  assert.deepEqual(none.checks.filter((c) => c.kind === 'UNIT_CONVERSION'), []);
});
