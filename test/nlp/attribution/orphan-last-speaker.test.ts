import { describe, it } from 'node:test';
import { checkChain as check } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus): a quotation with no frame of its own goes to the
// last person who spoke before it, whether that person was quoted or reported in indirect speech.
describe('an unattributed quotation after a named person\'s indirect speech', () => {
  it('takes the person who spoke last, not the last one quoted', () => {
    const t = '"The situation is dire," Interior Minister Kithure Kindiki told reporters. Red Cross spokesman Ahmed Idris said supplies were running low. "We need help now, not next week."';
    check(t, 'We need help now', ['Ahmed Idris']);
    // the indirect speech keeps its own speaker
    check(t, 'supplies were running low', ['Red Cross spokesman Ahmed Idris']);
  });
  it('a speaker quoted after the indirect speech still wins', () => {
    // negative: a later quotation's speaker is the last one who spoke
    const t = 'Red Cross spokesman Ahmed Idris said supplies were running low. "The situation is dire," Interior Minister Kithure Kindiki told reporters. "We need help now, not next week."';
    check(t, 'We need help now', ['Kithure Kindiki']);
  });
  it('an unnamed or outlet report is no speaker to carry', () => {
    // negative: "officials said" names no person; the quotation stays with the one quoted before
    const t = '"The situation is dire," Interior Minister Kithure Kindiki told reporters. The river rose two metres on Tuesday, officials said. "We need help now, not next week."';
    check(t, 'We need help now', ['Kithure Kindiki']);
  });
});
