// "She extended it twice, by 21 days each time, before lifting the restrictions": an adverbial -ing clause that is the
// only event of its sentence still takes the subject that opens the sentence (the rule ran only when a sentence held
// two events or more). Sentences written for these tests; entities hand-built, no time resolved (no reference date).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { argNames, makeDoc } from './helpers.js';

const ARDERN = { name: 'Jacinda Ardern', type: 'PERSON' as const };

function lifting(text: string) {
  const doc = makeDoc(text, [ARDERN, { name: 'Fiji', type: 'GPE' as const, kind: 'COUNTRY' }]);
  const ev = extractEvents(doc).find((e) => e.trigger.text === 'lifting');
  assert.ok(ev, JSON.stringify(extractEvents(doc).map((e) => e.trigger.text)));
  return argNames(doc, ev).agent;
}

test('a lone "before lifting" takes the opening subject, named or a pronoun', () => {
  assert.deepEqual(lifting('Jacinda Ardern extended it twice, by 21 days each time, before lifting the restrictions on December 17.'), ['Jacinda Ardern']);
  assert.deepEqual(lifting('Jacinda Ardern imposed a lockdown in August. She extended it twice, by 21 days each time, before lifting the restrictions.'), ['Jacinda Ardern']);
});

test('no opening subject, no agent: a bare -ing form is no controlled clause, and a sentence that opens on no actor lends none', () => {
  // no subordinator before the -ing form: whatever its agent, this rule does not give it
  const doc = makeDoc('Jacinda Ardern extended it twice, by 21 days each time, lifting the restrictions on December 17.', [ARDERN]);
  const ev = extractEvents(doc).find((e) => e.trigger.text === 'lifting');
  assert.ok(ev && !(ev.rule ?? '').includes('controlled-subject'), ev?.rule);
  // the sentence opens with no named subject before its verb ("The curbs were extended"), nor with a place ("In Fiji,")
  assert.equal(lifting('The curbs were extended twice, by 21 days each time, before lifting the restrictions on December 17.'), undefined);
  assert.equal(lifting('In Fiji, curbs were extended twice, by 21 days each time, before lifting the restrictions on December 17.'), undefined);
});
