// Review 1 of the WordNet trigger widening: rows that fired on figurative or legal senses, on adjectives and other
// parts of speech, and generated nouns that name no event, are out; the rows kept still fire. Sentences invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './helpers.js';

const types = (text: string) => eventsOf(text, []).evs.map((e) => `${e.type}:${e.trigger.text}`);
const hasNot = (text: string, type: string) => {
  const t = types(text);
  assert.ok(!t.some((x) => x.startsWith(`${type}:`)), `${text} -> ${t.join(',')}`);
};
const has = (text: string, type: string, word: string) => {
  const t = types(text);
  assert.ok(t.includes(`${type}:${word}`), `${text} -> ${t.join(',')}`);
};

test('figurative and legal senses of generated verbs trigger nothing', () => {
  hasNot('A federal judge vacated the conviction on Tuesday.', 'RESIGN');
  hasNot('The tenants were ordered to vacate the building by Friday.', 'RESIGN');
  hasNot('Republicans torpedoed the spending bill in the Senate.', 'ATTACK');
  hasNot('The movement was co-opted by the ruling party.', 'ELECTION');
  hasNot('Germany blitzed Brazil 7-1 in the semi-final.', 'ATTACK');
  // negative: the rows kept still fire
  has('Fighter jets strafed the convoy near the border.', 'ATTACK', 'strafed');
});

test('generated nouns that name no event trigger nothing', () => {
  hasNot('School attendance has fallen sharply since the pandemic.', 'ATTEND');
  hasNot('The company cannot afford to rest on its laurels.', 'AWARD');
  const t = types('The plane crashed shortly after takeoff from Addis Ababa.');
  assert.ok(!t.some((x) => x.startsWith('DEPART:')), t.join(','));
  // negatives: generated nouns that do name an event still fire
  has('The two clans have waged a bloody feud for decades.', 'DISPUTE', 'feud');
  has('The ministers went on an excursion to the coast.', 'TRAVEL', 'excursion');
  has('Two workers suffered fractures in the fall.', 'INJURY', 'fractures');
});

test('a WordNet verb reading needs a clause verb: no adjective participle, no noun compound; a noun reading no verb', () => {
  hasNot('The exiled opposition leader spoke to reporters in London.', 'DEPORT');
  hasNot('He emerged after a bruising trial in Texas.', 'INJURY');
  hasNot('Knife crime has risen in the capital.', 'INJURY');
  hasNot('Thousands of workers commute to the capital every day.', 'TRAVEL');
  // negatives: the same words as clause verbs and nouns still fire
  has('The regime exiled the opposition leader in 2019.', 'DEPORT', 'exiled');
  has('The opposition leader was exiled in 2019.', 'DEPORT', 'exiled');
  has('The player suffered a bruise in the match.', 'INJURY', 'bruise');
  has('Two workers suffered fractures in the fall.', 'INJURY', 'fractures');
});

test('one list of lexicon sources builds lexicon() and the hand-only lexicon of eval/wordnet-triggers.ts', async () => {
  const { buildLexicon, lexicon, lexiconSources } = await import('../../../src/nlp/events/lexicon.js');
  const src = lexiconSources();
  assert.deepEqual(Object.keys(src).sort(), ['irregular', 'roles', 'sites', 'sourceCues', 'triggers', 'types', 'wordnet']);
  assert.equal(buildLexicon(src).triggers.size, lexicon().triggers.size);
  const hand = buildLexicon({ ...src, wordnet: undefined });
  assert.ok(hand.triggers.size < lexicon().triggers.size);
  assert.equal(hand.triggers.get('furlough'), undefined);
});
