// A name before "rocket" in a space launch is a launch vehicle, no weapon (src/nlp/entities/space-launch.ts, words in
// data/lexicon/entities-space-launch-words.txt); the weapon-cue rule keeps rockets fired in an attack, and missiles.
// Sentences written for these tests, with invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

test('a rocket that lifts a spacecraft off is no weapon', () => {
  const d = run('The probe lifted off on a Corvan 7 rocket from the coast on Tuesday.');
  assert.ok(!d.entities.some((e) => e.type === 'WEAPON'), names(d));
  const d2 = run('An Ardell 4 rocket carried the telescope aloft at dawn.');
  assert.ok(!d2.entities.some((e) => e.type === 'WEAPON'), names(d2));
});

test('the launch word may stand in the next sentence', () => {
  const d = run('The mission left on a Corvan 7 rocket. It reached orbit nine minutes later.');
  assert.ok(!d.entities.some((e) => e.type === 'WEAPON'), names(d));
});

test('negative: rockets fired at a town stay weapons', () => {
  const d = run('Militants fired Qarsam rockets at the town overnight, the army said.');
  assert.equal(bySurface(d, 'Qarsam')?.type, 'WEAPON', names(d));
});

test('negative: a missile near a satellite word stays a weapon', () => {
  const d = run('The army fired Hwasong missiles, satellite images showed.');
  assert.equal(bySurface(d, 'Hwasong')?.type, 'WEAPON', names(d));
});

test('negative: a launch word three sentences away does not reach the rocket', () => {
  const d = run('The base has a satellite dish. It was quiet. Guards slept. Militants fired Qarsam rockets at it.');
  assert.equal(bySurface(d, 'Qarsam')?.type, 'WEAPON', names(d));
});

// "space", "satellite" and "orbit" are everyday words of a war report ("satellite images", "air space", "Moscow's
// orbit"); alone they make no launch. Only their launch phrases do ("Space Center", "into orbit", "reached space").
test('negative: rockets fired in a report citing satellite images stay weapons', () => {
  const d = run('Satellite images showed craters after militants fired Qarsam rockets at the town.');
  assert.equal(bySurface(d, 'Qarsam')?.type, 'WEAPON', names(d));
});

test('negative: rockets fired into air space stay weapons', () => {
  const d = run('Militants fired Qarsam rockets into Israeli air space overnight, the army said.');
  assert.equal(bySurface(d, 'Qarsam')?.type, 'WEAPON', names(d));
});

test('negative: a country drawn into an orbit, and satellites in the next sentence, leave rockets weapons', () => {
  const d = run('The militia fired Qarsam rockets at the base. The country has drifted into Moscow\'s orbit, and its satellites are old.');
  assert.equal(bySurface(d, 'Qarsam')?.type, 'WEAPON', names(d));
});

test('launch phrases of space and orbit still make a launch vehicle', () => {
  const d = run('The probe was launched on a Corvan 7 rocket from the Marrow Space Center on Monday.');
  assert.ok(!d.entities.some((e) => e.type === 'WEAPON'), names(d));
  const d2 = run('A Corvan 7 rocket put the satellite into orbit on Monday.');
  assert.ok(!d2.entities.some((e) => e.type === 'WEAPON'), names(d2));
  const d3 = run('The Corvan 7 rocket reached space for the first time on Saturday.');
  assert.ok(!d3.entities.some((e) => e.type === 'WEAPON'), names(d3));
});
