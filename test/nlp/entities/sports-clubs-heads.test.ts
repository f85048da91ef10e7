// A club named by its city in a sports report ("Liverpool beat Chelsea 2-1") is the club, and organisation heads of
// industry and relief bodies ("Tata Steel", "Zambia Railways", "Islamic Relief") make a name an organisation rather
// than the place it begins with. Real KB; invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sportsReport } from '../../../src/nlp/entities/resolve.js';
import { run, names, bySurface } from './run-entities.js';

test('a sports report: two cue words, or one and a score; not a cue capitalised inside a name', () => {
  assert.equal(sportsReport('The striker scored twice.'), true);
  assert.equal(sportsReport('Liverpool won 2-1 after the striker came on.'), true);
  assert.equal(sportsReport('The striker signed a contract.'), false);
  assert.equal(sportsReport('The Arab League and the Awami League met at the Stadium Hotel.'), false);
  assert.equal(sportsReport('The court ruled 5-4 on Monday.'), false);
});

test('a city-named club in a sports report is the club', () => {
  const d = run('Liverpool beat Chelsea 2-1 on Saturday. The striker scored twice in the league match.');
  const liv = bySurface(d, 'Liverpool');
  assert.equal(liv?.type, 'ORG', names(d));
  assert.equal(liv?.name, 'Liverpool', 'named as written');
  assert.equal(liv?.kb?.name, 'Liverpool F.C.', names(d));
  assert.equal(bySurface(d, 'Chelsea')?.type, 'ORG', names(d));
  // a prefix form: "Porto" is FC Porto
  const p = run('Benfica drew with Porto; the goalkeeper saved two shots before half-time.');
  assert.equal(bySurface(p, 'Porto')?.kb?.name, 'FC Porto', names(p));
});

test('the same names stay places outside sports, after "in", and countries stay countries', () => {
  const d = run('Liverpool and Chelsea councils raised taxes on Monday.');
  assert.equal(bySurface(d, 'Liverpool')?.type, 'GPE', names(d));
  const f = run('Fans in Liverpool celebrated after the striker scored and the league leaders won 2-0.');
  assert.equal(bySurface(f, 'Liverpool')?.type, 'GPE', names(f));
  const c = run('Brazil beat Argentina 2-1; the striker scored in the league match.');
  assert.equal(bySurface(c, 'Brazil')?.type, 'GPE', names(c));
});

test('industry and rescue heads make an organisation of a place-led name', () => {
  const d = run('Zambia Railways halted trains on Monday and Tata Steel cut jobs.');
  for (const n of ['Zambia Railways', 'Tata Steel']) assert.equal(bySurface(d, n)?.type, 'ORG', names(d));
  assert.equal(bySurface(d, 'Zambia'), undefined, 'the place inside the name is no mention of its own');
  // "Defence" is no head: "Minister of Defence of Russia" is a title and a country, not a body "Defence of Russia"
  const t = run('The remark came as Minister of Defence of Russia Sergei Shoigu arrived in Hanoi.');
  assert.ok(!t.entities.some((e) => e.type === 'ORG' && /Defence/.test(e.name)), names(t));
  assert.equal(bySurface(t, 'Russia')?.type, 'GPE', names(t));
  // negatives: a head noun in lower case after a place is no name ("Zambia steel output"); "Power" is a surname too
  const n = run('Zambia steel output fell, officials in Lusaka said.');
  assert.ok(!n.entities.some((e) => /steel/i.test(e.name)), names(n));
  const p = run('Samantha Power, the agency chief, visited Lusaka. Power said aid would grow.');
  assert.equal(bySurface(p, 'Samantha Power')?.type, 'PERSON', names(p));
});
