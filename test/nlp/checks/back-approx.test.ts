import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// UNIT_CONVERSION read back (the second figure taken for the source, the first for its conversion): only the first
// figure's own "about" widens what its rounding allows. Sentences written for these tests.

function units(text: string) {
  const quantities = findQuantities({ text, sentences: [], times: [] });
  return runChecks({ text, sentences: [], quantities, times: [], entities: [], anchorDate: '2020-01-01' })
    .filter((c) => c.kind === 'UNIT_CONVERSION') as Array<{ status: string; detail: string }>;
}

test('an exact round figure beside an approximate, wrong conversion is inconsistent', () => {
  // 500 m is 1,640 ft; 1,460 ft is 445 m, which no rounding of "500 metres" reaches
  const [c] = units('The dish is 500 meters (about 1,460 feet) across.');
  assert.equal(c!.status, 'INCONSISTENT', c!.detail);
  assert.match(c!.detail, /500 m = 1,640 ft, given as about 1,460 feet/);
});

test('what must not change: the right conversion, and an approximate first figure', () => {
  assert.equal(units('The dish is 500 meters (about 1,640 feet) across.')[0]!.status, 'CONSISTENT');
  // the first figure's own "about": read back, 5.5 km is 3.4 miles, "about 3" within its rounding and slack
  assert.equal(units('The walk is about 3 miles (5.5 km) long.')[0]!.status, 'CONSISTENT');
  // the bracketed figure precise, the first a rounding of it
  assert.equal(units('The climbers reached 20,000 feet (6,100 meters).')[0]!.status, 'CONSISTENT');
  assert.equal(units('The ship is 1,000 feet (305 meters) long.')[0]!.status, 'CONSISTENT');
});
