import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../../src/core/types.js';
import { placeJourneyChecks } from '../../../src/nlp/checks/placeJourneys.js';
import { segment } from '../../../src/nlp/segment/index.js';
import { tagTimes } from '../../../src/nlp/time/index.js';

// A journey between two named places with its own duration and no stated distance: the great circle bounds the speed.
// Invented sentences; places given by hand with rounded coordinates.
const GEO: Record<string, { lat: number; lon: number } | undefined> = {
  London: { lat: 51.51, lon: -0.13 }, 'New York': { lat: 40.71, lon: -74.01 }, Paris: { lat: 48.86, lon: 2.35 },
  Lyon: { lat: 45.76, lon: 4.84 }, Berlin: { lat: 52.52, lon: 13.4 }, Zzyzxville: undefined,
};
function journey(text: string, extra: Partial<Entity> = {}) {
  const entities: Entity[] = [];
  for (const [name, geo] of Object.entries(GEO)) {
    const at = text.indexOf(name);
    if (at === -1) continue;
    entities.push({ id: `e${entities.length}`, name, type: 'GPE', ...(geo ? { geo } : {}), mentions: [{ start: at, end: at + name.length, text: name }], ...extra } as Entity);
  }
  const { times } = tagTimes(text, { anchorDate: '2024-05-15', sentences: segment(text).sentences });
  return placeJourneyChecks(text, [], times, entities, [[0, text.length]]).map((c) => c.status);
}

test('a journey with its own duration against the great circle between its places', () => {
  assert.deepEqual(journey('The flight from London to New York takes about eight hours.'), ['CONSISTENT']);
  assert.deepEqual(journey('The six-hour drive from Paris to Lyon was uneventful.'), ['CONSISTENT']);
  // faster than any airliner
  assert.deepEqual(journey('It is a two-hour flight from London to New York.'), ['INCONSISTENT']);
  // a place with no position
  assert.deepEqual(journey('It is a six-hour drive from Zzyzxville to Paris.'), ['UNVERIFIABLE']);
});

test('no journey duration, a slow journey, or an area as an end: nothing', () => {
  // the duration is the talks', not the flight's
  assert.deepEqual(journey('The minister flew from Paris to Berlin, where talks lasted ten hours.'), []);
  // slow is stops and delays, not a contradiction
  assert.deepEqual(journey('The drive from Paris to Lyon took three weeks.'), []);
  // no means of travel named
  assert.deepEqual(journey('Talks from Paris to Lyon took six hours.'), []);
  // a country is an area
  assert.deepEqual(journey('The six-hour drive from Paris to Lyon was uneventful.', { iso: 'FR' }), []);
});
