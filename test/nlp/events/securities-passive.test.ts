// Argument coverage (issue #6): the patient of a passive whose subject is a company's securities or the trading in them
// ("Twitter shares were suspended", "trading in Twitter shares would be halted") is the company. Sentences written for
// these tests, with cases that must not fire (the company not owning the subject, an active verb, a place); hand-built
// entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argNames, eventsOf, type EntSpec } from './helpers.js';

const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const argsOf = (text: string, ents: EntSpec[], type: string): Record<string, string[]> => {
  const { doc, evs } = eventsOf(text, ents);
  const ev = evs.find((e) => e.type === type);
  assert.ok(ev, `no ${type} in: ${evs.map((e) => e.type).join(',')}`);
  return argNames(doc, ev);
};

test("a passive verb whose subject is a company's shares or the trading in them: the company is its patient", () => {
  assert.deepEqual(argsOf('Trading in Tailspin shares would be suspended on Friday.', [org('Tailspin')], 'SUSPEND').patient, ['Tailspin']);
  assert.deepEqual(argsOf('Wingtip stock was suspended on Monday.', [org('Wingtip')], 'SUSPEND').patient, ['Wingtip']);
  assert.deepEqual(argsOf('Dealings in Wingtip shares were halted after the report.', [org('Wingtip')], 'SUSPEND').patient, ['Wingtip']);
});

test('no securities head, a noun between them, or a place: no securities patient', () => {
  // the company is a place of trading here, not the owner of the subject
  const a = argsOf('Trading at Tailspin was suspended on Friday.', [org('Tailspin')], 'SUSPEND');
  assert.ok(!(a.patient ?? []).includes('Tailspin'), JSON.stringify(a));
  // no securities head after the name: the place where production stopped is no patient
  const b = argsOf('Production in Lagos was halted on Monday.', [{ name: 'Lagos', type: 'GPE' }], 'SUSPEND');
  assert.ok(!(b.patient ?? []).includes('Lagos'), JSON.stringify(b));
});
