// A type a story holds one of (a rejection, an arrest) is taken to be one event across reports whatever their dates
// say — unless two reports each date theirs to its own day more than ONE_OFF_DRIFT_DAYS apart and each names its own
// parties, and no undated mention may chain such two together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { farApartOwnParties, ONE_OFF_DRIFT_DAYS } from '../../src/story/build.js';
import { DAY_MS } from '../../src/nlp/time/date-math.js';
import { story } from './helpers.js';

const day = (iso: string, days = 1) => ({ lo: Date.parse(iso), hi: Date.parse(iso) + days * DAY_MS });

test('farApartOwnParties: own days far apart and own parties only', () => {
  const a = { parts: new Set(['A'] as never[]) }; const b = { parts: new Set(['B'] as never[]) }; const ab = { parts: new Set(['A', 'B'] as never[]) };
  assert.equal(farApartOwnParties({ ...a, time: day('2021-03-02') }, { ...b, time: day('2021-03-20') }), true);
  // negatives: a drift within the bound, a shared party, a party-less side, a week-long time, a stray later date
  assert.equal(farApartOwnParties({ ...a, time: day('2021-03-02') }, { ...b, time: day(`2021-03-0${2 + ONE_OFF_DRIFT_DAYS - 1}`) }), false);
  assert.equal(farApartOwnParties({ ...a, time: day('2021-03-02') }, { ...ab, time: day('2021-03-20') }), false);
  assert.equal(farApartOwnParties({ parts: new Set(), time: day('2021-03-02') }, { ...b, time: day('2021-03-20') }), false);
  assert.equal(farApartOwnParties({ ...a, time: day('2021-03-01', 7) }, { ...b, time: day('2021-03-20') }), false);
  assert.equal(farApartOwnParties({ ...a, time: day('2021-03-02') }, { ...b, time: day('2021-03-20'), late: true }), false);
  assert.equal(farApartOwnParties({ ...a }, { ...b, time: day('2021-03-20') }), false);
});

const DAY1 = 'Port blast kills 40 in Valmora\n\nOn March 2, lawmakers from the ruling National Unity Party rejected a motion by the Green Party to investigate safety at the port of Valmora, where an explosion killed 40 people on Thursday.';

test('two reports\' rejections on days far apart by other parties stay two, and an undated one does not chain them', () => {
  const s = story([
    ['Harbour Times', '2021-03-20', DAY1],
    ['Coast Daily', '2021-03-22', 'Valmora port blast toll rises\n\nThe Green Party says the ruling National Unity Party voted down a motion on safety at the port of Valmora weeks before the explosion that killed 41 people.'],
    ['Valmora Post', '2021-03-21', 'Premier defends government after Valmora blast\n\nPrime Minister Maria Lopez, speaking in the capital on Saturday, rejected accusations that her government had ignored warnings about the port of Valmora.'],
  ]);
  const rejects = s.events.filter((e) => e.type === 'REJECT');
  assert.deepEqual(rejects.map((e) => e.documents.length).sort(), [1, 2], JSON.stringify(rejects.map((e) => [e.participants, e.date])));
  // the premier's Saturday is no contested date of the March 2 vote
  const times = s.facts.filter((f) => f.attribute === 'time' && rejects.some((e) => e.id === f.subject));
  assert.ok(times.every((f) => f.consistent), JSON.stringify(times.map((f) => f.values.map((v) => v.value))));
});

test('negative: a drift of two days between reports naming other parties keeps one rejection', () => {
  const s = story([
    ['Harbour Times', '2021-03-20', DAY1],
    ['Valmora Post', '2021-03-21', 'Valmora blast: warnings ignored\n\nSpeaker John Okafor on March 4 rejected calls to investigate safety at the port of Valmora, weeks before the explosion that killed 41 people.'],
  ]);
  assert.deepEqual(s.events.filter((e) => e.type === 'REJECT').map((e) => e.documents.length), [2]);
});
