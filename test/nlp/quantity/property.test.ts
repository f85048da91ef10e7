import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { bounded, describeBound } from '../../helpers/bound.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] });

function wellFormed(text: string): void {
  const qs = find(text);
  let last = -1;
  for (const q of qs) {
    assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end);
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(Number.isFinite(q.value), `value ${q.value}`);
    assert.ok(typeof q.unit === 'string' && q.unit.length > 0);
    assert.ok(q.start >= last, 'quantities are ordered and do not overlap');
    last = q.end;
    if (q.si) assert.ok(Number.isFinite(q.si.value));
    if (q.equivalentOf !== undefined) assert.equal(qs[q.equivalentOf].equivalentOf, qs.indexOf(q));
  }
  const checks = runChecks({ text, sentences: [], quantities: qs, times: [], entities: [], anchorDate: '2023-09-11' });
  for (const c of checks) {
    assert.ok(['CONSISTENT', 'INCONSISTENT', 'UNVERIFIABLE'].includes(c.status));
    assert.match((c as { rule?: string }).rule ?? '', /^checks:/);
  }
}

const piece = fc.oneof(
  fc.string(),
  fc.constantFrom('5,000', '1.5', 'million', 'km/h', '(', ')', '$', '€', 'at least', 'people', ' to ', '-', '%', 'a', 'mm', 'feet',
    'twenty', 'hundreds of', '1e999', '٣', '１２', '½', '2019', 'years', 'Boeing', 'between', 'and', ' ', '.', '\n', 'bn'),
  fc.integer({ min: -1e6, max: 1e9 }).map(String),
  fc.double({ noNaN: false }).map(String),
);

test('property: spans index into the text, values are finite, checks never throw', () => {
  fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => { wellFormed(parts.join(' ')); }), { numRuns: 400 });
  fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => { wellFormed(parts.join('')); }), { numRuns: 400 });
});

test('pathological input finishes fast', () => {
  const inputs = [
    '9'.repeat(100000) + ' people',
    '1e999 km and 1e999%',
    '1,'.repeat(50000) + '000',
    '$'.repeat(50000) + '5',
    'about '.repeat(20000) + '5 people',
    '٣٤٥ people and １２３ km and ५ kg and Ⅻ cars',
    'twenty-'.repeat(20000),
    '5-'.repeat(30000) + '6 people',
    '(1 km '.repeat(10000),
    'Наши 5 km и 中文 10 公里 and 3 people',
  ];
  for (const input of inputs) {
    const b = bounded(() => wellFormed(input));
    assert.ok(b.ms < 1000, `${describeBound(b)} for ${input.slice(0, 30)}…`);
  }
});

