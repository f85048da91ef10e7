import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quantity } from '../../../src/core/types.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// Second pass on the quantity stage: sentences written for these tests, modelled on news across domains
// (economy, disasters, conflict, health, courts, shipping, science). Each row: input, the quantities that
// must be found (value, unit, bound where it matters, text where it matters), and optionally the exact count.

const find = (text: string, times: Array<{ start: number; end: number; text: string }> = []): Quantity[] =>
  findQuantities({ text, sentences: [], times: times.map((t) => ({ ...t, type: 'DURATION' as const, value: 'X' })) });

interface Want { value: number; unit: string; bound?: string | null; text?: string }
const CASES: Array<[string, Want[], number?]> = [
  // people: professions, group nouns, modifiers, nationalities
  ['Police arrested six arms dealers in the port.', [{ value: 6, unit: 'person', text: 'six arms dealers' }], 1],
  ['The court jailed three former executives.', [{ value: 3, unit: 'person' }], 1],
  ['Five health workers and 20 steelworkers were hurt.', [{ value: 5, unit: 'person' }, { value: 20, unit: 'person' }], 2],
  ['All 23 crew members were rescued by the coastguard.', [{ value: 23, unit: 'person', text: '23 crew members' }], 1],
  ['Two police cars and 12 police officers arrived.', [{ value: 2, unit: 'car' }, { value: 12, unit: 'person' }], 2],
  ['Israeli shelling killed three Lebanese civilians.', [{ value: 3, unit: 'person', text: 'three Lebanese civilians' }], 1],
  ['The war killed about three million Vietnamese.', [{ value: 3e6, unit: 'person', bound: 'APPROX' }], 1],
  ['He admitted shooting two of the hostages.', [{ value: 2, unit: 'person' }], 1],
  ['Rescuers found three more bodies under the rubble.', [{ value: 3, unit: 'person' }], 1],
  ['The talks resumed after two earlier adjournments.', [{ value: 2, unit: 'adjournment' }], 1],
  ['Six sales figures were revised.', [{ value: 6, unit: 'figure' }], 1],
  // a bare figure whose noun was named before
  ['More than 2 million Ukrainians have fled. The UN put the figure at 40,000 for the week.', [{ value: 2e6, unit: 'person', bound: 'MORE_THAN' }, { value: 40000, unit: 'person' }], 2],
  ['The UN put the figure at 40,000, while officials said the number of displaced was higher.', [{ value: 40000, unit: 'person' }], 1],
  ['The number of refugee camps rose to 40 this year.', [{ value: 40, unit: 'camp' }], 1],
  ['Nearly 1800 were killed in the fighting.', [{ value: 1800, unit: 'person', bound: 'LESS_THAN' }], 1],
  // percentages, money
  ['Inflation hit 6.7pc in June.', [{ value: 6.7, unit: '%' }], 1],
  ['The jobless rate fell 0.3 percentage points to 4.2 per cent.', [{ value: 0.3, unit: 'percentage point' }, { value: 4.2, unit: '%' }], 2],
  ['Exports reached 68.7bn yuan.', [{ value: 68.7e9, unit: 'CNY' }], 1],
  ['The state set aside Rs 500 crore for relief.', [{ value: 5e9, unit: 'INR' }], 1],
  ['It is a 10-billion-dollar loan.', [{ value: 1e10, unit: 'USD' }], 1],
  ['Debt totalled 12.1 trillion won.', [{ value: 12.1e12, unit: 'KRW' }], 1],
  ['Shares worth 1.175 billion ringgit changed hands.', [{ value: 1.175e9, unit: 'MYR' }], 1],
  ['Oil rose $5 a barrel.', [{ value: 5, unit: 'USD' }], 1],
  ['Prices rose from 10 to 15 percent.', [{ value: 10, unit: '%', bound: null }, { value: 15, unit: '%', bound: null }], 2],
  // measures and scales
  ['A magnitude 6.8 earthquake struck.', [{ value: 6.8, unit: 'magnitude', text: 'magnitude 6.8' }], 1],
  ['The quake had a magnitude of 6.2.', [{ value: 6.2, unit: 'magnitude' }], 1],
  ['An earthquake measuring 5.7 on the Richter scale jolted the county.', [{ value: 5.7, unit: 'magnitude', text: '5.7 on the Richter scale' }], 1],
  ['Winds of 120 knots were recorded 50 nautical miles offshore.', [{ value: 120, unit: 'kn' }, { value: 50, unit: 'nmi' }], 2],
  ['The fire burnt 12,000 hectares (29,650 acres).', [{ value: 12000, unit: 'ha' }, { value: 29650, unit: 'acre' }], 2],
  ['The plant produces 500 megawatts.', [{ value: 500, unit: 'MW' }], 1],
  ['Temperatures hit 45 degrees in Seville and 104 degrees in Phoenix.', [{ value: 45, unit: '°C' }, { value: 104, unit: '°F' }], 2],
  ['The goal is to limit warming to 1.5 degrees.', [{ value: 1.5, unit: '°C' }], 1],
  ['The car turned 180 degrees.', [{ value: 180, unit: 'degree' }], 1],
  ['A 40-strong delegation and a 15-member council met.', [{ value: 40, unit: 'person' }, { value: 15, unit: 'member' }], 2],
  ['The shuttle disintegrated, killing all seven aboard.', [{ value: 7, unit: 'person' }], 1],
  ['A plane crashed, killing six and wounding two.', [{ value: 6, unit: 'person' }, { value: 2, unit: 'person' }], 2],
  ['The questionnaire runs from ten to 32 pages.', [{ value: 10, unit: 'page', bound: 'AT_LEAST' }, { value: 32, unit: 'page', bound: 'AT_MOST' }], 2],
  ['The floods killed 1500 and displaced thousands.', [{ value: 1500, unit: 'person' }], 1],
  ['Around 2000 were evacuated from the town.', [{ value: 2000, unit: 'person', bound: 'APPROX' }], 1],
  ['Around 2000 the company moved its people abroad.', [], 0],
  ['In 2019 the dam was repaired. Since 2015 people have fled. By 2030 deaths will fall.', [], 0],
  ['Between two and three million people fled.', [{ value: 2e6, unit: 'person', bound: 'AT_LEAST' }, { value: 3e6, unit: 'person', bound: 'AT_MOST' }], 2],
  ['The bank raised its rate by three-quarters of a percentage point to 3.75%.', [{ value: 0.75, unit: 'percentage point', text: 'three-quarters of a percentage point' }, { value: 3.75, unit: '%' }], 2],
  ['Rates rose half a percentage point; the town lies a quarter of a mile away.', [{ value: 0.5, unit: 'percentage point' }, { value: 0.25, unit: 'mi' }], 2],
  ['The deal is worth $US5 million and Rmb5bn.', [{ value: 5e6, unit: 'USD' }, { value: 5e9, unit: 'CNY' }], 2],
  ['The country used 120 terawatt hours and 3 GWh.', [{ value: 120, unit: 'TWh' }, { value: 3, unit: 'GWh' }], 2],
  ['Missile strike on station kills at least 50', [{ value: 50, unit: 'person', bound: 'AT_LEAST' }], 1],
  ['The 15-nation council met and voters elected a 500-seat assembly.', [{ value: 15, unit: 'nation' }, { value: 500, unit: 'seat' }], 2],
  // (ages are counted in years: "aged 12 and 13")
  ['Six students, five boys and a girl aged 12 and 13, died.', [{ value: 6, unit: 'person' }, { value: 5, unit: 'person' }, { value: 12, unit: 'year' }, { value: 13, unit: 'year' }], 4],
  ['He is averaging 1.3 assists a game.', [{ value: 1.3, unit: 'assist' }], 1],
  ['More than 2 million have fled the country.', [{ value: 2e6, unit: 'person', bound: 'MORE_THAN' }], 1],
  ['The motion passed after 55 voted in favour.', [{ value: 55, unit: 'person' }], 1],
  // bounds
  ['just over 100 of the 577 constituencies', [{ value: 100, unit: 'constituency', bound: 'MORE_THAN' }]],
];

const NOT: Array<[string, string]> = [
  ['They refused to hand over two Libyans.', 'over'],
  ['Company liabilities (billion yen) were listed.', 'billion'],
  ['Troops should arrive in the space of 10 or 14 days.', '10'],
  ['Real Madrid won 3-1.', '3'],
];

for (const [input, wants, count] of CASES) {
  test(`second pass: ${input}`, () => {
    const qs = find(input);
    const seen = JSON.stringify(qs.map((q) => [q.text, q.value, q.unit, q.bound]));
    for (const w of wants) {
      const hit = qs.find((q) => q.value === w.value && q.unit === w.unit && (w.bound === undefined || (q.bound ?? null) === w.bound));
      assert.ok(hit, `expected ${w.value} ${w.unit} ${w.bound ?? ''} in ${seen}`);
      if (w.text) assert.equal(hit.text, w.text);
      assert.ok(hit.rule?.startsWith('quantity:'));
    }
    if (count !== undefined) assert.equal(qs.length, count, seen);
  });
}

for (const [input, sub] of NOT) {
  test(`second pass, not a quantity: "${sub}" in ${input}`, () => {
    const at = input.indexOf(sub);
    const qs = find(input, input.includes('14 days') ? [{ start: input.indexOf('14 days'), end: input.indexOf('14 days') + 7, text: '14 days' }] : []);
    assert.deepEqual(qs.filter((q) => q.start <= at && q.end >= at + sub.length).map((q) => q.text), []);
  });
}

test('"over" as a bound still works after an ordinary verb', () => {
  for (const text of ['The storm killed over 200 people.', 'The party held over 80 percent of the seats.', 'The convoy took over 300 tonnes of aid.', 'She won over 60 percent of the vote.']) {
    const [q] = find(text);
    assert.equal(q?.bound, 'MORE_THAN', text);
  }
});

test('scaled decimals are exact: "4.1 million" is 4,100,000, not 4,099,999.9999999995', () => {
  for (let tenths = 1; tenths < 1000; tenths++) {
    const written = (tenths / 10).toFixed(1);
    for (const [scale, factor] of [['million', 1e6], ['bn', 1e9], ['lakh', 1e5]] as const) {
      const text = scale === 'bn' ? `$${written}bn was paid.` : `${written} ${scale} people fled.`;
      const [q] = find(text);
      assert.equal(q?.value, Math.round(tenths * factor / 10), `${text} → ${q?.value}`);
    }
  }
});
