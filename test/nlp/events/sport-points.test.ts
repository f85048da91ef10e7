// Issue #6, events: a team that drops, gains or slides points in a league is no market move. The trigger lexicon read
// "points" near "drop", "gain", "slide", … as a market word, so "Liverpool dropped two points" was a MARKET_CHANGE; an
// index's points are told by the index word or name itself ("the Dow dropped 300 points"). Sentences written for these
// tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { makeDoc, type EntSpec } from './helpers.js';

const O = (name: string): EntSpec => ({ name, type: 'ORG' });
const types = (text: string, ents: EntSpec[]): string[] => extractEvents(makeDoc(text, ents)).map((e) => `${e.type}:${e.trigger.text}`);
const MOVES = /^(MARKET_CHANGE|PRICE_CHANGE):/;

for (const [text, team] of [
  ['Northbridge Rovers dropped two points at home against Eastfield on Saturday.', 'Northbridge Rovers'],
  ['Northbridge Rovers gained three points on the leaders after a late winner.', 'Northbridge Rovers'],
  ['Northbridge Rovers have slid four points behind the leaders since March.', 'Northbridge Rovers'],
  ['Northbridge Rovers jumped six points clear at the top of the table.', 'Northbridge Rovers'],
] as const) {
  test(`a team's league points are no market move: "${text}"`, () => {
    const a = types(text, [O(team), O('Eastfield')]);
    assert.ok(!a.some((x) => MOVES.test(x)), JSON.stringify(a));
  });
}

test('an index that moved by points is still a market move: "the Dow dropped 300 points", "the index gained 120 points"', () => {
  assert.ok(types('The Dow dropped 300 points on Monday.', []).some((x) => x.startsWith('MARKET_CHANGE:dropped')));
  assert.ok(types('The index gained 120 points by the close.', []).some((x) => x.startsWith('MARKET_CHANGE:gained')));
  assert.ok(types('Shares slid 3 points in early trading.', []).some((x) => x.startsWith('MARKET_CHANGE:slid')));
});

test('an index\'s points with its name or a market word further off in the sentence are a market move (review finding 2)', () => {
  assert.ok(types('For the day, the Nikkei closed down 6.4 percent, or 486.18 points, to close at 7,162.90.', []).some((x) => x === 'MARKET_CHANGE:close'));
  assert.ok(types('The stock market had a bad week, and on Friday the benchmark was down five percent, or 454 points, but rebounded to close at 8,962 points.', []).some((x) => x === 'MARKET_CHANGE:close'));
  // negative: a league's points, with no market word in the sentence
  assert.ok(!types('Northbridge Rovers were four points behind at the break but rallied to close the gap to two points by the end.', [O('Northbridge Rovers')]).some((x) => MOVES.test(x)));
});
