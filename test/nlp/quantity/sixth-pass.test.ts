import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// Sixth pass on the quantity stage: heights in feet and inches, a minus sign right after a bracket,
// "lb" as weight, Swiss francs written "SFr", oil output per day ("bpd") and fuel economy. Sentences written for these tests.

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => ({ text: q.text, value: q.value, unit: q.unit }));
const conversions = (text: string) => {
  const quantities = findQuantities({ text, sentences: [], times: [] });
  return runChecks({ text, sentences: [], quantities, times: [], entities: [] }).filter((c) => c.kind === 'UNIT_CONVERSION').map((c) => c.status);
};

test('feet and inches are one height, in inches, and its metric restatement checks against the whole', () => {
  assert.deepEqual(find('The 6ft 2in (1.88m) striker signed on Monday.'), [
    { text: '6ft 2in', value: 74, unit: 'in' }, { text: '1.88m', value: 1.88, unit: 'm' }]);
  assert.deepEqual(conversions('The 6ft 2in (1.88m) striker signed on Monday.'), ['CONSISTENT']);
  assert.deepEqual(conversions('The 6ft 2in (1.68m) striker signed on Monday.'), ['INCONSISTENT']);
  assert.deepEqual(find('She is five feet nine inches tall.'), [{ text: 'five feet nine inches', value: 69, unit: 'in' }]);
  // not a height: two separate measures, and inches of 12 or more are no remainder
  assert.deepEqual(find('The wall is 6ft high and the pipe 2in wide.').map((q) => q.unit), ['ft', 'in']);
  assert.deepEqual(find('Snow fell to 3ft 14in in places.').map((q) => q.unit), ['ft', 'in']);
});

test('a minus sign after an opening bracket makes the figure negative; a hyphen between figures does not', () => {
  assert.deepEqual(find('It was -40C (-40F) at the station.'), [{ text: '-40C', value: -40, unit: '°C' }, { text: '-40F', value: -40, unit: '°F' }]);
  assert.deepEqual(conversions('It was -40C (-40F) at the station.'), ['CONSISTENT']);
  assert.deepEqual(conversions('Overnight lows of -5C (23F) are forecast.'), ['CONSISTENT']);
  assert.deepEqual(find('Lows of 10-15C are expected.').map((q) => q.value), [10, 15]);
});

test('"lb" is always weight; "pounds" after a scaled figure is money unless it restates a mass', () => {
  assert.deepEqual(find('The rocket weighs 2.9 million kg (6.4 million lb).').map((q) => q.unit), ['kg', 'lb']);
  assert.deepEqual(find('The rocket weighs 2.9 million kg (6.4 million pounds).').map((q) => q.unit), ['kg', 'lb']);
  assert.deepEqual(conversions('The rocket weighs 2.9 million kg (6.4 million lb).'), ['CONSISTENT']);
  assert.deepEqual(find('The club paid 40 million pounds for him.').map((q) => q.unit), ['GBP']);
});

test('"SFr" is the Swiss franc', () => {
  assert.deepEqual(find('The fine was SFr 2.5 million.'), [{ text: 'SFr 2.5 million', value: 2.5e6, unit: 'CHF' }]);
  assert.deepEqual(conversions('The fine was SFr 2.5 million ($2.8 million).'), ['UNVERIFIABLE']);
});

test('oil output per day and fuel economy are units of their own; imperial gallons convert in British copy', () => {
  assert.deepEqual(find('Output rose to 1.2 million bpd in March.'), [{ text: '1.2 million bpd', value: 1.2e6, unit: 'bbl/d' }]);
  assert.deepEqual(find('The field pumps 300,000 barrels a day.'), [{ text: '300,000 barrels a day', value: 3e5, unit: 'bbl/d' }]);
  // a price per barrel stays money, and barrels alone stay a volume
  assert.deepEqual(find('Brent traded at $85 a barrel.').map((q) => q.unit), ['USD']);
  assert.deepEqual(find('The tanker holds two million barrels.').map((q) => q.unit), ['bbl']);
  assert.deepEqual(conversions('The car does 50 miles per gallon (17.7 km per litre).'), ['CONSISTENT']);
  assert.deepEqual(conversions('The car does 50 miles per gallon (21.3 km per litre).'), ['CONSISTENT']);
  assert.deepEqual(conversions('The car does 50 miles per gallon (12 km per litre).'), ['INCONSISTENT']);
});

test('a bare number coordinated with a measured one shares its unit; a range or a year does not', () => {
  assert.deepEqual(find('They posted gains of eight and fourteen percent, respectively.'), [
    { text: 'eight', value: 8, unit: '%' }, { text: 'fourteen percent', value: 14, unit: '%' }]);
  assert.deepEqual(find('Britain and Spain will see 1,600 and 400 jobs cut.').map((q) => [q.value, q.unit]), [[1600, 'job'], [400, 'job']]);
  assert.deepEqual(findQuantities({ text: 'Between 10 and 15 people were hurt.', sentences: [], times: [] }).map((q) => q.bound), ['AT_LEAST', 'AT_MOST']);
  assert.deepEqual(find('Figures for 2008 and 2010 were revised.'), []);
  assert.deepEqual(find('Votes were 52 and 48 in the two rounds.').map((q) => q.text), ['two rounds']);
});

test('items of a breakdown by place count what the first item counted; "of the city\'s 300 schools" names the whole', () => {
  assert.deepEqual(find('The firm will cut 4,300 jobs in France, 3,700 in Germany and 400 in Spain.').map((q) => [q.value, q.unit]), [
    [4300, 'job'], [3700, 'job'], [400, 'job']]);
  // no count before: a bare number before a place stays unreported
  assert.deepEqual(find('Prices rose, 3,700 in Germany alone.'), []);
  assert.deepEqual(find('The mayor said 42 of the city\'s 300 schools had closed.').map((q) => [q.value, q.unit]), [[42, 'school'], [300, 'school']]);
});

test('a spaced "in" is the inch only before a metric restatement in brackets', () => {
  assert.deepEqual(find('The laptop is only 0.68 in (1.73 cm) thick.').map((q) => q.unit), ['in', 'cm']);
  assert.deepEqual(conversions('The laptop is only 0.68 in (1.73 cm) thick.'), ['CONSISTENT']);
  assert.deepEqual(find('He won 3 in (the) end.'), []);
  assert.deepEqual(find('Prices rose 12 in (2019) terms.').map((q) => q.unit), []);
});
