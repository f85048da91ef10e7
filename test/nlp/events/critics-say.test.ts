// A statement whose speakers are critics is a CRITICIZE (critics.ts, events-words.tsv "critic-speakers"): "critics
// say", "…, critics say, …", "…, say opponents"; the named parties of its sentence are what it is about. Not a
// statement about critics ("Jane Roe said critics were wrong"), not a sentence that names critics without their saying
// anything. Sentences written for these tests; entities hand-built (no time is resolved, so no reference date is needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allNames, eventsOf, type EntSpec } from './helpers.js';

const AG: EntSpec = { name: 'Acme Agency', type: 'ORG' };
const crit = (text: string, ents: EntSpec[] = [AG]) => {
  const { doc, evs } = eventsOf(text, ents);
  return { doc, evs, hits: evs.filter((e) => e.type === 'CRITICIZE' && /critics-say/.test(e.rule ?? '')) };
};

test('critics saying something: a CRITICIZE about the sentence\'s named party', () => {
  for (const text of ['Critics say Acme Agency lifted the warning too early.', 'Acme Agency lifted the warning by 6pm, by which time, critics say, the waves had hit.',
    'Acme Agency will raise fees, say opponents.', 'Some critics have repeatedly argued that Acme Agency ignored the risks.']) {
    const r = crit(text);
    assert.equal(r.hits.length, 1, `${text}: ${JSON.stringify(r.evs.map((e) => [e.type, e.rule]))}`);
    assert.deepEqual(allNames(r.doc, r.hits[0]!), ['Acme Agency'], text);
  }
});

test('no critics\' CRITICIZE: a statement about critics, critics who say nothing, a named speaker', () => {
  const j: EntSpec = { name: 'Jane Roe', type: 'PERSON' };
  assert.equal(crit('Jane Roe said critics were wrong about Acme Agency.', [AG, j]).hits.length, 0);
  assert.equal(crit('Critics of Acme Agency gathered outside its office.').hits.length, 0);
  assert.equal(crit('Jane Roe said Acme Agency had lifted the warning.', [AG, j]).hits.length, 0);
});

test('no critics\' CRITICIZE when what they say is praise; a negated praise word is still a criticism', () => {
  const j: EntSpec = { name: 'Jane Roe', type: 'PERSON' };
  for (const text of ["Critics say Jane Roe's new film is a masterpiece.", 'Opponents say Jane Roe is the toughest player in the league.',
    'Even critics say Acme Agency did an excellent job.', 'Critics say Acme Agency deserves credit for the rescue.']) {
    const r = crit(text, [AG, j]);
    assert.equal(r.hits.length, 0, `${text}: ${JSON.stringify(r.evs.map((e) => [e.type, e.rule]))}`);
  }
  assert.equal(crit('Critics say the reform by Acme Agency was not a success.').hits.length, 1);
  assert.equal(crit('Critics say Acme Agency lifted the warning too early.').hits.length, 1);
});

test('a saying verb\'s bare form after a plural noun is a STATEMENT ("officials say", "…, say analysts"); "a say" is none', () => {
  const st = (text: string) => eventsOf(text, [AG]).evs.filter((e) => e.type === 'STATEMENT').length;
  assert.equal(st('Officials say Acme Agency lifted the warning.'), 1);
  assert.equal(st('Acme Agency will raise fees, say analysts.'), 1);
  assert.equal(st('Residents want a say in how Acme Agency is run.'), 0);
});
