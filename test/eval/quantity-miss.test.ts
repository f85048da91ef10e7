// EVAL_MISS_KINDS for quantities: a missed gold quantity is classed by why it was missed (nothing overlaps, the
// value, the unit class or the bound differs) and no text, number or unit of the report survives.
// Gold and analyses here are invented.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { countMissKinds } from '../../eval/miss-kinds.js';
import { boundShape, nounRelation, quantityMissKind, quantityMissKinds, ruleParts, unitClass, valueRelation } from '../../eval/quantity-miss.js';
import { keptQuantityResolver } from '../../eval/shared-scorer.js';

const text = 'Floods killed 12 villagers and cut 40 km of road; repairs cost $3.5m, about 20% of the budget.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('quantity miss kinds', () => {
  it('classes units without naming them', () => {
    assert.equal(unitClass('person'), 'person');
    assert.equal(unitClass('USD'), 'currency');
    assert.equal(unitClass('km'), 'physical');
    assert.equal(unitClass('km/h'), 'physical');
    assert.equal(unitClass('%'), 'percent');
    assert.equal(unitClass('pp'), 'points');
    assert.equal(unitClass('percentage point'), 'points');
    assert.equal(unitClass('truck'), 'count noun');
    assert.equal(unitClass('police car'), 'count noun');
    assert.equal(unitClass(''), 'none');
  });

  it('says nothing overlaps', () => {
    assert.equal(quantityMissKind({ text: '12 villagers', value: 12, unit: 'person' }, text, []),
      'quantity not found: no overlapping system quantity (gold person, digits)');
    // a count noun says whether its noun is written; a time over the span and the same quantity elsewhere are noted
    assert.equal(quantityMissKind({ text: '40 km of road', value: 1, unit: 'road' }, text, [{ ...at('40 km'), value: 40, unit: 'km' }]).includes('no overlapping'), false);
    assert.equal(quantityMissKind({ text: 'cut 40', value: 40, unit: 'road' }, text, [], [at('cut')]),
      'quantity not found: no overlapping system quantity (gold count noun, digits, noun later in the sentence, overlaps a system time)');
    assert.equal(quantityMissKind({ text: 'about 20% of the budget', value: 20, unit: 'budget' }, text, [{ ...at('repairs'), value: 20, unit: 'budget' }]),
      'quantity not found: no overlapping system quantity (gold count noun, digits with "of", noun singular in text, found elsewhere in the text)');
    assert.equal(quantityMissKind({ text: '12', value: 12, unit: 'flood' }, text, []),
      'quantity not found: no overlapping system quantity (gold count noun, digits, noun earlier in the sentence, one token #)');
    assert.equal(quantityMissKind({ text: '12', value: 12, unit: 'bridge' }, text, []),
      'quantity not found: no overlapping system quantity (gold count noun, digits, noun not in the sentence, one token #)');
    assert.equal(quantityMissKind({ text: 'Floods', value: 1, unit: 'flood' }, text, []),
      'quantity not found: no overlapping system quantity (gold count noun, words, noun plural in text, one token a, value 1)');
    assert.equal(quantityMissKind({ text: 'Floods killed', value: 2, unit: 'flood' }, text, []),
      'quantity not found: no overlapping system quantity (gold count noun, words, noun plural in text)');
    assert.equal(quantityMissKind({ text: 'about 20%', value: 20, unit: '%', bound: 'APPROX' }, text, [{ ...at('40 km'), value: 40, unit: 'km' }]),
      'quantity not found: no overlapping system quantity (gold percent, digits, bound APPROX)');
  });

  it('says the bound differs, want and got', () => {
    assert.equal(quantityMissKind({ text: 'about 20%', value: 20, unit: '%', bound: 'APPROX' }, text, [{ ...at('20%'), value: 20, unit: '%' }]),
      'quantity bound differs (percent): want APPROX got none');
    assert.equal(quantityMissKind({ text: 'about 20%', value: 20, unit: '%', bound: 'AT_LEAST' }, text, [{ ...at('about 20%'), value: 20, unit: '%', bound: 'APPROX', rule: 'quantity:digits+percent+bound:about' }]),
      'quantity bound differs (percent): want AT_LEAST got APPROX (bound:about)');
    assert.equal(quantityMissKind({ text: '40 km', value: 40, unit: 'km', bound: 'MIN' }, text, [{ ...at('40 km'), value: 40, unit: 'km', bound: 'AT_LEAST', rule: 'quantity:digits+unit:length+range-low' }]),
      'quantity bound differs (physical): want MIN got AT_LEAST (no bound rule, a range end)');
    assert.equal(ruleParts('quantity:vague-plural+money:word+bound:vague-plural', 'bound:'), 'bound:vague-plural');
    assert.equal(ruleParts('quantity:digits+physical', 'count:'), 'no count rule');
  });

  it('says the unit differs by class, and how two count nouns relate', () => {
    assert.equal(quantityMissKind({ text: '12 villagers', value: 12, unit: 'person' }, text, [{ ...at('12 villagers'), value: 12, unit: 'villager', rule: 'quantity:digits+count:plural-noun' }]),
      'quantity unit differs: gold person / sys count noun (count:plural-noun)');
    assert.equal(quantityMissKind({ text: '$3.5m', value: 3500000, unit: 'USD' }, text, [{ ...at('3.5m'), value: 3500000, unit: 'm' }]),
      'quantity unit differs: gold currency / sys physical (no count rule)');
    assert.equal(nounRelation('car', 'cars'), 'another inflection');
    assert.equal(nounRelation('car', 'police car'), 'sys keeps a modifier');
    assert.equal(nounRelation('police car', 'car'), 'sys drops a modifier');
    assert.equal(nounRelation('school', 'school building'), 'shares a word, other head');
    assert.equal(nounRelation('house', 'road'), 'other noun');
  });

  it('says the value differs with a scale or direction, never the number', () => {
    assert.equal(quantityMissKind({ text: '$3.5m', value: 3500000, unit: 'USD' }, text, [{ ...at('$3.5m'), value: 3.5, unit: 'USD' }]),
      'quantity value differs (currency): sys x1e-6');
    assert.equal(valueRelation(40, 40000), 'sys x1e3');
    assert.equal(valueRelation(40, 45), 'sys larger');
    assert.equal(valueRelation(40, 4.5), 'sys smaller');
    assert.equal(quantityMissKind({ text: '40 km', value: 40, unit: 'km' }, text, [{ ...at('40 km'), value: 25, unit: 'mi' }]),
      'quantity value and unit differ: gold physical / sys physical, sys smaller');
  });

  it('lists only the missed quantities of a file, by gold text', () => {
    const gold = { quantities: [{ text: '40 km', value: 40, unit: 'km' }, { text: '12 villagers', value: 12, unit: 'person' }] };
    const kinds = quantityMissKinds(gold, { document: { text }, quantities: [{ ...at('40 km'), value: 40, unit: 'km' }] });
    assert.deepEqual([...kinds.entries()], [['12 villagers', ['quantity not found: no overlapping system quantity (gold person, digits)']]]);
    assert.deepEqual([...quantityMissKinds(gold, undefined).values()].flat(), ['quantity: no analysis kept', 'quantity: no analysis kept']);
  });

  it('resolves scorer miss lines through kept analyses and prints no text, number or unit', () => {
    const root = mkdtempSync(join(tmpdir(), 'qmiss-'));
    try {
      const dir = join(root, 'set'); const keep = join(root, 'keep');
      mkdirSync(dir); mkdirSync(keep);
      writeFileSync(join(dir, '01-x.txt'), text);
      writeFileSync(join(dir, '01-x.gold.json'), JSON.stringify({ file: '01-x.txt', quantities: [
        { text: '12 villagers', value: 12, unit: 'person' }, { text: '$3.5m', value: 3500000, unit: 'USD' }, { text: 'about 20%', value: 20, unit: '%', bound: 'APPROX' }] }));
      writeFileSync(join(keep, `${encodeURIComponent(resolve(join(dir, '01-x.txt')))}.json`), JSON.stringify({ document: { text }, quantities: [
        { ...at('12 villagers'), value: 12, unit: 'villager' }, { ...at('20%'), value: 20, unit: '%' }] }));
      const out = [
        'score: quantities=0.000',
        '  miss set/01-x.gold.json: quantity "12 villagers"',
        '  miss set/01-x.gold.json: quantity "$3.5m"',
        '  miss set/01-x.gold.json: quantity "about 20%"',
        '  miss set/02-y.gold.json: quantity "nine boats"',
      ].join('\n');
      const counts = countMissKinds(out, keptQuantityResolver(dir, keep));
      assert.deepEqual(counts, [
        ['quantity bound differs (percent): want APPROX got none', 1],
        ['quantity not found or wrong', 1],
        ['quantity not found: no overlapping system quantity (gold currency, digits, one token $#a)', 1],
        ['quantity unit differs: gold person / sys count noun (no count rule)', 1],
      ]);
      const printed = counts.map(([k]) => k).join(' ');
      for (const secret of ['villager', '3.5', '12', '20', 'USD', 'boat', 'nine']) assert.ok(!printed.includes(secret), secret);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('bound miss shapes', () => {
  const shapeOf = (t: string, q: string, rule = '') => boundShape(t, { start: t.indexOf(q), end: t.indexOf(q) + q.length, rule });
  it('names range and extremum shapes in closed-class words', () => {
    assert.equal(shapeOf('Rates of 5% to 7% were set.', '5%'), 'another figure follows after a dash, to or and');
    assert.equal(shapeOf('Rates of 5% to 7% were set.', '7%'), 'after a figure and a dash, to or and');
    assert.equal(shapeOf('Prices went from $2 to $4.', '$2'), 'another figure follows after a dash, to or and, after from');
    assert.equal(shapeOf('A global minimum tax rate of 15% was agreed.', '15%'), 'an extremum word before in the clause');
    // nothing to say of a plain figure
    assert.equal(shapeOf('Rates rose 5% last year.', '5%'), '');
  });
  it('tells the frame of "up to" without its words', () => {
    assert.equal(shapeOf('Floodwater reached up to three metres.', 'up to three metres', 'quantity:words+bound:up to'),
      'a verb of reaching before up to, no modal or forecast word in the sentence');
    assert.equal(shapeOf('Snow of up to 30 cm could fall.', 'up to 30 cm', 'quantity:digits+bound:up to'),
      'of before up to, a modal or forecast word in the sentence');
  });
  it('adds the shape to a bound miss', () => {
    const t = 'Rates of 5% to 7% were set.';
    assert.equal(quantityMissKind({ text: '5%', value: 5, unit: '%', bound: 'MIN' }, t, [{ start: 9, end: 11, value: 5, unit: '%' }]),
      'quantity bound differs (percent): want MIN got none; another figure follows after a dash, to or and');
  });
});
