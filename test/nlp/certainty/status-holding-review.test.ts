import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests (review probes as negatives). Publication: Wednesday 6 March 2024.
describe('status: backshifted participles that do or do not name a state still holding', () => {
  it('"armed", "employed" describe the person in a finished incident: past', () => {
    assert.equal(statusOf('Police said the attacker, who was shot dead, was armed with a knife.', 'armed with a knife'), 'PAST');
    assert.equal(statusOf('Police said the victim was employed by a security firm.', 'employed by'), 'PAST');
  });
  it('held places and bodies still hold', () => {
    assert.equal(statusOf('Officials said troops were deployed along the border.', 'deployed along'), 'ONGOING');
    assert.equal(statusOf('Police said the town was surrounded by rebels.', 'surrounded by'), 'ONGOING');
  });
  it('only "until further notice" leaves a closure open; "until now" ends it', () => {
    assert.equal(statusOf('Officials said the site was closed to the public until now.', 'closed to the public'), 'PAST');
    assert.equal(statusOf('Officials said the road was closed until now.', 'road was closed'), 'PAST');
    assert.equal(statusOf('Officials said the site was closed to the public until further notice.', 'closed to the public'), 'ONGOING');
    assert.equal(statusOf('Officials said the road was closed until further notice.', 'road was closed'), 'ONGOING');
    // (the same for a backshifted state predicate, read through datingAt)
    assert.equal(statusOf('Officials said the bridge was unsafe until further notice.', 'was unsafe'), 'ONGOING');
    assert.equal(statusOf('Officials said the bridge was unsafe until now.', 'was unsafe'), 'PAST');
  });
});
