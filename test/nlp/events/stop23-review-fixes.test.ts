// Stop 23 code review of the events commits: the reviewer's sentences as negatives, with positives that must stay.
// Entities and claims are hand-built (no time is resolved: reference date not needed, pinned 2024-03-04 where used).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { argNames, makeDoc, type EntSpec } from './helpers.js';

const ORG = (name: string, kind?: string): EntSpec => ({ name, type: 'ORG', ...(kind ? { kind } : {}) });
const P = (name: string): EntSpec => ({ name, type: 'PERSON' });

/** A document whose claim `anchor` is attributed by `cue` to entity e1. */
function attributed(text: string, anchor: string, cue: string, ents: EntSpec[], kind = 'ORG') {
  const at = text.indexOf(cue);
  const doc = makeDoc(text, ents, { claims: [{ anchor, attribution: [{ source: ents[0]!.name, kind: kind as 'ORG', cue, entity: 'e1', cueSpan: { start: at, end: at + cue.length } }] }] });
  return { doc, evs: extractEvents(doc) };
}
const noSource = (evs: ReturnType<typeof extractEvents>) => { for (const e of evs) assert.ok(!('source' in e.args), `${e.type} ${JSON.stringify(e.args)} ${e.rule}`); };

// ---- finding 1 and 10: reported-source only for a reporting verb after the event
test('reported-source: a body reacting to the event is no source of it', () => {
  noSource(attributed('NATO condemned the attack on the convoy.', 'the attack on the convoy', 'condemned', [ORG('NATO')]).evs);
  noSource(attributed('European Council President Charles Michel condemned the attack.', 'the attack', 'condemned', [ORG('European Council'), P('Charles Michel')]).evs);
  // the event is what the speech act acts on, though a reporting verb follows
  const t = 'NATO condemned the attack on the convoy, the ministry said.';
  noSource(attributed(t, 'NATO condemned the attack on the convoy', 'said', [ORG('ministry')]).evs.filter((e) => e.type === 'ATTACK'));
});

test('reported-source: a cue before an event noun the words judge gives no source ("said the vote was rigged")', () => {
  const t = 'The leader of the main opposition Labour Party said the vote was rigged.';
  noSource(attributed(t, 'the vote was rigged', 'said', [ORG('Labour Party')]).evs);
  // a cue before an event the words report still gives its source
  const t2 = 'The interior ministry said three people were killed.';
  const { doc, evs } = attributed(t2, 'three people were killed', 'said', [ORG('interior ministry')]);
  const k = evs.find((e) => e.type !== 'STATEMENT' && 'source' in e.args);
  assert.ok(k, JSON.stringify(evs.map((e) => [e.type, e.args])));
  assert.deepEqual(argNames(doc, k).source, ['interior ministry']);
});

test('reported-source: an outlet or news agency that reported it stays out', () => {
  noSource(attributed('At least four people have died, Reuters reported.', 'At least four people have died', 'reported', [ORG('Reuters', 'AGENCY')], 'AGENCY').evs);
  noSource(attributed('At least four people have died, the Daily Star reported.', 'At least four people have died', 'reported', [ORG('Daily Star', 'MEDIA')], 'MEDIA').evs);
});

test('reported-source still fires: a state body\'s reporting verb after an agentless event', () => {
  const t = 'At least four people have died, the sheriff\'s office said.';
  const { doc, evs } = attributed(t, 'At least four people have died', 'said', [ORG("sheriff's office")]);
  const d = evs.find((e) => e.type === 'DEATHS' || e.type === 'DIE');
  assert.ok(d, JSON.stringify(evs.map((e) => e.type)));
  assert.deepEqual(argNames(doc, d).source, ["sheriff's office"], JSON.stringify(argNames(doc, d)));
  const t2 = 'More than 560 people were injured, the coordination group announced.';
  const b = attributed(t2, 'More than 560 people were injured', 'announced', [ORG('coordination group')]);
  const inj = b.evs.find((e) => e.type === 'INJURE' || e.type === 'INJURY');
  assert.ok(inj, JSON.stringify(b.evs.map((e) => e.type)));
  assert.deepEqual(argNames(b.doc, inj).source, ['coordination group']);
});

// ---- finding 2: objhead's passive subject is the head noun before "be"
test('"sent": only the passive subject\'s head is the deployed object', () => {
  for (const s of ['Police said the parcel was sent on Monday.', "The police chief's letter was sent to the mayor."]) {
    const evs = extractEvents(makeDoc(s));
    assert.ok(!evs.some((e) => e.type === 'DEPLOY'), `${s} ${JSON.stringify(evs.map((e) => e.type))}`);
  }
  for (const s of ['More police officers were sent to the mine.', 'Additional police have also been sent to the border.']) {
    const evs = extractEvents(makeDoc(s));
    assert.ok(evs.some((e) => e.type === 'DEPLOY'), `${s} ${JSON.stringify(evs.map((e) => e.type))}`);
  }
});

// ---- findings 3 and 4: verdict words only as predicates, from one named list
test('verdict words: no criticism from a word that is no verdict on what was said', () => {
  for (const s of ['He said the answer lies in diplomacy.', 'She said the failure of the pump caused the blast.', 'Officials said rainfall was excessive in the north.',
    'He said there had been a mistake in the count.', 'He said the deal was not illegal.', "She told reporters the ruling wasn't unfair."]) {
    const evs = extractEvents(makeDoc(s));
    assert.ok(!evs.some((e) => e.type === 'CRITICIZE'), `${s} ${JSON.stringify(evs.map((e) => e.type))}`);
  }
  for (const s of ['He said the crackdown was disproportionate.', 'She told reporters the verdict was unjust.', 'He added that the deal was illegal.',
    'She said it was a grave mistake.', 'He argued the ban was totally unacceptable.']) {
    const evs = extractEvents(makeDoc(s));
    assert.ok(evs.some((e) => e.type === 'CRITICIZE'), `${s} ${JSON.stringify(evs.map((e) => e.type))}`);
  }
});

test('@VERDICT: one named list read by say, tell, add, insist and argue', async () => {
  const { buildLexicon } = await import('../../../src/nlp/events/lexicon.js');
  const lex = buildLexicon({ triggers: '@VERDICT\tCTX\t-\tillegal,sham\t-\nsay\tV\tCRITICIZE\t@VERDICT\tafter,verdict\nsay\tV\tSTATEMENT\t-\t-\n', types: '', roles: '', irregular: '' });
  const rs = lex.triggers.get('say')!;
  assert.equal(rs.length, 2, 'the definition row is no trigger');
  assert.deepEqual([...rs[0]!.ctx!].sort(), ['illegal', 'sham']);
  assert.ok(rs[0]!.verdict);
  assert.ok(!lex.triggers.has('@verdict'));
});

// ---- finding 5: "open a case"
test('"open a case": a case of wine is no investigation; a case against someone is', () => {
  const neg = extractEvents(makeDoc('The shop will open a case of wine.'));
  assert.ok(!neg.some((e) => e.type === 'INVESTIGATE'), JSON.stringify(neg.map((e) => e.type)));
  for (const s of ['Prosecutors opened a case against the former minister.', 'Police opened a murder case after the shooting.']) {
    const evs = extractEvents(makeDoc(s));
    assert.ok(evs.some((e) => e.type === 'INVESTIGATE'), `${s} ${JSON.stringify(evs.map((e) => e.type))}`);
  }
});

// ---- finding 11: a predicative participle after "be" is no statement
test('"was declared invalid", "was declared dead": no STATEMENT on "declared"', () => {
  for (const s of ['The vote, which was declared invalid, will be rerun.', 'The man was declared dead at the scene.']) {
    const doc = makeDoc(s);
    const evs = extractEvents(doc);
    const at = s.indexOf('declared');
    assert.ok(!evs.some((e) => e.type === 'STATEMENT' && e.trigger.start === at), `${s} ${JSON.stringify(evs.map((e) => [e.type, e.trigger.text]))}`);
  }
  // a declaration with its own object stays a statement
  const pos = extractEvents(makeDoc('The president declared that the election was over.'));
  assert.ok(pos.some((e) => e.type === 'STATEMENT'), JSON.stringify(pos.map((e) => e.type)));
});

// ---- finding 7: word lists are data
test('events-words.tsv: the named word lists load, an unknown name is an error', async () => {
  const { eventWords } = await import('../../../src/nlp/events/lexicon.js');
  assert.ok(eventWords('predicative').has('declared'));
  assert.ok(eventWords('securities').has('shares'));
  assert.ok(eventWords('body-titles').has('administrator'));
  assert.ok(eventWords('light').has('declared') && eventWords('light').has('held'));
  assert.ok(!eventWords('light').has('said'));
  assert.throws(() => eventWords('no-such-list'));
  const { isOutletKind } = await import('../../../src/nlp/claims/sources.js');
  assert.ok(isOutletKind('MEDIA') && isOutletKind('AGENCY'));
  assert.ok(!isOutletKind('ORG') && !isOutletKind(undefined));
});
