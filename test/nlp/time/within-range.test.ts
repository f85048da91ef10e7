// "within one or two minutes", "within two to three days": a count range after "within" is at most its upper count
// (EQUAL_OR_LESS), as "within two days" is; without the rule the range carried no bound. Negatives: a range
// without "within" keeps no mod, "or so"/"or more" keep their own mods.
// Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { check, times } from './helpers.js';

const PUB = '2024-03-06';

describe('time: a count range bounded by "within"', () => {
  it('reads "within" a count range as at most the upper count (positives)', () => {
    check(PUB, [
      ['The vessel overturned within one or two minutes.', 'one or two minutes', 'PT2M', 'DURATION', 'EQUAL_OR_LESS'],
      ['The pipes could be in place within two or three days.', 'two or three days', 'P3D', 'DURATION', 'EQUAL_OR_LESS'],
      ['A verdict is expected within four to six weeks.', 'four to six weeks', 'P6W', 'DURATION', 'EQUAL_OR_LESS'],
    ]);
  });
  it('leaves other ranges and bounds alone (negatives)', () => {
    check(PUB, [
      ['The repairs took two or three days.', 'two or three days', 'P3D', 'DURATION', ''],
      ['The outage lasted a day or so.', 'a day or so', 'P1D', 'DURATION', 'APPROX'],
      ['The strike lasted a week or more.', 'a week or more', 'P1W', 'DURATION', 'EQUAL_OR_MORE'],
    ]);
  });
  it('any count range after "within" has the upper count and EQUAL_OR_LESS (property)', () => {
    const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
    fc.assert(fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 7 }), fc.constantFrom('days', 'weeks', 'hours'), fc.constantFrom('or', 'to'), (a, k, unit, sep) => {
      const b = Math.min(7, a + k);
      if (b <= a) return true;
      const t = times(`Officials said it would be ready within ${words[a]} ${sep} ${words[b]} ${unit}.`, PUB).find((x) => x.type === 'DURATION');
      const u = unit === 'days' ? 'D' : unit === 'weeks' ? 'W' : 'H';
      return t?.mod === 'EQUAL_OR_LESS' && t.value === `P${u === 'H' ? 'T' : ''}${b + 1}${u}`;
    }), { numRuns: 40 });
  });
});
