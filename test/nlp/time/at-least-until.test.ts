// "until at least Friday", "at least until Friday": an end that is not known yet lies ahead of the telling, even
// in a past clause ("schools were ordered closed until at least Friday"); not when told from a past moment
// ("had been closed until at least Friday"). Sentences are our own; publication date pinned to a Monday.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const MON = '2023-09-11';

describe('time: an open-ended "at least until" looks ahead', () => {
  it('reads the weekday ahead with ON_OR_AFTER', () => {
    check(MON, [
      ['Schools were ordered closed until at least Friday.', 'Friday', '2023-09-15', 'DATE', 'ON_OR_AFTER'],
      ['The airport was closed and will stay shut at least until Friday.', 'Friday', '2023-09-15', 'DATE', 'ON_OR_AFTER'],
      ['Schools will remain closed at least until Friday.', 'Friday', '2023-09-15', 'DATE', 'ON_OR_AFTER'],
    ]);
  });
  it('a past moment or a plain "until" keeps the clause tense (negatives)', () => {
    check(MON, [
      ['By then the road had been closed until at least Friday.', 'Friday', '2023-09-08', 'DATE', 'ON_OR_AFTER'],
      ['The road was closed until Friday.', 'Friday', '2023-09-08', 'DATE'],
    ]);
  });
  it('only the verb chain governing "until" can make it a past view (review probe)', () => {
    check('2026-03-12', [
      ['Officials, who had inspected the site, ordered schools closed until at least Friday.', 'Friday', '2026-03-13', 'DATE'],
      // negatives: a "had" in the chain itself still tells it from a past moment
      ['Schools had been closed until at least Friday.', 'Friday', '2026-03-06', 'DATE'],
      ['Schools had been ordered closed until at least Friday, officials said.', 'Friday', '2026-03-06', 'DATE'],
    ]);
  });
});
