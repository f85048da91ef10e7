// An ISO 4217 code written beside a figure is a currency in the whole report, no entity (src/nlp/entities/
// currency-code.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { names, run } from './run-entities.js';

test('a code before a figure is no organisation, here or elsewhere in the report', () => {
  const d = run('The pound slid from around EGP 30.9 to the dollar on Monday. Importers said the EGP would fall further.');
  assert.ok(!d.entities.some((e) => e.name === 'EGP'), names(d));
});

test('a code after a scaled figure is no entity', () => {
  const d = run('The fund raised 5 billion USD last year. USD inflows slowed, the bank said.');
  assert.ok(!d.entities.some((e) => e.name === 'USD'), names(d));
});

test('negative: a code the report never writes beside a figure keeps its reading', () => {
  const d = run('The EGP said on Monday that the talks in Cairo had failed.');
  assert.ok(d.entities.some((e) => e.name === 'EGP'), names(d));
});
