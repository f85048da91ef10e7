import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { analyseForChecks as analyse } from '../../helpers/checks.js';

// A figure ending in zeros may be rounded to its last non-zero digit, but not so far that it is off the conversion by
// more than 12% of itself (plus the approximation slack): "2,000 km (1,000 miles)" is 1,243 miles. Invented sentences.
const conv = (text: string) => runChecks(analyse(text, '2025-03-14')).filter((c) => c.kind === 'UNIT_CONVERSION').map((c) => c.status);

test('one significant figure no longer covers a conversion off by a fifth', () => {
  assert.deepEqual(conv('The city is 2,000 km (1,000 miles) from the border.'), ['INCONSISTENT']);
  assert.deepEqual(conv('The town is 20 km (10 miles) from the border.'), ['INCONSISTENT']);
  assert.deepEqual(conv('Temperatures fell to 6 degrees Fahrenheit (minus 10 Celsius) on Monday.'), ['INCONSISTENT']);
});

test('ordinary rounding to zeros still agrees', () => {
  assert.deepEqual(conv('The crater is 300 miles (500 km) wide.'), ['CONSISTENT']);
  assert.deepEqual(conv('The storm was 100 km (60 miles) off the coast.'), ['CONSISTENT']);
  assert.deepEqual(conv('The fire climbed 1,460 feet (about 500 meters) up the slope.'), ['CONSISTENT']);
  assert.deepEqual(conv('Some 81,000 hectares (200,000 acres) burned.'), ['CONSISTENT']);
  assert.deepEqual(conv('The road is 1,000 miles (1,600 km) long.'), ['CONSISTENT']);
});
