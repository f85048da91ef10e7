import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] });

// "innings" is the same word in the singular and the plural ("an innings", "seven innings"): stripping its -s gives
// "inning", the baseball word, not the cricket one the text uses.
test('innings keeps its -s as the unit (singular and plural are one word)', () => {
  for (const [text, value] of [['He scored 412 runs in seven innings.', 7], ['Kohli has failed in 3 innings so far.', 3]] as const) {
    const q = find(text).find((x) => x.value === value);
    assert.ok(q, `no quantity ${value} in ${text}`);
    assert.equal(q.unit, 'innings');
  }
});

test('other nouns in -s still lose it (negative case)', () => {
  const q = find('He scored 412 runs in seven matches.').find((x) => x.value === 7);
  assert.ok(q);
  assert.equal(q.unit, 'match');
});
