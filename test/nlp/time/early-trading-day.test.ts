// "in early trading Friday", "late trade on Thursday": a market session at one end of its day gives the day START or
// END (news gold: "early trading Friday" START); trading alone gives none. Sentences are our own; date pinned (a Friday).
import { describe, it } from 'node:test';
import { check } from './helpers.js';

describe('time: early/late trading on a day', () => {
  it('takes START or END', () => {
    check('2024-01-12', [
      ['Oil rose in early trading Friday.', 'Friday', '2024-01-12', 'DATE', 'START'],
      ['Shares fell 8% in early trading on Monday.', 'Monday', '2024-01-08', 'DATE', 'START'],
      ['The yen slipped in late trade on Thursday.', 'Thursday', '2024-01-11', 'DATE', 'END'],
    ]);
  });
  it('plain trading keeps no mod (negative)', () => {
    check('2024-01-12', [['Oil rose in trading on Friday.', 'Friday', '2024-01-12', 'DATE', '']]);
    // (no session: "early" deals or trade not after "in" is a shop's offers or commerce, not a market's session)
    check('2024-11-27', [
      ['Retailers offered early deals on Monday ahead of the holiday.', 'Monday', '2024-11-25', 'DATE', ''],
      ['Ministers pushed for early trade on Monday with the bloc.', 'Monday', '2024-11-25', 'DATE', ''],
    ]);
  });
});
