// A document a participle says was put out takes its author: "by X" between the document noun and the participle ("a poll
// by the Central American University published last week"), or, for a phrase that opens the sentence with "In" and names
// no author, the main clause's subject ("In a report released on Tuesday, Hindenburg Research said"). Sentences written
// for these tests; hand-built entities; no dates are read (nothing depends on a reference date).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });

const agentsOf = (text: string, ents: EntSpec[], type: string, trigger: string): string[][] => {
  const { doc, evs } = eventsOf(text, ents);
  return evs.filter((e) => e.type === type && e.trigger.text === trigger).map((e) => argNames(doc, e).agent ?? []);
};

test('"In a report released on Tuesday, X said": the report\'s publisher is the main clause\'s subject', () => {
  const rel = agentsOf('In a report released on Tuesday, Hindenburg Research said it had found evidence of fraud.', [org('Hindenburg Research')], 'PUBLISH', 'released');
  assert.ok(rel.length, 'the PUBLISH event is found');
  assert.ok(rel.every((a) => a.includes('Hindenburg Research')), JSON.stringify(rel));
  const iss = agentsOf('In a statement issued on Friday, Amnesty International said the trial was unfair.', [org('Amnesty International')], 'STATEMENT', 'issued');
  assert.ok(iss.length, 'the STATEMENT event is found');
  assert.ok(iss.every((a) => a.includes('Amnesty International')), JSON.stringify(iss));
});

test('"a poll by X published last week": the author after "by" before the participle', () => {
  const pub = agentsOf('In a poll by the Central American University published last week, about 68 percent of respondents said they disagreed.',
    [org('Central American University')], 'PUBLISH', 'published');
  assert.ok(pub.length, 'the PUBLISH event is found');
  assert.ok(pub.every((a) => a.includes('Central American University')), JSON.stringify(pub));
});

test('a report with its own author, or not fronted, keeps its reading', () => {
  // "released on Tuesday by the IMF": the passive's own agent, not the speaker after the comma
  const imf = agentsOf('In a report released on Tuesday by the International Monetary Fund, Ann Lee said growth would slow.',
    [org('International Monetary Fund'), person('Ann Lee')], 'PUBLISH', 'released');
  assert.ok(imf.length, 'the PUBLISH event is still found');
  assert.ok(imf.every((a) => !a.includes('Ann Lee')), JSON.stringify(imf));
  // a report named after the speaker's verb: whose report it is is not said
  const mid = agentsOf('Ann Lee said in a report released on Tuesday that growth would slow.', [person('Ann Lee')], 'STATEMENT', 'released');
  assert.ok(mid.length, 'the STATEMENT event is still found');
  assert.ok(mid.every((a) => !a.includes('Ann Lee')), JSON.stringify(mid));
  // a phrase opened by another preposition is no document the subject put out
  const vid = agentsOf('Speaking after a report released on Sunday, Ann Lee said the talks had stalled.', [person('Ann Lee')], 'PUBLISH', 'released');
  assert.ok(vid.length, 'the PUBLISH event is still found');
  assert.ok(vid.every((a) => !a.includes('Ann Lee')), JSON.stringify(vid));
});

test('the main clause\'s subject is the author only with a verb of saying or finding', () => {
  const led = agentsOf('In a poll published on Sunday, Labour led the Conservatives by 20 points.', [org('Labour'), org('Conservatives')], 'PUBLISH', 'published');
  assert.ok(led.length, 'the PUBLISH event is still found');
  assert.ok(led.every((a) => !a.includes('Labour')), JSON.stringify(led));
  const ranked = agentsOf('In a report released on Tuesday, Nigeria was ranked the most corrupt country in the region.', [{ name: 'Nigeria', type: 'GPE' }], 'PUBLISH', 'released');
  assert.ok(ranked.length, 'the PUBLISH event is still found');
  assert.ok(ranked.every((a) => !a.includes('Nigeria')), JSON.stringify(ranked));
  // negatives: verbs of finding and warning, after "has", keep the author
  const found = agentsOf('In a study published on Monday, Oxfam found that inequality had grown.', [org('Oxfam')], 'PUBLISH', 'published');
  assert.ok(found.length && found.every((a) => a.includes('Oxfam')), JSON.stringify(found));
  const warned = agentsOf('In a report released on Tuesday, the IMF has warned that growth will slow.', [org('IMF')], 'PUBLISH', 'released');
  assert.ok(warned.length && warned.every((a) => a.includes('IMF')), JSON.stringify(warned));
});
