// "since <time>" after a superlative or "first" in its clause is a comparison ("the highest level since 2019"), not
// the start of the event: two reports writing "since 2019" and "since 2021" so do not disagree on when it happened.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventMod } from '../../src/story/build.js';
import { comparisonSince } from '../../src/story/since-comparison.js';
import { story } from './helpers.js';

const at = (t: string, w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length, mod: 'ON_OR_AFTER' as const });

test('a comparison "since" keeps its open bound', () => {
  for (const t of ['Prices rose to their highest level since 2019.', 'The river flooded for the first time since 2019.', 'It was the worst drought in the region since 2019.']) {
    assert.ok(comparisonSince(t, t.indexOf('2019')), t);
    assert.equal(eventMod(t, at(t, '2019')), 'ON_OR_AFTER', t);
  }
});

test('negative: a plain "since" still starts the event; a superlative in an earlier clause does not count', () => {
  for (const t of ['The mine has been closed since 2019.', 'The mine, the largest in the region, has been closed since 2019.']) {
    assert.ok(!comparisonSince(t, t.indexOf('2019')), t);
    assert.equal(eventMod(t, at(t, '2019')), undefined, t);
  }
});

test('story: "the worst flooding since 2019" and "since 2021" in two reports do not clash on when the flood was', () => {
  const timeOf = (a: string, b: string) => {
    const s = story([
      ['AAA', '2024-03-01', `The Tana River flooded the town of Garissa, ${a}, officials said.`],
      ['BBB', '2024-03-02', `The Tana River flooded the town of Garissa, ${b}, local officials told reporters.`],
    ]);
    return s.facts.filter((f) => f.attribute === 'time').map((f) => f.consistent);
  };
  assert.ok(!timeOf('the worst flooding since 2019', 'the worst flooding since 2021').includes(false));
  // negative: "closed since" starts, and two starts disagree
  const s = story([
    ['AAA', '2024-03-01', 'The Acme copper mine near Freetown has been closed since 2019, officials said.'],
    ['BBB', '2024-03-02', 'The Acme copper mine near Freetown has been closed since 2021, local officials told reporters.'],
  ]);
  assert.ok(s.facts.some((f) => f.attribute === 'time' && f.consistent === false));
});
