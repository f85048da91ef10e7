// The WordNet widening of the event triggers (stop 33): words WordNet 3.1 adds to the hand lexicon trigger their type
// through data/lexicon/events-triggers-wordnet.tsv; other senses, words reviewed out and the hand lexicon's own readings
// do not change. Sentences written for these tests; hand-built entities; no times are read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventsOf, type EntSpec } from './helpers.js';
import { buildLexicon, lexicon } from '../../../src/nlp/events/lexicon.js';
import { runCli } from '../../helpers/cli.js';
import { projectRoot } from '../../../src/core/shared.js';

const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => `${e.type}:${e.trigger.text}`);
const has = (text: string, type: string, word: string, ents: EntSpec[] = []) => {
  const t = types(text, ents);
  assert.ok(t.includes(`${type}:${word}`), `${text} -> ${t.join(',')}`);
};
const hasNot = (text: string, type: string, ents: EntSpec[] = []) => {
  const t = types(text, ents);
  assert.ok(!t.some((x) => x.startsWith(`${type}:`)), `${text} -> ${t.join(',')}`);
};
const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const place = (name: string): EntSpec => ({ name, type: 'GPE' });

/** The hand lexicon alone: the words below must be new to it, or the tests would not test the WordNet file. */
const hand = (() => {
  const lex = lexicon();
  const handOnly = buildLexicon({ triggers: readLex('events-triggers.tsv'), types: readLex('events-types.tsv'), roles: '', irregular: '' });
  return { lex, handOnly };
})();
function readLex(f: string): string {
  return readFileSync(join(projectRoot, 'data', 'lexicon', f), 'utf8');
}

const NEW: Array<[string, string, string, EntSpec[]]> = [
  ['LAYOFF', 'The airline furloughed 2,000 workers on Monday.', 'furloughed', []],
  ['ATTACK', 'Fighter jets strafed the convoy near the border.', 'strafed', []],
  ['RELEASE', 'Smith was paroled in 2019 after serving ten years.', 'paroled', [person('Smith')]],
  ['FIRE', 'Rioters torched cars in the capital.', 'torched', []],
  ['PRAISE', 'The president eulogized the firefighters.', 'eulogized', []],
  ['INJURY', 'Two workers suffered fractures in the fall.', 'fractures', []],
  ['DISPUTE', 'The two clans have waged a bloody feud for decades.', 'feud', []],
  ['DISPUTE', 'The neighbours quarrelled over the fence.', 'quarrelled', []],
  ['DISPUTE', 'The vendetta between the two families cost six lives.', 'vendetta', []],
  ['DEPLOY', 'The ministry ordered the redeployment of troops.', 'redeployment', []],
  ['ARREST', 'Police nabbed the suspect at the airport.', 'nabbed', []],
  ['AWARD', 'The university bestowed an honorary degree on her.', 'bestowed', []],
  ['CLOSURE', 'The closedown of the plant cost 300 jobs.', 'closedown', []],
  ['EXPLOSION', 'The retreating army dynamited the bridge.', 'dynamited', []],
  ['CRITICIZE', 'The senator reproved the minister for the delays.', 'reproved', []],
  ['TRAVEL', 'The ministers went on an excursion to the coast.', 'excursion', []],
  ['SENTENCING', 'Acme executives were incarcerated for fraud.', 'incarcerated', [org('Acme')]],
];

test('WordNet: the example words are not in the hand lexicon, and the full lexicon has them', () => {
  for (const [, , word] of NEW) {
    const lemma = word.toLowerCase().replace(/(?:ed|d|s)$/, '');
    const inHand = [...hand.handOnly.triggers.keys()].some((k) => k === word.toLowerCase() || k === lemma || k === `${lemma}e`);
    assert.ok(!inHand, `${word} is in the hand lexicon`);
  }
  assert.equal(hand.lex.triggers.get('furlough')?.[0]?.type, 'LAYOFF');
  assert.equal(hand.lex.triggers.get('strafe')?.[0]?.type, 'ATTACK');
  assert.equal(hand.handOnly.triggers.get('furlough'), undefined);
});

for (const [type, text, word, ents] of NEW) {
  test(`WordNet: ${type} from "${word}"`, () => has(text, type, word, ents));
}

test('WordNet: an argument of a new trigger attaches as for a hand one', () => {
  const e = eventsOf('Acme furloughed 2,000 workers in Ohio.', [org('Acme'), place('Ohio')]).evs.find((x) => x.type === 'LAYOFF');
  assert.ok(e, 'no LAYOFF');
  assert.ok(JSON.stringify(e.args).includes('e1'), JSON.stringify(e.args));
});

test('WordNet: words reviewed out, other senses and non-dominant senses give no event', () => {
  hasNot('He was in a race against time.', 'COMPETE');
  // a contest noun is an occasion, no trigger: it would end the arguments of the event it stands in ("knocked out of
  // the tournament by Switzerland": Switzerland stays the LOSS's participant)
  hasNot('Forty teams will play in the tournament.', 'COMPETE');
  hasNot('The gas leaked from the pipe.', 'ATTACK');
  hasNot('Police are investigating the crime.', 'ACCUSE');
  hasNot('The ceremony was held in honour of the victims.', 'AWARD');
  hasNot('The bumps on the road slowed the bus.', 'INJURY');
  hasNot('They cremated the body on Tuesday.', 'FIRE');
  hasNot('Tourists frequent the beach in summer.', 'TRAVEL');
  // a person noun derived from a trigger is no event ("accuser", "competitor", "tourist")
  hasNot('The accuser spoke to reporters.', 'ACCUSE');
  hasNot('The competitor spoke to reporters.', 'COMPETE');
  for (const w of ['tournament', 'accuser', 'competitor', 'tourist', 'critic', 'crime', 'honour', 'gas', 'harm', 'race', 'voting', 'selling']) {
    assert.ok(!hand.lex.triggers.has(w) || hand.handOnly.triggers.has(w), `${w} came from WordNet`);
  }
});

test('WordNet: the hand lexicon keeps priority over the WordNet rows', () => {
  // "probe" has a hand reading for space probes (no event); WordNet's investigation sense must not override it
  hasNot('NASA launched a probe to Mars.', 'INVESTIGATE', [org('NASA'), place('Mars')]);
  const wn = 'probe\tN\tINVESTIGATE\t-\t-\tinvestigation.n.1\nfurlough\tV\tLAYOFF\t-\t-\tlay_off.v.2\nblorp\tV\tNO_SUCH_TYPE\t-\t-\tx.v.1\n';
  const lex = buildLexicon({ triggers: 'probe\tVN\t-\tspace\t-\n', types: 'LAYOFF\t-\t-\t-\nINVESTIGATE\t-\t-\t-\n', roles: '', irregular: '', wordnet: wn });
  assert.deepEqual(lex.triggers.get('probe')!.map((r) => r.type), ['-']);
  assert.equal(lex.triggers.get('furlough')![0]!.type, 'LAYOFF');
  assert.equal(lex.triggers.has('blorp'), false, 'a row of an unknown type is dropped');
});

test('WordNet e2e: bin/newsgraph reads the WordNet rows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-wn-'));
  const f = join(dir, 'a.txt');
  writeFileSync(f, 'Acme Airlines furloughed 2,000 workers on Monday, the company said.\n');
  const r = runCli(['analyze', f, '--json', '--published', '2024-03-04']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { events: { type: string; trigger: { text: string } }[] };
  assert.ok(out.events.some((e) => e.type === 'LAYOFF' && e.trigger.text === 'furloughed'), JSON.stringify(out.events.map((e) => e.type)));
});
