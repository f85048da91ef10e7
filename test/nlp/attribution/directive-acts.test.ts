import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainAt as chain, checkChain as check } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus): a directive with its addressee and infinitive is an
// act the outlet narrates ("urged residents to stay indoors"), as a commitment with its infinitive is.
describe('a directive with its addressee and infinitive is narrated by the outlet', () => {
  it('urged, asked with an addressee and "to": no source', () => {
    assert.deepEqual(chain('Doctors urged people with fever to get tested early.', 'urged people'), []);
    assert.deepEqual(chain('The governor urged residents to check on elderly neighbours.', 'urged residents'), []);
    assert.deepEqual(chain('The commission had asked the court to jail the former leader for two years.', 'asked the court'), []);
  });
  it('negatives: a "that" clause, a report around it, a coordinated verb of saying keep the source', () => {
    check('The mayor asked that residents stay indoors.', 'residents stay indoors', ['The mayor']);
    check('The minister said the UN had urged both sides to stop.', 'urged both sides', ['The minister']);
    check('The foreign ministry said the eruption was not a tourist event and urged people to stay away.', 'urged people', ['The foreign ministry']);
  });
});

describe('a denial or condemnation of a plain object is narrated by the outlet', () => {
  it('denied the report, condemned the attack: no source', () => {
    assert.deepEqual(chain('Beijing denied the report.', 'denied the report'), []);
    assert.deepEqual(chain('The law society has condemned the arrest of dozens of protesters.', 'condemned the arrest'), []);
  });
  it('negatives: a "that" clause, an "as" judgement with a quotation keep the source', () => {
    check('He denied that officers had used excessive force.', 'officers had used excessive force', ['He']);
    check('The ministry condemned the shooting as "barbaric".', 'barbaric', ['The ministry']);
  });
});
