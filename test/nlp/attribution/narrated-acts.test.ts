import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainAt as chain, checkChain as check, claimAt, claimsOf } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus): a position taken towards a plain object
// ("rejected the plan", "welcomed the decision") is an act the outlet narrates, no claim of the subject's.

describe('a position taken towards a plain object is narrated by the outlet', () => {
  it('rejected, welcomed, backed, approved, defended with a plain object: no source', () => {
    assert.deepEqual(chain('Officials rejected the plan on Tuesday.', 'rejected the plan'), []);
    assert.deepEqual(chain('The governor welcomed the decision.', 'welcomed the decision'), []);
    assert.deepEqual(chain('The union backed the strike at the port.', 'backed the strike'), []);
    assert.deepEqual(chain('The board endorsed a new school budget.', 'endorsed a new school budget'), []);
    assert.deepEqual(chain('Teachers defended their record, saying test scores had risen.', 'defended their record'), []);
    // the participial tail is still the teachers' claim
    check('Teachers defended their record, saying test scores had risen.', 'test scores had risen', ['Teachers']);
  });
  it('the status is still read with the cue', () => {
    const text = 'Officials rejected the plan on Tuesday.';
    const c = claimAt(text, claimsOf(text).claims, 'rejected the plan');
    assert.equal(c?.status, 'PAST');
    assert.ok(!c?.attribution.some((l) => l.rule?.startsWith('attr.act')), 'no marked link is left in the output');
  });
  it('a "that" clause, a claim noun, a judgement with "as", a quotation or a figure keeps the source', () => {
    check('The company rejected reports that it had laid off workers.', 'it had laid off workers', ['The company']);
    check('The mayor welcomed the move as long overdue.', 'long overdue', ['The mayor']);
    check('The council rejected "a reckless scheme" by the developer.', 'a reckless scheme', ['The council']);
    check('The ministry defended its death toll of 40.', 'death toll of 40', ['The ministry']);
  });
  it('other stance verbs keep their holder, and a report keeps its speaker', () => {
    check('The opposition slammed the decision.', 'the decision', ['The opposition']);
    check('China opposed the move.', 'China opposed the move', ['China']);
    check('The minister said officials rejected the plan.', 'officials rejected the plan', ['The minister']);
  });
});
