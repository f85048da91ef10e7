import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

// The whole of an "of whom/of which" split is not a count in a phrase after another count ("400 homes across 30
// villages, of which …"). Sentences written for these tests, publication date pinned.
function splits(text: string): Array<{ status: string; detail: string }> {
  const anchor = '2024-06-01';
  return checksOf(text, anchor)
    .filter((c) => (c as { rule?: string }).rule === 'checks:count:of-whom-split').map((c) => ({ status: c.status, detail: c.detail }));
}

test('a count after across/in after an earlier count is not the whole', () => {
  assert.deepEqual(splits('Officials reported 66 confirmed cases in 5 districts since September 27, of whom 15 died and 53 recovered.'), []);
  assert.deepEqual(splits('The storm damaged 400 homes across 30 villages, of which 25 were destroyed and 3 were flooded.'), []);
});
test('negative: a whole right before the cue, with no count before it, is still checked', () => {
  assert.deepEqual(splits('Officials counted 14 victims after the blaze on Friday, of whom nine died at the scene and five died later in hospital.').map((c) => c.status), ['CONSISTENT']);
  assert.deepEqual(splits('Officials reported 66 confirmed cases in the district since September 27, of whom 15 died and 53 recovered.').map((c) => c.status), ['INCONSISTENT']);
});
