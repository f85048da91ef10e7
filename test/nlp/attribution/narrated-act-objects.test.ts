import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainAt as chain, checkChain as check } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus): a figure noun used as a modifier ("total
// evacuation") names no figure, and a rejection of a figure ("rejected the result") is a position the outlet narrates.

describe('the figure in a narrated act\'s object', () => {
  it('a figure noun before another plain word modifies it: no figure, no source', () => {
    assert.deepEqual(chain('The institute recommended total evacuation of the island.', 'recommended total evacuation'), []);
    assert.deepEqual(chain('The board backed sales staff in the dispute.', 'backed sales staff'), []);
  });
  it('a rejection of a figure is an act: no source', () => {
    assert.deepEqual(chain('The opposition had rejected the result of the vote.', 'rejected the result'), []);
    assert.deepEqual(chain('The army denied the death toll given by the rebels.', 'denied the death toll'), []);
  });
  it('a figure as the head of the object still keeps the source of other positions', () => {
    check('The ministry defended its death toll of 40.', 'death toll of 40', ['The ministry']);
    check('The board welcomed the results in the north.', 'the results in the north', ['The board']);
    check('The ministry defended the total, 40 dead.', 'the total', ['The ministry']);
  });
});
