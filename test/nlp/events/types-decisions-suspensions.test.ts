// Decisions, withdrawals, call-ups and things turned off: measures rolled out and someone barred from something are
// decisions; walking away from a deal or out of a body's proceedings is a withdrawal; reserve forces activated are
// deployed; a device or a service switched off and a campaign or an account shut down are suspensions; a space probe is no
// investigation. Sentences written for these tests, each with cases that must not fire; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });

test('measures rolled out are a decision; a phone rolled out stays a release', () => {
  assert.ok(types('The cabinet is rolling out new curbs on short-term rentals.').includes('POLICY_DECISION'));
  assert.ok(types('Relief measures were rolled out across the region in March.').includes('POLICY_DECISION'));
  const t = types('The company rolled out a new phone on Tuesday.');
  assert.ok(t.includes('PRODUCT_RELEASE') && !t.includes('POLICY_DECISION'), t.join(','));
});

test('barring someone from something is a decision; bars as places or signal bars are none', () => {
  assert.ok(types('A district court barred her from leaving the country until June.').includes('POLICY_DECISION'));
  assert.ok(types('The new law bars foreigners from owning farmland.').includes('POLICY_DECISION'));
  assert.ok(!types('The airline will fit the planes with gyms and bars.').includes('POLICY_DECISION'));
  assert.ok(!types('The update changed the number of signal bars to display.').includes('POLICY_DECISION'));
});

test('walking away from a deal or out of a commission is a withdrawal; workers walking out of a factory stay a strike', () => {
  const a = eventsOf('Investor Tom Reyes has walked away from the merger.', [person('Tom Reyes')]);
  const w = a.evs.find((e) => e.type === 'WITHDRAW');
  assert.ok(w, a.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(a.doc, w!).agent, ['Tom Reyes']);
  assert.ok(types('Two opposition members walked out of the inquiry on Thursday.').includes('WITHDRAW'));
  const t = types('Workers walked out of the factory on Monday.');
  assert.ok(t.includes('STRIKE') && !t.includes('WITHDRAW'), t.join(','));
  assert.ok(!types('She walked away from the crash site unhurt.').includes('WITHDRAW'));
});

test('a guard or reservists activated are deployed; an account or an alarm activated is not', () => {
  assert.ok(types('Reservists were activated to help clear the roads.').includes('DEPLOY'));
  assert.ok(types('The governor activated 500 guardsmen on Monday.').includes('DEPLOY'));
  assert.ok(!types('The bank activated the new accounts on Monday.').includes('DEPLOY'));
  assert.ok(!types('Smoke activated the alarm in the guard house.').includes('DEPLOY'));
});

test('a device or a power supply switched off, a campaign shut down, is a suspension; a phone switched off or a plant shut down is not', () => {
  assert.ok(types('Engineers will switch the lander off for the lunar night.').includes('SUSPEND'));
  assert.ok(types('The utility switched off power to 20,000 homes.').includes('SUSPEND'));
  const t = types('The crowdfunding platform shut down two appeal pages last week.');
  assert.ok(t.includes('SUSPEND') && !t.includes('CLOSURE'), t.join(','));
  assert.ok(!types('He switched off his phone before the hearing.').includes('SUSPEND'));
  const plant = types('Regulators shut down the plant on Monday.');
  assert.ok(plant.includes('CLOSURE') && !plant.includes('SUSPEND'), plant.join(','));
});

test('a space probe is no investigation; a probe into a fire, into battery fires or into air traffic controllers is one', () => {
  assert.ok(!types('Engineers switched the probe off as it circled the moon.').includes('INVESTIGATE'));
  assert.ok(!types('The probe reached orbit around the planet in May.').includes('INVESTIGATE'));
  assert.ok(types('Police opened a probe into the fire.').includes('INVESTIGATE'));
  // battery or controllers near a probe say nothing of space
  assert.ok(types('Regulators opened a probe into battery fires in electric buses.').includes('INVESTIGATE'));
  assert.ok(types('The probe of the battery maker widened on Friday.').includes('INVESTIGATE'));
  assert.ok(types('A probe found that controllers had ignored the warning.').includes('INVESTIGATE'));
});
