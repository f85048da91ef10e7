// Units news writes that were missing (air pressure, air quality, gas volumes, megatonnes, horsepower, land measures
// of Egyptian and Levantine copy) and currency names shared by several countries, coded by the country the report's
// places name; "lakh crore"; people in -men and plurals in -ics. Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, Quantity } from '../../../src/core/types.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { currencyByCountry } from '../../../src/nlp/quantity/currency-country.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('storm pressure, air quality, sound, gas and oil volumes, flows are measures with an SI value', () => {
  assert.deepEqual(find('The typhoon\'s central pressure fell to 935 hPa.'), [['935 hPa', 935, 'hPa']]);
  assert.deepEqual(find('The barometer read 980 millibars.'), [['980 millibars', 980, 'mbar']]);
  assert.deepEqual(find('Fine particles reached 240 micrograms per cubic metre in the capital.'), [['240 micrograms per cubic metre', 240, 'µg/m3']]);
  assert.deepEqual(find('Readings of 95 µg/m3 were logged.'), [['95 µg/m3', 95, 'µg/m3']]);
  assert.deepEqual(find('Carbon dioxide passed 425 parts per million.').map((q) => q[2]), ['ppm']);
  assert.deepEqual(find('The jets were measured at 110 decibels.'), [['110 decibels', 110, 'dB']]);
  assert.deepEqual(find('The new link can carry 20 bcm of gas.'), [['20 bcm', 20, 'bcm']]);
  assert.deepEqual(find('Exports slipped to 2.1 mb/d in May.').map((q) => q[2]), ['mb/d']);
  assert.deepEqual(find('The river peaked at 7,500 cubic metres per second.'), [['7,500 cubic metres per second', 7500, 'm3/s']]);
  assert.deepEqual(find('The country emitted 1.4 gigatonnes of carbon dioxide.'), [['1.4 gigatonnes', 1.4, 'Gt']]);
  assert.deepEqual(find('The tractor has a 90 horsepower engine.'), [['90 horsepower', 90, 'hp']]);
  assert.deepEqual(find('The satellite streaks along at 7.8 kilometres per second.'), [['7.8 kilometres per second', 7.8, 'km/s']]);
  assert.deepEqual(find('Farmers lost 3,000 feddans of wheat.'), [['3,000 feddans', 3000, 'feddan']]);
  assert.deepEqual(find('The order seizes 400 dunams of land.'), [['400 dunams', 400, 'dunam']]);
  assert.deepEqual(find('The camp covers 60 sq. km of desert.'), [['60 sq. km', 60, 'km2']]);
  // a hyphenated "degree" is a temperature with a heat word near, an angle otherwise
  assert.deepEqual(find('A 45-degree heatwave gripped the city.'), [['45-degree', 45, '°C']]);
  assert.deepEqual(find('The road makes a 90-degree turn.').map((q) => q[2]), ['degree']);
  // the degree sign as many newsrooms type it, and alone after the digits when a heat word is near
  assert.deepEqual(find('Jacobabad recorded 51ºC on Friday.'), [['51ºC', 51, '°C']]);
  assert.deepEqual(find('Jacobabad recorded 51˚C on Friday.'), [['51˚C', 51, '°C']]);
  assert.deepEqual(find('Jacobabad recorded 51oC on Friday.'), [['51oC', 51, '°C']]);
  assert.deepEqual(find('The heatwave pushed the mercury to 49° on Monday.'), [['49°', 49, '°C']]);
  assert.deepEqual(find('The ramp is angled at 30°.'), []);
  assert.deepEqual(find('The state procured 5,000 MT of wheat.'), [['5,000 MT', 5000, 't']]);
  const [si] = findQuantities({ text: 'It fell to 935 hPa.', sentences: [], times: [] });
  assert.deepEqual(si?.si, { value: 93500, unit: 'Pa' });
  // "kt" stays the knot and a bare "mt" is no megatonne
  assert.deepEqual(find('Winds of 60 kt lashed the port.').map((q) => q[2]), ['kn']);
  assert.notEqual(find('The farm shipped 500 mt of rice.')[0]?.[2], 'Mt');
});

const place = (name: string, country: string, n = 1): Entity => ({
  id: name, name, type: 'GPE', geo: { lat: 0, lon: 0, country }, mentions: Array.from({ length: n }, () => ({ start: 0, end: 1, text: name })),
});
const coded = (text: string, entities: Entity[]): string[] => {
  const qs: Quantity[] = findQuantities({ text, sentences: [], times: [] });
  currencyByCountry(qs, entities);
  return qs.map((q) => q.unit);
};

test('a currency name shared by several countries takes the code of the country the report names most', () => {
  assert.deepEqual(coded('The council approved 2 billion dinars for Derna.', [place('Derna', 'LY'), place('Libya', 'LY')]), ['LYD']);
  assert.deepEqual(coded('The province will spend 5 billion pesos on roads.', [place('Manila', 'PH')]), ['PHP']);
  assert.deepEqual(coded('The budget sets aside Rs 300 billion for dams.', [place('Lahore', 'PK', 2), place('India', 'IN')]), ['PKR']);
  assert.deepEqual(coded('Farmers were paid 40,000 shillings each.', [place('Kampala', 'UG')]), ['UGX']);
  assert.deepEqual(coded('Fines of 500 riyals were imposed.', [place('Muscat', 'OM')]), ['OMR']);
  // no place of the family named: the default stays; a country adjective keeps its own code
  assert.deepEqual(coded('The council approved 2 billion dinars.', [place('Paris', 'FR')]), ['IQD']);
  assert.deepEqual(coded('He paid 5 million Iraqi dinars.', [place('Tripoli', 'LY')]), ['IQD']);
  // a bare "$" is the local dollar only where the local press writes it so and the United States goes unnamed
  assert.deepEqual(coded('The state will spend $2 billion on hospitals.', [place('Sydney', 'AU', 2), place('Fiji', 'FJ')]), ['AUD']);
  assert.deepEqual(coded('The state will spend $2 billion on hospitals.', [place('Sydney', 'AU', 2), place('Washington', 'US')]), ['USD']);
  assert.deepEqual(coded('The state will spend $2 billion on hospitals.', [place('Sydney', 'AU'), place('Jakarta', 'ID', 3)]), ['USD']);
  assert.deepEqual(coded('The state will spend US$2 billion on hospitals.', [place('Sydney', 'AU')]), ['USD']);
  // dollars and weights are left alone
  assert.deepEqual(coded('Aid of $5 million and 200 pounds of flour arrived.', [place('Harare', 'ZW'), place('Cairo', 'EG')]), ['USD', 'lb']);
  assert.deepEqual(coded('Aid of 5 million dollars arrived.', [place('Ottawa', 'CA')]), ['USD']);
});

const units = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.unit]);

test('"lakh crore" and "thousand crore" stack their scales', () => {
  assert.deepEqual(find('The corridor will cost 1.2 lakh crore rupees.'), [['1.2 lakh crore rupees', 1.2e12, 'INR']]);
  assert.deepEqual(find('The state set aside Rs 50 thousand crore.'), [['Rs 50 thousand crore', 5e11, 'INR']]);
  assert.deepEqual(find('Each family gets Rs 3 lakh.'), [['Rs 3 lakh', 3e5, 'INR']]);
});

test('people in -men and plurals in -ics are counted; fields in -ics are not plurals', () => {
  assert.deepEqual(units('Police said 12 gunmen stormed the hotel.'), [['12 gunmen', 'person']]);
  assert.deepEqual(units('Four fishermen were missing.'), [['Four fishermen', 'person']]);
  assert.deepEqual(units('The convoy carried 30 medics and three clerics.'), [['30 medics', 'person'], ['three clerics', 'person']]);
  assert.deepEqual(units('The storm damaged 12 clinics.'), [['12 clinics', 'clinic']]);
  assert.deepEqual(units('Gunmen seized 40 congregants and 3 rabbis; 12 bandits were later held.').map((q) => q[1]), ['person', 'person', 'person']);
  assert.deepEqual(units('The fire forced out 300 schoolchildren.'), [['300 schoolchildren', 'person']]);
  assert.deepEqual(units('The 3 specimens were lost.'), [['3 specimens', 'specimen']]);
  assert.deepEqual(units('He taught physics for 30 years.'), []);
});
