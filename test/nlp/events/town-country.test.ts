// A located event in a town is in that town's country too when the report names the country ("killed hundreds in Derna"
// in a report naming Libya); not a country the report never names, nor another country (issue #6). Sentences written
// for these tests; hand-built entities with the knowledge base's country codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc, argNames } from './helpers.js';
import { extractEvents } from '../../../src/nlp/events/index.js';
import type { Entity } from '../../../src/core/types.js';

test('a town\'s country named in the report joins the location', () => {
  const doc = makeDoc('Floods killed hundreds in Derna. Libya declared three days of mourning.', [
    { name: 'Derna', type: 'GPE', kind: 'CITY' }, { name: 'Libya', type: 'GPE', kind: 'COUNTRY', iso: 'LY' }]);
  (doc.entities[0] as Entity).geo = { lat: 32.8, lon: 22.6, country: 'LY' };
  const evs = extractEvents(doc);
  const deaths = evs.find((e) => e.type === 'DEATHS');
  assert.deepEqual(deaths && argNames(doc, deaths).location, ['Derna', 'Libya']);
  // another country of the report is not added
  const doc2 = makeDoc('Floods killed hundreds in Derna. Egypt sent aid.', [
    { name: 'Derna', type: 'GPE', kind: 'CITY' }, { name: 'Egypt', type: 'GPE', kind: 'COUNTRY', iso: 'EG' }]);
  (doc2.entities[0] as Entity).geo = { lat: 32.8, lon: 22.6, country: 'LY' };
  const d2 = extractEvents(doc2).find((e) => e.type === 'DEATHS');
  assert.deepEqual(d2 && argNames(doc2, d2).location, ['Derna']);
});
