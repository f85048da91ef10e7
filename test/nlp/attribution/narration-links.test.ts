import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainAt as chain, checkChain as check, claimsOf } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus): the outlet's narration beside a report.

describe('words that look like cues but are not', () => {
  it('an "-s" cue form after a verb is a plural noun: "held rates steady"', () => {
    assert.deepEqual(chain('The Federal Reserve held rates steady on Wednesday.', 'held rates steady'), []);
    assert.deepEqual(chain('The scandal raised questions about the minister.', 'raised questions'), []);
    // the verb reading after a subject stays a report
    check('The United Nations rates the group among the most persecuted in the world.', 'the group among the most persecuted', ['The United Nations']);
  });
  it('"citing" a reason names no source; citing a body or people still does', () => {
    check('Citing privacy concerns, officials said the names of the victims would not be released.', 'the names of the victims', ['officials']);
    check('The border will stay closed, the ministry said, citing security reasons.', 'The border will stay closed', ['the ministry']);
    check('Twelve people died, Xinhua reported, citing local officials.', 'Twelve people died', ['Xinhua', 'local officials']);
  });
  it('the press at large is addressed, not a medium; a named or local medium is', () => {
    check('"We are exhausted," the rescuer told the press on Monday.', 'We are exhausted', ['the rescuer']);
    check('The rescuer told the media that 12 bodies had been found.', '12 bodies had been found', ['The rescuer']);
    check('The rescuer told local media that 12 bodies had been found.', '12 bodies had been found', ['local media', 'The rescuer']);
  });
});

describe('"as", "while" and the clause they join', () => {
  it('", as X said that C": X holds C, the clause before is the outlet\'s', () => {
    const t = 'Rescue teams searched the rubble on Tuesday, as the UN warned that the toll could rise.';
    check(t, 'the toll could rise', ['the UN']);
    assert.deepEqual(chain(t, 'Rescue teams searched the rubble'), []);
    check('The ruling came as the government said it would appeal.', 'it would appeal', ['the government']);
    // a time clause with no complement still reports nothing
    assert.deepEqual(chain('As the crowd cheered, the band played on.', 'the band played on'), []);
  });
  it('a dangling subordinator is trimmed from the narration piece', () => {
    const text = 'The ruling came as the government said it would appeal.';
    const { claims } = claimsOf(text);
    assert.ok(claims.some((c) => c.text === 'The ruling came'), JSON.stringify(claims.map((c) => c.text)));
    assert.ok(!claims.some((c) => /\bas$/.test(c.text)));
  });
  it('"While X said C1, Y called C2": each clause has its own single source', () => {
    const t = 'While the minister said the plan was fair, critics called it a tax on the poor.';
    check(t, 'the plan was fair', ['the minister']);
    check(t, 'critics called it a tax', ['critics']);
  });
});
