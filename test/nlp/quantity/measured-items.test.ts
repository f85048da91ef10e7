// A count written right before a measure used as a modifier ("two 2,000-pound bombs", "12 155mm shells") counts the
// noun the measure modifies: two quantities, the count (2 bomb) and the measure (2,000 lb). Sentences invented for the
// tests; no date is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit, q.bound ?? '']);

test('a count before a hyphenated or glued measure counts the noun after the measure', () => {
  assert.deepEqual(find('Jets dropped two 2,000-pound bombs on the camp.'), [['two', 2, 'bomb', ''], ['2,000-pound', 2000, 'lb', '']]);
  assert.deepEqual(find('The army fired 12 155mm shells overnight.'), [['12', 12, 'shell', ''], ['155mm', 155, 'mm', '']]);
  assert.deepEqual(find('Two 10-tonne trucks overturned.'), [['Two', 2, 'truck', ''], ['10-tonne', 10, 't', '']]);
  // a hyphenated count noun as the measure: storeys, members
  assert.deepEqual(find('Crews inspected three 30-storey towers.'), [['three', 3, 'tower', ''], ['30-storey', 30, 'storey', '']]);
  assert.deepEqual(find('They set up five 15-member committees.'), [['five', 5, 'committee', ''], ['15-member', 15, 'member', '']]);
});

test('the bound before the count is the count\'s', () => {
  assert.deepEqual(find('Customs seized at least three 20-foot containers.'),
    [['at least three', 3, 'container', 'AT_LEAST'], ['20-foot', 20, 'ft', '']]);
});

test('not a count: a clock time, a year, a spaced unit, a singular noun, a vague plural, one', () => {
  // a year before the measure is no count
  assert.deepEqual(find('By 2030 10-tonne trucks will be banned.').map((q) => q[2]), ['t']);
  // a time stamp before the measure is no count
  assert.deepEqual(find('14:10 30-storey building collapses').map((q) => q[2]), ['storey']);
  // a spaced unit ("1,000 MW") is not read as a modifier here
  assert.deepEqual(find('Six 1,000 MW reactors were built.').map((q) => q[2]), ['MW']);
  // no plural noun after the measure
  assert.deepEqual(find('The two 10-km stretch was closed.').map((q) => q[2]), ['km']);
  assert.deepEqual(find('Dozens of 500-pound bombs fell.').map((q) => q[2]), ['lb']);
  assert.deepEqual(find('One 500-pound bomb fell.').map((q) => q[2]), ['lb']);
  // a plain measure with no count before it is unchanged
  assert.deepEqual(find('A 2,000-pound bomb fell.'), [['2,000-pound', 2000, 'lb', '']]);
});

test('property: the count and the measure never overlap, and the count takes the number before the measure', () => {
  const nouns = ['bombs', 'shells', 'trucks', 'containers', 'towers'];
  const units = ['-pound', 'mm', '-tonne', '-foot', '-storey'];
  fc.assert(fc.property(fc.integer({ min: 2, max: 999 }), fc.integer({ min: 2, max: 5000 }), fc.constantFrom(...units), fc.constantFrom(...nouns),
    (n, m, u, noun) => {
      const qs = findQuantities({ text: `Officials said ${n} ${m.toLocaleString('en-US')}${u} ${noun} were found.`, sentences: [], times: [] });
      assert.equal(qs.length, 2);
      assert.equal(qs[0]!.value, n);
      assert.equal(qs[0]!.unit, noun.replace(/s$/, ''));
      assert.equal(qs[1]!.value, m);
      assert.ok(qs[0]!.end <= qs[1]!.start);
    }), { numRuns: 60 });
});

test('a four-digit count before a measure is a count unless a year cue or the sentence start makes it a year (review r1 #15)', () => {
  assert.deepEqual(find('The US sent 1800 2,000-pound bombs to Israel.'), [['1800', 1800, 'bomb', ''], ['2,000-pound', 2000, 'lb', '']]);
  assert.deepEqual(find('In 2024 12-metre boats sank.').map((q) => q[2]), ['m']);
  assert.deepEqual(find('2030 10-tonne trucks will be banned.').map((q) => q[2]), ['t']);
});
