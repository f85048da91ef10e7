// The one named person a report says an event was done to (the rescued, the freed, the arrested) is a participant of
// the merged event even when only that report names them, not a stray sent to otherParticipants.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { story } from './helpers.js';

const R1 = 'Blast at Valmora port\n\nA huge explosion tore through a warehouse at the port of Valmora on Wednesday night. Governor Ana Ruiz ordered an all-out rescue, and the Valmora Fire Brigade searched the debris through the night.';
const R3 = 'Valmora rescue continues\n\nGovernor Ana Ruiz said on Friday that the rescue at the port of Valmora would continue, as the Valmora Fire Brigade kept searching the wreckage.';

test('the one person a report names as rescued is a participant of the story\'s rescue', () => {
  const s = story([
    ['Harbour Times', '2021-03-11', R1],
    ['Coast Daily', '2021-03-12', 'Firefighter found alive in Valmora\n\nFirefighters from the Valmora Fire Brigade rescued Tomas Vidal from the debris at the port of Valmora on Thursday morning. Governor Ana Ruiz said the rescue would go on.'],
    ['Valmora Post', '2021-03-13', R3],
  ]);
  const rescue = s.events.filter((e) => e.type === 'RESCUE' && e.documents.length === 3);
  assert.equal(rescue.length, 1, JSON.stringify(s.events.filter((e) => e.type === 'RESCUE')));
  assert.ok(rescue[0]!.participants.includes('Tomas Vidal'), JSON.stringify(rescue[0]));
});

test('negative: a name one report attaches in another role (not whom it was done to) stays among the others', () => {
  const s = story([
    ['Harbour Times', '2021-03-11', R1],
    ['Coast Daily', '2021-03-12', 'Valmora search goes on\n\nThe Valmora Fire Brigade and the Red Cross rescued four workers from the debris at the port of Valmora on Thursday morning. Governor Ana Ruiz said the rescue would go on.'],
    ['Valmora Post', '2021-03-13', R3],
  ]);
  const rescue = s.events.filter((e) => e.type === 'RESCUE' && e.documents.length === 3);
  assert.equal(rescue.length, 1);
  assert.ok(!rescue[0]!.participants.includes('Red Cross'), JSON.stringify(rescue[0]));
});
