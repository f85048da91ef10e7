import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { analyseForChecks as analyse } from '../../helpers/checks.js';

// A physical figure restated after what it measures, in up to four words ("of heavy rain a day, or …", "of pine forest
// (…)"): linked and converted. Not across "and"/"to" (two figures of two things). Invented sentences.
const conv = (text: string) => runChecks(analyse(text, '2025-03-14')).filter((c) => c.kind === 'UNIT_CONVERSION').map((c) => c.status);

test('what is measured between a figure and its restatement', () => {
  assert.deepEqual(conv('Up to 200 millimetres of heavy rain a day, or nearly 8 inches, fell on the hills.'), ['CONSISTENT']);
  assert.deepEqual(conv('The fire burned 5,000 hectares of pine forest (12,400 acres) near the town.'), ['CONSISTENT']);
  assert.deepEqual(conv('The fire burned 5,000 hectares of pine forest (8,000 acres) near the town.'), ['INCONSISTENT']);
});

test('no pairing across "and" or "to"', () => {
  assert.deepEqual(conv('Crews laid 20 km of new track and 12 miles of road.'), []);
  assert.deepEqual(conv('It has 20 km of track to the border, or 30 miles.'), []);
  // the second figure of the list is the one restated
  assert.deepEqual(conv('The fire burned 5,000 hectares of forest and 300 hectares of farmland (740 acres).'), ['CONSISTENT']);
});
