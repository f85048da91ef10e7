import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanModKind, spanModSrc } from '../../../src/nlp/checks/spanMods.js';
import { yearFacts } from '../../../src/nlp/checks/yearFacts.js';

// One modifier list for lengths of time (data/lexicon/checks-span-mods.tsv), read by report spans, year facts and
// clock gaps. Invented sentences.

test('each modifier of a length has one kind', () => {
  assert.equal(spanModKind('More  than'), 'MORE');
  assert.equal(spanModKind('close to'), 'LESS');
  assert.equal(spanModKind('fewer than'), 'LESS');
  assert.equal(spanModKind('roughly'), 'APPROX');
  assert.equal(spanModKind('barely'), 'LIMIT');
  assert.equal(spanModKind('precisely'), 'EXACT');
  assert.equal(spanModKind('handsome'), undefined);
  assert.ok(new RegExp(`^(?:${spanModSrc(['MORE'])})$`).test('well over') && !new RegExp(`^(?:${spanModSrc(['MORE'])})$`).test('under'));
});

test('year facts take the bound of the length from the list, written once for years, months and centuries', () => {
  const mods = (t: string) => yearFacts(t, []).spans.map((s) => `${s.label ?? s.n} ${s.mod ?? '-'}`);
  assert.deepEqual(mods('The dam was finished close to ten years ago.'), ['10 LESS_THAN']);
  assert.deepEqual(mods('The feud has run for at least 18 months.'), ['18 months EQUAL_OR_MORE']);
  assert.deepEqual(mods('The abbey stood empty for well over half a century.'), ['half a century MORE_THAN']);
  assert.deepEqual(mods('The mill has been idle for roughly six years.'), ['6 APPROX']);
  // a word of no bound leaves the length as written
  assert.deepEqual(mods('The mill has been idle for only six years.'), ['6 -']);
});
