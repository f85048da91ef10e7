import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names, bySurface } from './run-entities.js';

test('an acronym in brackets after an organisation names it even when its letters are another language\'s', () => {
  const d = run('The toll rose to 832, the National Disaster Relief Agency (BNPT) said on Sunday. BNPT said more rain was due.');
  const full = bySurface(d, 'National Disaster Relief Agency');
  assert.ok(full, names(d));
  assert.equal(bySurface(d, 'BNPT'), full, names(d));
  assert.equal(d.entities.filter((e) => e.name === 'BNPT').length, 0, names(d));
});

test('a bracketed acronym spelling only the last words of a run-together name stays its own', () => {
  const d = run('The lander was built by Skyward and Orbital Launch Systems (OLS). OLS said the engine failed.');
  assert.notEqual(bySurface(d, 'OLS'), bySurface(d, 'Skyward and Orbital Launch Systems'), names(d));
});

test('a bracketed country short form after an organisation is not its acronym', () => {
  const d = run('The Federal Reserve Board (US) raised rates; the US economy grew.');
  assert.equal(bySurface(d, 'US')?.type, 'GPE', names(d));
});
