// A statement committing the speaker's own side to a future act is also a PROMISE (self-commitment.ts). Sentences
// written for these tests; entities hand-built (no time is resolved here, so no reference date is needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allNames, eventsOf, type EntSpec } from './helpers.js';

const P = (name: string, iso?: string): EntSpec => (iso ? { name, type: 'PERSON', iso } : { name, type: 'PERSON' });
const promises = (text: string, ents: EntSpec[]) => {
  const { doc, evs } = eventsOf(text, ents);
  return { doc, evs, promises: evs.filter((e) => e.type === 'PROMISE') };
};

test('"told reporters that the government will take responsibility": a PROMISE by the speaker at the committed verb, the statement kept', () => {
  const { doc, evs, promises: p } = promises('Prime Minister Jane Roe told reporters on Tuesday that the government will take responsibility for the release.', [P('Jane Roe')]);
  assert.equal(p.length, 1, JSON.stringify(evs.map((e) => e.type)));
  assert.deepEqual(allNames(doc, p[0]!), ['Jane Roe']);
  assert.match(p[0]!.rule ?? '', /self-commitment/);
  assert.equal(p[0]!.trigger.text, 'take', 'the committed verb is the trigger');
  assert.ok(evs.some((e) => e.type === 'STATEMENT'));
});

test('"said Freedonia would try again": the speaker\'s own country, after a quotation mark too', () => {
  const { doc, promises: p } = promises('Jane Roe said Freedonia would "try again" within two years.', [P('Jane Roe', 'FD'), { name: 'Freedonia', type: 'GPE', iso: 'FD' }]);
  assert.equal(p.length, 1);
  assert.ok(allNames(doc, p[0]!).includes('Jane Roe'));
});

test('"the bank said it would provide", "she said she would veto it", "said his party would not join"', () => {
  assert.equal(promises('The Acme Bank said it would provide a liquidity line of up to 100 billion francs.', [{ name: 'Acme Bank', type: 'ORG' }]).promises.length, 1);
  assert.equal(promises('Jane Roe said she would veto the bill.', [P('Jane Roe')]).promises.length, 1);
  assert.equal(promises('John Doe said his party would not join a cabinet led by the winner.', [P('John Doe')]).promises.length, 1);
});

test('no PROMISE: another side\'s future, a predicate of being, no future modal, a subject deep in the clause', () => {
  // another country than the speaker's
  assert.equal(promises('John Doe said Freedonia would pay a heavy price.', [P('John Doe', 'SY'), { name: 'Freedonia', type: 'GPE', iso: 'FD' }]).promises.length, 0);
  // another party's future
  assert.equal(promises('The Acme Agency said depositors would have full access to their money.', [{ name: 'Acme Agency', type: 'ORG' }]).promises.length, 0);
  // being or having, not an act
  assert.equal(promises('John Doe said he would be happy to help.', [P('John Doe')]).promises.length, 0);
  // no modal
  assert.equal(promises('John Doe said the government had taken responsibility.', [P('John Doe')]).promises.length, 0);
  // "he" for an organisation speaker does not fit
  assert.equal(promises('The Acme Bank said he would resign.', [{ name: 'Acme Bank', type: 'ORG' }]).promises.length, 0);
  // a subject that is not where the reported clause opens
  assert.equal(promises('John Doe said talks with rebels who we will never trust had failed.', [P('John Doe')]).promises.length, 0);
});

test('"the government" / "the company" is the speaker\'s side only for a speaker of that kind', () => {
  const ORG = (name: string): EntSpec => ({ name, type: 'ORG' });
  // a company speaking of the government commits nobody; a state speaking of "the company" neither
  assert.equal(promises('Acme Corp said the government would review the deal.', [ORG('Acme Corp')]).promises.length, 0);
  assert.equal(promises('Freedonia said the company would repay its debts.', [{ name: 'Freedonia', type: 'GPE', iso: 'FD' }]).promises.length, 0);
  // kept: a person for the government, a company for "the company", a ministry for "the government", a possessive
  assert.equal(promises('Jane Roe said the government would review the deal.', [P('Jane Roe')]).promises.length, 1);
  assert.equal(promises('Acme Corp said the company would repay customers.', [ORG('Acme Corp')]).promises.length, 1);
  assert.equal(promises('The Finance Ministry said the government would cut fuel taxes.', [ORG('Finance Ministry')]).promises.length, 1);
  assert.equal(promises('Acme Corp said its board would review the offer.', [ORG('Acme Corp')]).promises.length, 1);
});
