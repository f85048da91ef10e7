// A one-letter scale set off by a space when a currency frames the figure ("$20 m", "400 m rupees"), and the Egyptian
// and Ethiopian press's spaced currency letters before a figure ("LE 5 billion", "Birr 5 billion", "Br 300 million").
// Sentences invented for the tests; no date is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { run, names } from '../entities/run-entities.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('a spaced "m", "b", "k" scales a figure with a currency sign before it or a currency name after the letter', () => {
  assert.deepEqual(find('The deal is worth $20 m.'), [['$20 m', 20e6, 'USD']]);
  assert.deepEqual(find('A grant of £5 m was approved.'), [['£5 m', 5e6, 'GBP']]);
  assert.deepEqual(find('The firm lost 400 m rupees last year.'), [['400 m rupees', 400e6, 'INR']]);
  assert.deepEqual(find('They spent 3.5 m euros on it.'), [['3.5 m euros', 3.5e6, 'EUR']]);
  assert.deepEqual(find('The fund holds 2 b USD.'), [['2 b USD', 2e9, 'USD']]);
  assert.deepEqual(find('The club paid 30 m pounds for him.'), [['30 m pounds', 30e6, 'GBP']]);
});

test('a spaced "m" without a currency stays no scale (metres are not read spaced; counts are not scaled)', () => {
  assert.deepEqual(find('The wall is 20 m high.'), []);
  assert.deepEqual(find('He ran 400 m in the heat.'), []);
  // the glued forms keep their readings
  assert.deepEqual(find('The wave was 5m high.'), [['5m', 5, 'm']]);
  assert.deepEqual(find('The deal is worth $20m.'), [['$20m', 20e6, 'USD']]);
  assert.deepEqual(find('They sold 5 m tickets.').map((q) => q[1]), [5]);
});

test('"LE", "Birr" and "Br" before a marked figure, spaced or glued, are the Egyptian pound and the Ethiopian birr', () => {
  assert.deepEqual(find('The bank injected LE 5 billion into the market.'), [['LE 5 billion', 5e9, 'EGP']]);
  assert.deepEqual(find('Bread now costs LE 3,000 a sack.').map((q) => [q[1], q[2]]), [[3000, 'EGP']]);
  assert.deepEqual(find('The bank lent Birr 5 billion to exporters.'), [['Birr 5 billion', 5e9, 'ETB']]);
  assert.deepEqual(find('Profits reached Br 300 million.'), [['Br 300 million', 300e6, 'ETB']]);
  assert.deepEqual(find('Profits reached Br5bn.'), [['Br5bn', 5e9, 'ETB']]);
});

test('the letters before an unmarked figure are no currency ("Birr 2" is a score, "LE 5" no amount)', () => {
  assert.deepEqual(find('Birr 2, Tullamore 1 was the final score.').filter((q) => q[2] === 'ETB'), []);
  assert.deepEqual(find('The LE 5 trim was launched.').filter((q) => q[2] === 'EGP'), []);
  assert.deepEqual(find('Br. John said 5 monks stayed.').filter((q) => q[2] === 'ETB'), []);
});

test('the currency letters before a figure are no entity; the town of Birr and "Le Monde" stay', () => {
  const doc = run('The bank injected LE 5 billion. It lent Birr 5 billion and Br 300 million. He was born in Birr, Ireland. Le Monde reported it.');
  assert.ok(!doc.entities.some((e) => /^(LE|Br)$/.test(e.name)), names(doc));
  assert.ok(!doc.entities.some((e) => e.name === 'Birr' && e.type === 'OTHER'), names(doc));
  assert.ok(doc.entities.some((e) => e.name === 'Le Monde'), names(doc));
  assert.ok(doc.entities.some((e) => e.name === 'Birr' && e.type === 'GPE'), names(doc));
});

test('long runs of spaced letters and figures stay linear', () => {
  const text = '5 m euros and LE 5 billion, '.repeat(10000);
  const t0 = Date.now();
  assert.equal(find(text).length, 20000);
  assert.ok(Date.now() - t0 < 20000);
});

test('Gulf, Levant and Algerian currency letters before a marked figure; Ghanaian and Ugandan signs as their press writes them', () => {
  const money = (t: string) => find(t).map((q) => [q[1], q[2]]);
  assert.deepEqual(money('The fund lent JD5 million to farmers.'), [[5e6, 'JOD']]);
  assert.deepEqual(money('The fund lent KD 5.5 million to farmers.'), [[5.5e6, 'KWD']]);
  assert.deepEqual(money('The fund lent BD 5 million to farmers.'), [[5e6, 'BHD']]);
  assert.deepEqual(money('The fund lent RO5 million to farmers.'), [[5e6, 'OMR']]);
  assert.deepEqual(money('The fund lent LL5 billion to farmers.'), [[5e9, 'LBP']]);
  assert.deepEqual(money('The fund lent DA5 billion to farmers.'), [[5e9, 'DZD']]);
  assert.deepEqual(money('The fund lent Gh¢ 5 million to farmers.'), [[5e6, 'GHS']]);
  assert.deepEqual(money('The fund lent UShs5 billion to farmers.'), [[5e9, 'UGX']]);
});

test('the same letters as initials or before an unmarked figure are no currency', () => {
  assert.deepEqual(find('JD Vance said 5 million people would benefit.').filter((q) => q[2] === 'JOD'), []);
  assert.deepEqual(find('The DA 5 cases were dropped.').filter((q) => q[2] === 'DZD'), []);
  assert.deepEqual(find('Take exit RO 5 and then LL 5.').filter((q) => q[2] === 'OMR' || q[2] === 'LBP'), []);
  const doc = run('JD Vance met the DA in Ohio. Kuwait lent KD 5.5 million.');
  assert.ok(!doc.entities.some((e) => e.name === 'KD'), names(doc));
});

test('a currency letter does not take a figure another unit owns, and DA, RO, JD only glued (review finding 1)', () => {
  const f = (t: string) => find(t).map((q) => [q[1], q[2]]);
  assert.deepEqual(f('The Centre raised DA 3.5 per cent for employees.'), [[3.5, '%']]);
  assert.ok(!find('The Centre raised DA 3.5% to 53.5%.').some((q) => q[2] === 'DZD'));
  assert.ok(!find('Alibaba put in 2.5 billion yuan and JD 1.5 billion yuan.').some((q) => q[2] === 'JOD'));
  assert.ok(!find('Tencent owns 17% of JD, JD 2.3 billion shares in all.').some((q) => q[2] === 'JOD'));
  assert.ok(!find('Install RO 1,000 litre units.').some((q) => q[2] === 'OMR'));
  assert.ok(!find('Rates rose KD 3.5 per cent and LL 2.5% in a year.').some((q) => q[2] === 'KWD' || q[2] === 'LBP'));
  assert.ok(!find('BD 1.5 billion yuan was spent.').some((q) => q[2] === 'BHD'));
  // still currencies
  assert.deepEqual(f('The fund lent JD5 million to farmers.'), [[5e6, 'JOD']]);
  assert.deepEqual(f('The fund lent KD 5.5 million to farmers.'), [[5.5e6, 'KWD']]);
  assert.deepEqual(f('The fund lent LL 2.5 billion to farmers.'), [[2.5e9, 'LBP']]);
});

test('a name before an unmarked figure stays a name, as the quantity side reads it (review finding 4)', () => {
  const has = (t: string, n: string) => run(t).entities.some((e) => e.name === n);
  assert.ok(has('Sales at Alibaba and JD 618 promotions rose sharply on Monday.', 'JD'), names(run('Sales at Alibaba and JD 618 promotions rose sharply on Monday.')));
  assert.ok(has('Lebanese singer Ll 2 was there.', 'Ll 2') || has('Lebanese singer Ll 2 was there.', 'Ll'), names(run('Lebanese singer Ll 2 was there.')));
  // negatives: amounts still no names
  assert.ok(!has('Kuwait lent KD 5.5 million.', 'KD'));
  assert.ok(!has('Beirut paid LL5 billion to the firm.', 'LL5'));
  assert.ok(!has('The deal was worth SR35.2 billion.', 'SR35.2'));
});
