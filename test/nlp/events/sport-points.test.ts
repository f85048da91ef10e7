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
