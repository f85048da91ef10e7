import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeOf, percentChange } from '../../src/story/build.js';
import { story } from './helpers.js';

// A market's move in percent ("Shares in Vale plunged 24%", "Vale's shares lost 24 percent of their value") is a fact
// of its own: what moved and which way ("shares fall"); any other percentage stays unread, as before.
test('a percentage a market noun moved by is a fall or a rise of that noun', () => {
  assert.equal(percentChange("Shares in Vale, the world's largest iron ore producer, plunged "), 'shares fall');
  assert.equal(percentChange("In Sao Paulo, Vale's shares lost "), 'shares fall');
  assert.equal(percentChange("Vale's American depositary receipts fell about "), 'receipts fall');
  assert.equal(percentChange('Shares in Lufthansa fell about '), 'shares fall');
  assert.equal(percentChange('the company\'s stock rose by '), 'stock rise');
  assert.equal(attributeOf({ unit: '%', text: '24%' }, ' on the São Paulo stock exchange', 'plunged ', undefined, "Shares in Vale, the world's largest iron ore producer, plunged "), 'shares fall');
  // negative: no market noun, a level and not a move, or a share of a whole
  assert.equal(percentChange('Turnout fell '), undefined);
  assert.equal(percentChange('whose approval ratings had already fallen below '), undefined);
  assert.equal(percentChange('The plant accounts for about '), undefined);
  assert.equal(attributeOf({ unit: '%', text: '10%' }, " of Algeria's gas output", 'The plant accounts for about '), undefined);
});

test('three reports of one session\'s fall make one consistent fact', () => {
  const s = story([
    ['AAA', '2019-01-28', 'Shares in Vale plunged 24% on the São Paulo stock exchange on Monday, officials said.'],
    ['BBB', '2019-01-28', "In Sao Paulo, Vale's shares lost 24 percent of their value in Monday's trading."],
  ]);
  const f = s.facts.filter((x) => x.attribute === 'shares fall');
  assert.equal(f.length, 1, JSON.stringify(s.facts.map((x) => `${x.subject}/${x.attribute}`)));
  assert.equal(f[0]!.consistent, true);
  assert.deepEqual(f[0]!.values.map((v) => v.value), [24]);
});

test("a market's move is the company's, not the exchange's town", () => {
  const s = story([
    ['AAA', '2019-01-28', 'Shares in Vale plunged 24% on the São Paulo stock exchange on Monday, officials said.'],
  ]);
  assert.deepEqual(s.facts.filter((x) => x.attribute === 'shares fall').map((x) => x.subject), ['Vale']);
});
