// Stop 33: a gold count noun where the system read a physical unit is classed further — whether the gold noun is
// written in the gold text, follows the system's span (a measure used as a modifier: "two 155mm shells"), or the gold
// unit is a spaced or short symbol — in words that name no text, number or unit. Texts here are invented.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { measureNounShape, quantityMissKind } from '../../eval/quantity-miss.js';

describe('quantity miss kinds: gold count noun, system physical unit', () => {
  const text = 'They fired two 155mm shells. The lake covers 139 square miles. Pumps move 95 million liters a day.';
  const at = (s: string) => { const i = text.indexOf(s); return { start: i, end: i + s.length }; };

  it('says the gold noun follows the span when a measure modifies it', () => {
    assert.equal(quantityMissKind({ text: '155mm shells', value: 155, unit: 'shell' }, text, [{ ...at('155mm'), value: 155, unit: 'mm', rule: 'quantity:digits+unit:length' }]),
      'quantity unit differs: gold count noun / sys physical, noun plural in text (no count rule)');
    assert.equal(measureNounShape('shell', text, at('155mm'), at('155mm')), 'noun not in text, gold noun follows the span');
  });

  it('says when the gold unit is a spaced or a short symbol', () => {
    assert.equal(measureNounShape('sq mi', text, at('139 square miles'), at('139 square miles')), 'noun plural in text, gold unit has a space');
    assert.equal(measureNounShape('L', text, at('95 million liters'), at('95 million liters')), 'noun not in text, gold unit is a short symbol');
  });

  it('names no word of the text', () => {
    const k = measureNounShape('shell', text, at('155mm'), at('155mm'));
    for (const w of ['shell', 'fired', '155']) assert.ok(!k.includes(w), k);
  });
});
