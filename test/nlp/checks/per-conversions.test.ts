// A flow in cubic feet per second converts to cubic metres per second; a price over one denominator ("per night")
// restated in another currency is a conversion, but not one over another denominator ("a litre … a gallon").
// Sentences written for these tests, through the real segmenter, time and quantity stages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { convert } from '../../../src/nlp/quantity/units.js';
import { analyseForChecks } from '../../helpers/checks.js';

const conversions = (text: string) => runChecks(analyseForChecks(text)).filter((c) => c.kind === 'UNIT_CONVERSION').map((c) => c.status);

test('cubic feet per second against cubic metres per second', () => {
  assert.deepEqual(conversions('The river flowed at 5,000 cubic metres per second (176,000 cubic feet per second).'), ['CONSISTENT']);
  assert.deepEqual(conversions('The river flowed at 5,000 cubic metres per second (276,000 cubic feet per second).'), ['INCONSISTENT']);
});

test('property: a flow converts to cubic feet per second and back', () => {
  fc.assert(fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), (v) => {
    const there = convert(v, 'm3/s', 'ft3/s');
    const back = there === undefined ? undefined : convert(there, 'ft3/s', 'm3/s');
    return back !== undefined && Math.abs(back - v) <= 1e-9 * v;
  }), { numRuns: 100 });
});

test('money over one denominator is a restatement; over two it is left alone', () => {
  assert.deepEqual(conversions('In 2024 the hotel charged 50 euros per night ($55).'), ['CONSISTENT']);
  assert.deepEqual(conversions('In 2024 the hotel charged 50 euros per night ($55 per night).'), ['CONSISTENT']);
  // over two units of one dimension the checks convert the denominators too (1.80 € a litre = 6.81 € a gallon ≈ $7.37)
  assert.deepEqual(conversions('In 2024 fuel cost 1.80 euros a litre (about $7.40 a gallon).'), ['CONSISTENT']);
  // over a unit and a head, no conversion: left alone
  assert.deepEqual(conversions('In 2024 fuel cost 1.80 euros a litre (about $70 per household).'), []);
});
