// Which counts only grow as reports come in (isCumulative) is data: data/lexicon/story-cumulative-counts.tsv. The
// stems moved there from a regular expression in src/story/values.ts; these tests pin the answers the expression gave
// (the dead, the injured, the arrested and the rescued grow; the badly hurt and the unidentified do not) and that the
// file is what decides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isCumulative, isStock } from '../../src/story/values.js';
import { projectRoot } from '../../src/core/shared.js';
import { dataRows } from '../../src/core/data-rows.js';

const rows = dataRows(readFileSync(join(projectRoot, 'data', 'lexicon', 'story-cumulative-counts.tsv'), 'utf8'));

test('story-cumulative-counts.tsv: every row is a stem of kind grows or state', () => {
  assert.ok(rows.length >= 10);
  for (const r of rows) assert.ok(r[1] === 'grows' || r[1] === 'state', `row ${r.join(' | ')}`);
  assert.ok(rows.some((r) => r[1] === 'state'));
});

test('isCumulative: counts of the harmed, the arrested and the rescued only grow', () => {
  for (const a of ['death toll', 'dead', 'people killed', 'injured', 'wounded', 'arrested', 'detained', 'bodies recovered', 'rescued', 'freed', 'casualties', 'fatalities', 'identified', 'metres drilled', 'people affected']) {
    assert.equal(isCumulative(a), true, a);
  }
});

test('isCumulative: counts of a state do not (the badly hurt, the unidentified, the missing, a crew)', () => {
  for (const a of ['seriously injured', 'critically wounded', 'unidentified', 'missing', 'displaced', 'crew', 'still in hospital', 'on board']) {
    assert.equal(isCumulative(a), false, a);
  }
  // "unidentified bodies" still holds "bodies", a count that grows (the stem cancelled is only the one after "un")
  assert.equal(isCumulative('unidentified bodies'), true);
  assert.equal(isStock('unidentified'), true);
});

test('isCumulative: every "grows" stem alone is one, and a "state" stem beside it turns it off', () => {
  const grows = rows.filter((r) => r[1] === 'grows').map((r) => r[0]!);
  const state = rows.filter((r) => r[1] === 'state').map((r) => r[0]!);
  fc.assert(fc.property(fc.constantFrom(...grows), fc.constantFrom(...state), fc.constantFrom('', 'people ', 'the '), (g, s, pre) => {
    assert.equal(isCumulative(`${pre}${g}`), true);
    assert.equal(isCumulative(`${s} ${g}`), false);
    assert.equal(isCumulative(`${pre}${g.toUpperCase()}`), true);
  }));
});

// the expression the list replaced, to show that the move changed no answer
const OLD = (a: string) => !/seriously|critically/i.test(a) && /dead|death|killed|toll|fatalit|casualt|injur|wounded|arrest|detained|affected|bodies|rescu|freed|drilled|(?<!un)identified/i.test(a);

test('isCumulative: the same answer as the expression the data file replaced, on attributes built from its words', () => {
  const words = ['dead', 'death', 'toll', 'killed', 'injured', 'wounded', 'arrested', 'detained', 'affected', 'bodies', 'rescued', 'freed', 'drilled',
    'identified', 'unidentified', 'seriously', 'critically', 'missing', 'displaced', 'people', 'workers', 'crew', 'still', 'in', 'hospital', 'un', 'fatalities', 'casualties'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', ''), (ws, sep) => {
    const a = ws.join(sep);
    assert.equal(isCumulative(a), OLD(a), a);
  }), { numRuns: 2000 });
});
