// Two statement readings: a participle after a comma inside its sentence (", saying it had been approved") is no inverted
// "said X", so a pronoun in what was said is not taken for the speaker; and a statement verb's platform past its object
// ("announced the deal on Twitter") is the medium it was made on, as "wrote on Telegram" already was, unless the noun
// before "on" takes it as a target ("a ban on TikTok"; data/lexicon/events-words.tsv "on-target-nouns"). Sentences
// written for these tests; hand-built entities; no dates are read (nothing depends on a reference date).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });

const argsOf = (text: string, ents: EntSpec[], type: string, trigger: string): Record<string, string[]>[] => {
  const { doc, evs } = eventsOf(text, ents);
  return evs.filter((e) => e.type === type && e.trigger.text === trigger).map((e) => argNames(doc, e));
};

test('", saying it …": the pronoun after a mid-sentence participle is not its speaker', () => {
  const say = argsOf('Donald Tusk announced the deal on Twitter shortly after 2 p.m. local time, saying it had been approved unanimously.',
    [person('Donald Tusk'), org('Twitter')], 'STATEMENT', 'saying');
  assert.ok(say.length, 'the STATEMENT of "saying" is found');
  assert.ok(say.every((a) => !(a.agent ?? []).includes('Twitter')), JSON.stringify(say));
  // a fronted participle still takes the speaker after it
  const front = argsOf('Speaking to reporters on Monday, Ann Lee said the talks had failed.', [person('Ann Lee')], 'STATEMENT', 'Speaking');
  assert.ok(front.length && front.every((a) => (a.agent ?? []).includes('Ann Lee')), JSON.stringify(front));
});

test('a statement made "on Twitter" past its object takes the platform', () => {
  const ann = argsOf('Donald Tusk announced the deal on Twitter shortly after 2 p.m. local time.', [person('Donald Tusk'), org('Twitter')], 'STATEMENT', 'announced');
  assert.ok(ann.length, 'the STATEMENT is found');
  assert.ok(ann.some((a) => (a.agent ?? []).includes('Donald Tusk') && Object.values(a).flat().includes('Twitter')), JSON.stringify(ann));
});

test('a platform that is a target, a possessive or no platform is no medium', () => {
  const ban = argsOf('The minister announced a ban on TikTok on Monday.', [org('TikTok')], 'STATEMENT', 'announced');
  assert.ok(ban.length, 'the STATEMENT is still found');
  assert.ok(ban.every((a) => !Object.values(a).flat().includes('TikTok')), JSON.stringify(ban));
  const pos = argsOf("Ann Lee announced the change on Facebook's website on Monday.", [person('Ann Lee'), org('Facebook')], 'STATEMENT', 'announced');
  assert.ok(pos.length, 'the STATEMENT is still found');
  assert.ok(pos.every((a) => !Object.values(a).flat().includes('Facebook')), JSON.stringify(pos));
  // a listed platform after an object that is no statement noun is where the thing applies, not the medium
  const checks = argsOf('The government announced age checks on Instagram on Monday.', [org('Instagram')], 'STATEMENT', 'announced');
  assert.ok(checks.length, 'the STATEMENT is still found');
  assert.ok(checks.every((a) => !Object.values(a).flat().includes('Instagram')), JSON.stringify(checks));
  const cuts = argsOf('Elon Musk announced job cuts on Twitter last week.', [person('Elon Musk'), org('Twitter')], 'STATEMENT', 'announced');
  assert.ok(cuts.length, 'the STATEMENT is still found');
  assert.ok(cuts.every((a) => !(a.patient ?? []).includes('Twitter')), JSON.stringify(cuts));
});

test('a platform straight after the verb or after a statement noun is the medium', () => {
  const news = argsOf('Ann Lee confirmed the news on Instagram on Monday.', [person('Ann Lee'), org('Instagram')], 'STATEMENT', 'confirmed');
  assert.ok(news.some((a) => (a.patient ?? []).includes('Instagram')), JSON.stringify(news));
  const bare = argsOf('Ann Lee announced on Instagram that she would retire.', [person('Ann Lee'), org('Instagram')], 'STATEMENT', 'announced');
  assert.ok(bare.some((a) => (a.patient ?? []).includes('Instagram')), JSON.stringify(bare));
});
