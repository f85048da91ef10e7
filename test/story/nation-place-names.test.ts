// A country name that only starts a longer geographic name does not make a body that country's:
// "Niger Delta Development Commission" is Nigeria's, not Niger's; "Mexico City Police" is the city's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { orgNation, longerPlaceName, type NationKb } from '../../src/story/nation.js';
import type { KbEntry } from '../../src/kb/types.js';

const country = (name: string, iso2: string): KbEntry => ({ id: iso2, name, type: 'GPE', kind: 'COUNTRY', iso2, aliases: [] });
const ALIASES = new Map<string, KbEntry[]>([
  ['niger', [country('Niger', 'NE')]],
  ['nigeria', [country('Nigeria', 'NG')]],
  ['mexico', [country('Mexico', 'MX')]],
  ['mexico city', [{ id: 'kb:cdmx', name: 'Mexico City', type: 'GPE', kind: 'CITY', country: 'MX', aliases: [] }]],
  ['kenya', [country('Kenya', 'KE')]],
  ['congo', [country('Republic of the Congo', 'CG')]],
]);
const kb: NationKb = { byAlias: (a) => ALIASES.get(a) ?? [], byDemonym: () => [] };

test('orgNation: a leading country name that starts a longer place name is no evidence', () => {
  assert.equal(orgNation('Niger Delta Development Commission', kb), undefined, 'the Niger Delta is a place, not Niger');
  assert.equal(orgNation('Congo Basin Forest Fund', kb), undefined);
  assert.equal(orgNation('Mexico City Police', kb), undefined, 'the KB knows Mexico City as a city');
});

test('orgNation: a leading country name followed by an ordinary word still counts', () => {
  assert.equal(orgNation('Niger Armed Forces', kb), 'NE');
  assert.equal(orgNation('Nigeria Police Force', kb), 'NG');
  assert.equal(orgNation('Kenya Coast Guard', kb), 'KE', '"coast" is no place word here: a coast guard is a state body');
  assert.equal(orgNation('Mexico Navy', kb), 'MX');
});

test('longerPlaceName: a feature word or a known longer place right after the country', () => {
  assert.equal(longerPlaceName(['niger', 'delta', 'development', 'commission'], 1, kb), true);
  assert.equal(longerPlaceName(['mexico', 'city', 'police'], 1, kb), true);
  assert.equal(longerPlaceName(['niger', 'armed', 'forces'], 1, kb), false);
});

test('orgNation: a body word after a country name keeps the country (property)', () => {
  const body = fc.constantFrom('police', 'army', 'navy', 'customs', 'ministry', 'armed forces', 'air force', 'electoral commission');
  fc.assert(fc.property(body, (b) => orgNation(`Niger ${b}`, kb) === 'NE' && orgNation(`Niger Delta ${b}`, kb) === undefined));
});
