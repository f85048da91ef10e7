import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quantity } from '../../../src/core/types.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string, times: Quantity[] | { start: number; end: number; text: string }[] = []): Quantity[] =>
  findQuantities({ text, sentences: [], times: times.map((t) => ({ ...t, type: 'DATE' as const, value: 'X' })) });

interface Want { value: number; unit: string; bound?: string | null; text?: string }
/** [input, quantities expected (in order, each must be found), exact count or undefined] */
const POSITIVE: Array<[string, Want[], number?]> = [
  ['The storm killed 11,300 people.', [{ value: 11300, unit: 'person', text: '11,300 people' }], 1],
  ['It rose 1.5 metres.', [{ value: 1.5, unit: 'm' }], 1],
  ['twenty soldiers were hurt', [{ value: 20, unit: 'person' }], 1],
  ['They bought a dozen eggs.', [{ value: 12, unit: 'egg' }], 1],
  ['Hundreds of people fled.', [{ value: 100, unit: 'person', bound: 'MORE_THAN' }], 1],
  ['About 1.5 million people live there.', [{ value: 1.5e6, unit: 'person', bound: 'APPROX' }], 1],
  ['an appeal for $71.4 million', [{ value: 71.4e6, unit: 'USD', text: '$71.4 million' }], 1],
  ['Revenue was 68.7bn euros.', [{ value: 68.7e9, unit: 'EUR' }], 1],
  ['The board is 4 1/2 inches thick.', [{ value: 4.5, unit: 'in' }], 1],
  ['Between 5,000-6,000 people were missing', [{ value: 5000, unit: 'person', bound: 'AT_LEAST' }, { value: 6000, unit: 'person', bound: 'AT_MOST' }], 2],
  ['5,000 to 6,000 people had been reported missing', [{ value: 5000, unit: 'person', bound: 'AT_LEAST', text: '5,000' }, { value: 6000, unit: 'person', bound: 'AT_MOST' }], 2],
  ['between 10 and 15 villages', [{ value: 10, unit: 'village', bound: 'AT_LEAST' }, { value: 15, unit: 'village', bound: 'AT_MOST' }], 2],
  ['Inflation was 3.7% in August.', [{ value: 3.7, unit: '%' }], 1],
  ['It grew 5 per cent last year.', [{ value: 5, unit: '%' }], 1],
  ['prices rose nearly 11%', [{ value: 11, unit: '%', bound: 'LESS_THAN' }], 1],
  ['a US$71 million appeal', [{ value: 71e6, unit: 'USD' }], 1],
  ['a €5m grant', [{ value: 5e6, unit: 'EUR' }], 1],
  ['a £2bn deal', [{ value: 2e9, unit: 'GBP' }], 1],
  ['they paid 300 dollars', [{ value: 300, unit: 'USD' }], 1],
  ['worth 5 million Australian dollars', [{ value: 5e6, unit: 'AUD' }], 1],
  ['a top speed of 59 km/h (37 mph)', [{ value: 59, unit: 'km/h', bound: 'MAX' }, { value: 37, unit: 'mph' }], 2],
  ['a route of 1,180km (733 miles)', [{ value: 1180, unit: 'km' }, { value: 733, unit: 'mi' }], 2],
  ['floodwater reached up to three metres (10 feet)', [{ value: 3, unit: 'm', bound: 'MAX' }, { value: 10, unit: 'ft' }], 2],
  ['it weighs 200 tonnes', [{ value: 200, unit: 't' }], 1],
  ['122mm and 152mm shells', [{ value: 122, unit: 'mm' }, { value: 152, unit: 'mm' }], 2],
  ['414mm of rain fell', [{ value: 414, unit: 'mm' }], 1],
  ['temperatures of 45°C', [{ value: 45, unit: '°C' }], 1],
  ['it burned 5,000 hectares', [{ value: 5000, unit: 'ha' }], 1],
  ['22.5 million cubic metres of water', [{ value: 22.5e6, unit: 'm3' }], 1],
  ['winds of 120 miles per hour', [{ value: 120, unit: 'mph' }], 1],
  ['at least 20 bulletproof cars', [{ value: 20, unit: 'car', bound: 'AT_LEAST' }], 1],
  ['two ageing dams burst', [{ value: 2, unit: 'dam' }], 1],
  ['250,000 Libyans were hit', [{ value: 250000, unit: 'person' }], 1],
  ['6,000 body bags', [{ value: 6000, unit: 'body bag' }], 1],
  ['three rescue teams arrived', [{ value: 3, unit: 'team' }], 1],
  ['the toll passed 2,000 on Monday', [{ value: 2000, unit: 'person', bound: 'MORE_THAN' }], 1],
  ['More than 5,000 people were missing', [{ value: 5000, unit: 'person', bound: 'MORE_THAN' }], 1],
  ['fewer than 50 civilians', [{ value: 50, unit: 'person', bound: 'LESS_THAN' }], 1],
  ['under 30 children', [{ value: 30, unit: 'person', bound: 'LESS_THAN' }], 1],
  ['as many as 400 migrants', [{ value: 400, unit: 'person', bound: 'AT_MOST' }], 1],
  ['roughly 165km west', [{ value: 165, unit: 'km', bound: 'APPROX' }], 1],
  ['10,000 or more people were missing', [{ value: 10000, unit: 'person', bound: 'AT_LEAST' }], 1],
  ['some 7,000 injured', [{ value: 7000, unit: 'person', bound: 'APPROX' }], 1],
  ['at least a cup\'s worth of rubble', [{ value: 1, unit: 'cup', bound: 'AT_LEAST' }], 1],
  ['it sat just a kilometre from the city', [{ value: 1, unit: 'km' }], 1],
  ['seven counts covering fraud', [{ value: 7, unit: 'count' }], 1],
  ['twenty-five houses', [{ value: 25, unit: 'house' }], 1],
  ['two hundred and fifty thousand refugees', [{ value: 250000, unit: 'person' }], 1],
  ['half a million displaced', [{ value: 500000, unit: 'person' }], 1],
  ['tens of thousands of protesters', [{ value: 10000, unit: 'person', bound: 'MORE_THAN' }], 1],
  ['The dam held 1.5 million cubic metres; it sat a kilometre away.', [{ value: 1.5e6, unit: 'm3' }, { value: 1, unit: 'km' }], 2],
  ['5.6m people need aid', [{ value: 5.6e6, unit: 'person' }], 1],
  ['a 7-metre wave', [{ value: 7, unit: 'm' }], 1],
  ['2000 cars were recalled', [{ value: 2000, unit: 'car' }], 1],
  ['three French, three Greeks, two Danes and 120,000 Arabs', [{ value: 3, unit: 'person', text: 'three French' }, { value: 3, unit: 'person' }, { value: 2, unit: 'person' }, { value: 120000, unit: 'person' }], 4],
  ['about one kilometre (half a mile) away', [{ value: 1, unit: 'km', bound: 'APPROX' }, { value: 0.5, unit: 'mi' }], 2],
  ['Half a dozen environmentalists protested.', [{ value: 6, unit: 'person' }], 1],
  ['several thousand people fled', [{ value: 1000, unit: 'person', bound: 'MORE_THAN' }], 1],
  ['a few hundred protesters', [{ value: 100, unit: 'person', bound: 'MORE_THAN' }], 1],
  ['a 5m wall and 20g of gold and 30C heat', [{ value: 5, unit: 'm' }, { value: 20, unit: 'g' }, { value: 30, unit: '°C' }], 3],
  ['Medicines worth KSh17.3 million (GBP 2.4 million) were sent', [{ value: 17.3e6, unit: 'KES' }, { value: 2.4e6, unit: 'GBP' }], 2],
  ['a $1.2 bn loan', [{ value: 1.2e9, unit: 'USD' }], 1],
  ['it fell to minus 5 degrees Celsius', [{ value: -5, unit: '°C', text: 'minus 5 degrees Celsius' }], 1],
  ['The 7.8-magnitude earthquake killed more than 50,000 people.', [{ value: 7.8, unit: 'magnitude' }, { value: 50000, unit: 'person', bound: 'MORE_THAN' }], 2],
  ['A magnitude 6.1 quake struck.', [{ value: 6.1, unit: 'magnitude' }], 1],
  ['Oil rose 2% to $85.50 a barrel.', [{ value: 2, unit: '%' }, { value: 85.5, unit: 'USD' }], 2],
  ['India has a population of 1.4 billion.', [{ value: 1.4e9, unit: 'person' }], 1],
  ['The rally drew an estimated 100,000 supporters.', [{ value: 100000, unit: 'person', bound: 'APPROX' }], 1],
  ['Ukraine received 31 Abrams tanks.', [{ value: 31, unit: 'tank' }], 1],
  ['around 2000 people marched', [{ value: 2000, unit: 'person', bound: 'APPROX' }], 1],
  ['the pump price was $3.84', [{ value: 3.84, unit: 'USD' }], 1],
  ['the 2% target', [{ value: 2, unit: '%' }], 1],
  ['4 billion miles (6.2 billion kilometers)', [{ value: 4e9, unit: 'mi' }, { value: 6.2e9, unit: 'km' }], 2],
  ['the number of displaced at about 3,000 in Albayda', [{ value: 3000, unit: 'person', bound: 'APPROX' }], 1],
  ['a further 10,100 people are missing', [{ value: 10100, unit: 'person' }], 1],
  ['eight officials were arrested', [{ value: 8, unit: 'person' }], 1],
  ['Some 300 journalists attended', [{ value: 300, unit: 'person', bound: 'APPROX' }], 1],
  ['Temperatures fell to -5°C overnight.', [{ value: -5, unit: '°C', text: '-5°C' }], 1],
  ['It was 35 Celsius in Cairo.', [{ value: 35, unit: '°C' }], 1],
  ['The Fed raised rates by 25 basis points.', [{ value: 25, unit: 'bp' }], 1],
  ['Rates rose four percentage points.', [{ value: 4, unit: 'percentage point' }], 1],
  ['a fine of Rs 500 was imposed', [{ value: 500, unit: 'INR' }], 1],
  ['shot by four plain-clothes officers', [{ value: 4, unit: 'person' }], 1],
  ['He has used 29 aliases.', [{ value: 29, unit: 'alias' }], 1],
  ['between $30,000 and $60,000 a year', [{ value: 30000, unit: 'USD', bound: 'MIN' }, { value: 60000, unit: 'USD', bound: 'MAX', text: '$60,000' }], 2],
  ['families earning $200 or less', [{ value: 200, unit: 'USD', bound: 'AT_MOST' }], 1],
  ['a quarter of a million dollars', [{ value: 250000, unit: 'USD' }], 1],
];

/** [input, substring that must not be (inside) a quantity] */
const NEGATIVE: Array<[string, string]> = [
  ['He visited Vladivostok in 2019 for a summit.', '2019'],
  ['The 2011 revolution broke out.', '2011'],
  ['The dams had cracks since 1998.', '1998'],
  ['They met on September 10 in Derna.', '10'],
  ['They met on 10 September in Derna.', '10'],
  ['Sentencing was set for March 28, 2024.', '28'],
  ['A Boeing 747 landed.', '747'],
  ['The COVID-19 pandemic spread.', '19'],
  ['Apollo 11 astronauts returned.', '11'],
  ['Call +1 555-123-4567 now.', '555'],
  ['Call 0800 123 456 now.', '0800'],
  ['It was his first trip in over four years.', 'four'],
  ['Testimony lasted 15 days.', '15'],
  ['in the past 48 hours', '48'],
  ['formed 4.5 billion years ago', '4.5'],
  ['The meeting starts at 10:30.', '10'],
  ['The meeting starts at 3 p.m. sharp.', '3'],
  ['UN Resolution 2231 expired.', '2231'],
  ['Flight MH17 was shot down.', '17'],
  ['The G7 summit opened.', '7'],
  ['the 21st century', '21'],
  ['in the 1970s', '1970'],
  ['One Derna resident said it.', 'One'],
  ['one of the two leaders', 'one'],
  ['an F-16 jet', '16'],
  ['the 9/11 attacks', '9'],
  ['his second visit', 'second'],
  ['It was the first time in history.', 'first'],
  ['the third of five planes', 'third'],
  ['Team A won 3-1.', '3'],
  ['page 12 of the report', '12'],
  ['the 2022 elections', '2022'],
  ['the value 1e999 is huge', '1e999'],
  ['version 2.0.1 shipped', '2.0.1'],
  ['A $5 million reward has been offered.', 'A $'],
  ['American Skin (41 Shots) was written after the 1999 shooting death.', '1999'],
  ['Trump’s 1995 state income tax filings leaked.', '1995'],
  ['The 5G network and 3D printers arrived.', '5G'],
  ['Speaking to BBC Three Counties Radio, she said so.', 'Three'],
  ['emissions 32 percent below 2005 levels', '2005'],
  ['In a long profile of Oz in 2013 fellow doctors spoke out.', '2013'],
];

for (const [input, wants, count] of POSITIVE) {
  test(`quantity: ${input}`, () => {
    const qs = find(input);
    for (const w of wants) {
      const hit = qs.find((q) => q.value === w.value && q.unit === w.unit && (w.bound === undefined || (q.bound ?? null) === w.bound));
      assert.ok(hit, `expected ${w.value} ${w.unit} ${w.bound ?? ''} in ${JSON.stringify(qs.map((q) => [q.text, q.value, q.unit, q.bound]))}`);
      if (w.text) assert.equal(hit.text, w.text);
      assert.equal(input.slice(hit.start, hit.end), hit.text);
      assert.ok(hit.rule?.startsWith('quantity:'));
    }
    if (count !== undefined) assert.equal(qs.length, count, JSON.stringify(qs.map((q) => q.text)));
  });
}

for (const [input, sub] of NEGATIVE) {
  test(`not a quantity: "${sub}" in ${input}`, () => {
    const at = input.indexOf(sub);
    const qs = find(input);
    const bad = qs.filter((q) => q.start <= at && q.end >= at + sub.length);
    assert.deepEqual(bad.map((q) => q.text), []);
  });
}

test('numbers inside a time found by the time stage are skipped', () => {
  const text = 'The storm lasted 24 weeks and killed 300 people.';
  const qs = find(text, [{ start: 17, end: 25, text: '24 weeks' }]);
  assert.deepEqual(qs.map((q) => q.value), [300]);
});

test('parenthetical equivalents are linked both ways', () => {
  const qs = find('a maximum speed of 59 km/h (37 mph) on the line');
  assert.equal(qs.length, 2);
  assert.equal(qs[0].equivalentOf, 1);
  assert.equal(qs[1].equivalentOf, 0);
  assert.deepEqual(qs[0].si, { value: 16.39, unit: 'm/s' });
});

test('ranges with a bracketed equivalent range pair low with low, high with high', () => {
  const qs = find('waves of 5-6 metres (16-20 feet) hit the coast');
  assert.deepEqual(qs.map((q) => [q.value, q.unit, q.equivalentOf]), [[5, 'm', 2], [6, 'm', 3], [16, 'ft', 0], [20, 'ft', 1]]);
});

test('a calibre keeps the noun it modifies, also when coordinated', () => {
  const qs = find('Russia needs 122mm and 152mm shells.');
  assert.deepEqual(qs.map((q) => [q.unit, q.noun]), [['mm', 'shell'], ['mm', 'shell']]);
});

test('"A $5 million reward" is dollars, not Australian dollars', () => {
  assert.equal(find('A $5 million reward.')[0].unit, 'USD');
  assert.equal(find('a A$5 million grant')[0].unit, 'AUD');
});

test('a change "from X to Y" is not a range', () => {
  const qs = find('The toll rose from 2,000 to 3,000 people.');
  assert.ok(qs.every((q) => q.bound === undefined), JSON.stringify(qs));
});

test('prototype words are not number words', () => {
  assert.deepEqual(find('constructor toString hasOwnProperty valueOf __proto__ people'), []);
});
