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

test('negative: a year before a code is no figure, and a knowledge-base body keeps every mention', () => {
  const d = run('In 2019 NPR reported that the mayor had resigned. NPR said the city lost money.');
  const npr = d.entities.find((e) => e.name === 'NPR');
  assert.ok(npr && npr.type === 'ORG', names(d));
  assert.equal(npr.mentions.length, 2, names(d));
});

test('negative: a code inside a named body with its number ("COP 28") leaves the later lone mentions alone', () => {
  const d = run('Leaders gathered in Dubai for COP 28 on Thursday. The COP president said COP organisers had worked hard.');
  const lone = d.entities.flatMap((e) => e.mentions).filter((m) => d.text.slice(m.start, m.end) === 'COP');
  assert.equal(lone.length, 2, names(d));
});

test('a year before a code in a report that also writes it as money still drops the code', () => {
  const d = run('In 2019 USD reserves fell. The central bank sold USD 5 billion, and USD demand rose.');
  assert.ok(!d.entities.some((e) => e.name === 'USD'), names(d));
});

test('a code after any scale of the quantity lexicon ("5 mln USD", "5 tn USD") is no entity', () => {
  for (const scale of ['mln', 'tn', 'bil']) {
    const d = run(`The fund raised 5 ${scale} USD last year. USD inflows slowed, the bank said.`);
    assert.ok(!d.entities.some((e) => e.name === 'USD'), `${scale}: ${names(d)}`);
  }
});
