// A statement typed by what it says (speech-content.ts, data/lexicon/events-speech-content.tsv): a verdict on an act,
// an actor's failure, praise, a threat, a refusal in the reported words. Sentences written for these tests; entities
// hand-built (no time is resolved here, so no reference date is needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allNames, eventsOf, type EntSpec } from './helpers.js';

const P = (name: string): EntSpec => ({ name, type: 'PERSON' });
const typed = (text: string, ents: EntSpec[], type: string) => {
  const { doc, evs } = eventsOf(text, ents);
  return { doc, evs, hits: evs.filter((e) => e.type === type && /speech-content/.test(e.rule ?? '')) };
};

test('a verdict on a decision, an actor\'s failure, a fault named: CRITICIZE by the speaker, the statement kept', () => {
  const a = typed('Lawyer Jane Roe said the verdict was "political" and that her client would appeal.', [P('Jane Roe')], 'CRITICIZE');
  assert.equal(a.hits.length, 1, JSON.stringify(a.evs.map((e) => [e.type, e.rule])));
  assert.deepEqual(allNames(a.doc, a.hits[0]!), ['Jane Roe']);
  assert.ok(a.evs.some((e) => e.type === 'STATEMENT'));
  assert.equal(typed('John Doe said the government had lost control of the economy.', [P('John Doe')], 'CRITICIZE').hits.length, 1);
  assert.equal(typed('John Doe said the farmers had "defeated arrogance" with their protest.', [P('John Doe')], 'CRITICIZE').hits.length, 1);
  assert.equal(typed('John Doe said the ruling "rolls back decades of precedent".', [P('John Doe')], 'CRITICIZE').hits.length, 1);
});

test('the party a verdict exposes is the criticism\'s patient', () => {
  const a = typed('John Doe said it exposed the Acme Party\'s funding.', [P('John Doe'), { name: 'Acme Party', type: 'ORG' }], 'CRITICIZE');
  assert.equal(a.hits.length, 1);
  assert.deepEqual(allNames(a.doc, a.hits[0]!).sort(), ['Acme Party', 'John Doe']);
});

test('no CRITICIZE: sorrow, a negated verdict, a verdict on no act, a failure with no actor, a charge named', () => {
  const none = (text: string) => assert.equal(typed(text, [P('John Doe')], 'CRITICIZE').hits.length, 0, text);
  none('John Doe said the flood was a tragedy.');
  none('John Doe said he was shocked and saddened by the deaths.');
  none('John Doe said the verdict was not political.');
  none('John Doe said the motive for the attack was political.');
  none('John Doe said the driver lost control of the bus on a bend.');
  none('John Doe said the brakes had failed to stop the train.');
  none('John Doe said the manager had been charged with criminal negligence.');
  none('John Doe said a political crisis was unfolding.');
});

test('praise: "no one is above the law", glad to share with a named party; not a wish, not joy about nobody', () => {
  const a = typed('John Doe said the ruling showed that no one was above the law.', [P('John Doe')], 'PRAISE');
  assert.equal(a.hits.length, 1);
  const b = typed('Jane Roe tweeted that she was "so happy to share the club" with John Doe.', [P('Jane Roe'), P('John Doe')], 'PRAISE');
  assert.equal(b.hits.length, 1);
  assert.deepEqual(allNames(b.doc, b.hits[0]!).sort(), ['Jane Roe', 'John Doe']);
  assert.equal(typed('John Doe said he acted as if he was above the law.', [P('John Doe')], 'PRAISE').hits.length, 0);
  assert.equal(typed('John Doe said he was happy to be home.', [P('John Doe')], 'PRAISE').hits.length, 0);
  assert.equal(typed('"This victory must be a victory for all of us," John Doe said.', [P('John Doe')], 'PRAISE').hits.length, 0);
});

test('threat and refusal in the reported words; a forecast of prices and a report of events are neither', () => {
  assert.equal(typed('John Doe said the two countries would have to "prepare to pay."', [P('John Doe')], 'THREATEN').hits.length, 1);
  assert.equal(typed('John Doe said the attackers would not go unpunished.', [P('John Doe')], 'THREATEN').hits.length, 1);
  assert.equal(typed('John Doe said consumers would pay the price of the drought.', [P('John Doe')], 'THREATEN').hits.length, 0);
  assert.equal(typed('The Acme Agency said it could not support mass returns.', [{ name: 'Acme Agency', type: 'ORG' }], 'REJECT').hits.length, 1);
  assert.equal(typed('John Doe said the claims were "untrue".', [P('John Doe')], 'REJECT').hits.length, 1);
  assert.equal(typed('John Doe said the claims were being examined.', [P('John Doe')], 'REJECT').hits.length, 0);
  const report = typed('John Doe said the rescuers had reached the village and that 40 people had died.', [P('John Doe')], 'PROMISE');
  assert.equal(report.hits.length, 0);
});

test('only plain saying: a denial\'s words are not the speaker\'s verdict', () => {
  assert.equal(typed('John Doe denied that the verdict was political.', [P('John Doe')], 'CRITICIZE').hits.length, 0);
});

test('property: a neutral reported clause never yields a content-typed speech act', () => {
  const subj = fc.constantFrom('the rescuers', 'the river', 'officials', 'the storm', 'the company');
  const verb = fc.constantFrom('had reached', 'had risen above', 'would visit', 'were counting', 'closed');
  const obj = fc.constantFrom('the village', 'the bridge', 'the damage', 'the roads', 'the port');
  fc.assert(fc.property(subj, verb, obj, (s, v, o) => {
    const { evs } = eventsOf(`John Doe said ${s} ${v} ${o}.`, [P('John Doe')]);
    return !evs.some((e) => /speech-content/.test(e.rule ?? ''));
  }), { numRuns: 60 });
});

test('praise of a named party or one\'s own side; no praise of the weather; criticism of an actor who lied or ignored', () => {
  assert.equal(typed('John Doe said Jane Roe was "brilliant" in the final.', [P('John Doe'), P('Jane Roe')], 'PRAISE').hits.length, 1);
  assert.equal(typed('John Doe said the team was magnificent.', [P('John Doe')], 'PRAISE').hits.length, 1);
  assert.equal(typed('John Doe said the weather was brilliant.', [P('John Doe')], 'PRAISE').hits.length, 0);
  assert.equal(typed('John Doe said the result was a testament to years of work.', [P('John Doe')], 'PRAISE').hits.length, 1);
  assert.equal(typed('John Doe said the government had ignored the warnings.', [P('John Doe')], 'CRITICIZE').hits.length, 1);
  assert.equal(typed('John Doe said the warnings were ignored by drivers.', [P('John Doe')], 'CRITICIZE').hits.length, 0);
});

test('a verdict forecast or guessed is none: a modal, a hedge or a negation before the "be", past its auxiliaries', () => {
  const n = (text: string) => typed(text, [P('John Doe')], 'CRITICIZE').hits.length;
  for (const text of [
    'John Doe said the verdict would have been political.',
    'John Doe said the verdict was likely to be political.',
    'John Doe said the verdict is going to be political.',
    'John Doe said the verdict could have been political.',
    "John Doe said the verdict won't be political.",
    'John Doe said the verdict was expected to be political.',
  ]) assert.equal(n(text), 0, text);
  // a verdict passed, auxiliaries or adverbs before the "be" notwithstanding
  for (const text of [
    'John Doe said the verdict had been political.',
    'John Doe said the verdict has clearly been political.',
    'John Doe said the verdict was political.',
  ]) assert.equal(n(text), 1, text);
});

test('a negation anywhere in the clause before the verdict undoes it, however far; not one in another clause', () => {
  const n = (text: string) => typed(text, [P('John Doe')], 'CRITICIZE').hits.length;
  assert.equal(n('John Doe said the verdict was not going to be political.'), 0);
  assert.equal(n('John Doe said the verdict was not so very deeply political.'), 0);
  assert.equal(n('John Doe said he did not think the verdict was political.'), 0);
  assert.equal(n('John Doe said the verdict was so very deeply political.'), 1);
  // a negation in an earlier clause is not this verdict's
  assert.equal(n('John Doe said no one had been hurt, but the verdict was political.'), 1);
});
