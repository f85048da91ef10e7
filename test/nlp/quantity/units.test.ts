import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convert, toSi } from '../../../src/nlp/quantity/units.js';
import { parseDigits, parseWordNumber } from '../../../src/nlp/quantity/number.js';
import { singular } from '../../../src/nlp/quantity/nouns.js';
import { sentenceSpans, tokenize } from '../../../src/nlp/quantity/tokens.js';

const close = (a: number | undefined, b: number, eps = 1e-6) => {
  assert.ok(a !== undefined && Math.abs(a - b) <= eps * Math.max(1, Math.abs(b)), `${a} ≉ ${b}`);
};

test('SI conversion of each dimension', () => {
  assert.deepEqual(toSi(59, 'km/h'), { value: 16.39, unit: 'm/s' });
  assert.deepEqual(toSi(3, 'km'), { value: 3000, unit: 'm' });
  assert.deepEqual(toSi(200, 't'), { value: 200000, unit: 'kg' });
  assert.deepEqual(toSi(10, 'ft'), { value: 3.05, unit: 'm' });
  assert.deepEqual(toSi(1, 'ha'), { value: 10000, unit: 'm2' });
  assert.deepEqual(toSi(0, '°C'), { value: 273.15, unit: 'K' });
  assert.deepEqual(toSi(1, 'teaspoon'), { value: 0.000004929, unit: 'm3' });
  assert.equal(toSi(5, 'person'), undefined);
  assert.equal(toSi(5, 'USD'), undefined);
});

test('conversion between units', () => {
  close(convert(59, 'km/h', 'mph'), 36.6614, 1e-4);
  close(convert(13, 'km', 'mi'), 8.0778, 1e-4);
  close(convert(63000, 'mi', 'km'), 101388.67, 1e-6);
  close(convert(22.5e6, 'm3', 'ft3'), 794580000, 1e-3);
  close(convert(100, '°C', '°F'), 212);
  close(convert(32, '°F', '°C'), 0);
  assert.equal(convert(1, 'km', 'kg'), undefined);
  assert.equal(convert(1, 'km', 'person'), undefined);
});

test('digit parsing accepts separators and rejects lists, IPs and absurd lengths', () => {
  assert.equal(parseDigits('11,300'), 11300);
  assert.equal(parseDigits('1.5'), 1.5);
  assert.equal(parseDigits('1,234,567.89'), 1234567.89);
  assert.equal(parseDigits('1,2'), undefined);
  assert.equal(parseDigits('192.168.0.1'), undefined);
  assert.equal(parseDigits('9'.repeat(100000)), undefined);
  assert.equal(parseDigits('12,34'), undefined);
});

test('word numbers', () => {
  const w = (s: string) => {
    const toks = tokenize(s, sentenceSpans(s, []));
    return parseWordNumber(toks, 0)?.value;
  };
  assert.equal(w('twenty-five'), 25);
  assert.equal(w('two hundred and fifty thousand'), 250000);
  assert.equal(w('a dozen'), 12);
  assert.equal(w('half a million'), 500000);
  assert.equal(w('two and a half million'), 2500000);
  assert.equal(w('three'), 3);
  assert.equal(w('first'), undefined);
  assert.equal(w('a car'), undefined);
});

test('singulars', () => {
  const cases: Array<[string, string]> = [['dams', 'dam'], ['bodies', 'body'], ['churches', 'church'], ['houses', 'house'], ['buses', 'bus'], ['homes', 'home'], ['children', 'child'], ['boxes', 'box']];
  for (const [p, s] of cases) assert.equal(singular(p), s);
});
