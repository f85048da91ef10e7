import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../../src/core/types.js';
import { placeJourneyChecks } from '../../../src/nlp/checks/placeJourneys.js';
import { segment } from '../../../src/nlp/segment/index.js';
import { tagTimes } from '../../../src/nlp/time/index.js';
import { analyze } from '../../../src/analyze.js';

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

test('the means is the journey noun\'s own, never another word of the sentence nor a month (review probes)', () => {
  // "flight" is by air, whatever else the sentence says
  assert.deepEqual(journey('The eight-hour flight from London to New York carried parts for a cruise ship.'), ['CONSISTENT']);
  assert.deepEqual(journey('The passengers walked off the plane after the eight-hour flight from London to New York.'), ['CONSISTENT']);
  assert.deepEqual(journey('Protesters marched as the eight-hour flight from London to New York was cancelled.'), ['CONSISTENT']);
  assert.deepEqual(journey('The eight-hour flight from London to New York in March was full.'), ['CONSISTENT']);
  // a noun with no means of its own takes the nearest mode word, never a capitalised month
  assert.deepEqual(journey('The six-hour journey from Paris to Lyon by car was slow.'), ['CONSISTENT']);
  assert.deepEqual(journey('The six-hour journey from Paris to Lyon in March was slow.'), []);
});

test('"took off", "took place" and a delay are no length of the journey (review probes)', () => {
  assert.deepEqual(journey('The flight from London to New York took off two hours late.'), []);
  assert.deepEqual(journey('The flight from London to New York took off at 10 p.m., an hour after the warning.'), []);
  assert.deepEqual(journey('The flight from London to New York took place two hours after the warning.'), []);
  assert.deepEqual(journey('The flight from London to New York took two hours longer than planned.'), ['INCONSISTENT']);
  assert.deepEqual(journey('The flight from London to New York took about eight hours.'), ['CONSISTENT']);
  assert.deepEqual(journey('The flight from London to New York took just over two hours.'), ['INCONSISTENT']);
});

test('the review probes through the real pipeline (analyze)', () => {
  const travel = (text: string) => analyze({ text }, { publishedAt: '2024-05-15' }).checks.filter((c) => c.kind === 'TRAVEL_TIME').map((c) => c.status);
  assert.deepEqual(travel('The 22-hour flight from London to Sydney in March was full.'), ['CONSISTENT']);
  assert.deepEqual(travel('The eight-hour flight from London to New York carried parts for a cruise ship.'), ['CONSISTENT']);
  assert.deepEqual(travel('The flight from London to New York took off two hours late.'), []);
  assert.deepEqual(travel('The last flight from Moscow to Vladivostok took off at 10 p.m., an hour after the warning.'), []);
  assert.deepEqual(travel('It is a two-hour flight from London to New York.'), ['INCONSISTENT']);
});
