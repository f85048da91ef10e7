// Stop 23, argument attachment: names in the sentence that the event did not carry. Sentences written for these
// tests; entities and claims are hand-built (reference date not needed: no time is resolved here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { argNames, makeDoc, type EntSpec } from './helpers.js';

const ORG = (name: string): EntSpec => ({ name, type: 'ORG' });
const P = (name: string): EntSpec => ({ name, type: 'PERSON' });

/** A document whose only claim is attributed by `cue` to entity e1 (the organisation, as the attribution stage often gives). */
function attributed(text: string, cue: string, ents: EntSpec[]) {
  const at = text.indexOf(cue);
  const doc = makeDoc(text, ents, { claims: [{ anchor: text, attribution: [{ source: ents[0]!.name, kind: 'ORG', cue, entity: 'e1', cueSpan: { start: at, end: at + cue.length } }] }] });
  return { doc, evs: extractEvents(doc) };
}

test('"European Council President Charles Michel condemned": the titled person joins the body the attribution named', () => {
  const { doc, evs } = attributed('European Council President Charles Michel condemned the attack.', 'condemned', [ORG('European Council'), P('Charles Michel')]);
  const crit = evs.find((e) => e.type === 'CRITICIZE' || e.type === 'STATEMENT');
  assert.ok(crit, JSON.stringify(evs.map((e) => e.type)));
  assert.deepEqual([...argNames(doc, crit).agent!].sort(), ['Charles Michel', 'European Council'], JSON.stringify(argNames(doc, crit)));
});

test('"NASA Administrator Bill Nelson called": an organisation name ending in a title needs no title word after it', () => {
  const { doc, evs } = attributed('NASA Administrator Bill Nelson called the flight a success.', 'called', [ORG('NASA Administrator'), P('Bill Nelson')]);
  const st = evs.find((e) => e.type === 'STATEMENT');
  assert.ok(st);
  assert.ok(argNames(doc, st).agent!.includes('Bill Nelson'), JSON.stringify(argNames(doc, st)));
});

test('body-person does not fire: a former title, a person not right before the verb, no title between', () => {
  const f = attributed('Former Apple CEO John Sculley criticised the phone.', 'criticised', [ORG('Apple'), P('John Sculley')]);
  for (const e of f.evs) assert.ok(!e.rule?.includes('body-person'), e.rule);
  // the person is the verb's object, not its subject
  const o = attributed('Tesla told chief executive Elon Musk the plan was off.', 'told', [ORG('Tesla'), P('Elon Musk')]);
  for (const e of o.evs) assert.ok(!e.rule?.includes('body-person'), e.rule);
  // "Apple and Tim Cook": a list, no title: both are already the subject's own names or not a body's title
  const l = attributed('Google Tim Cook said the phone was great.', 'said', [ORG('Google'), P('Tim Cook')]);
  for (const e of l.evs) assert.ok(!e.rule?.includes('body-person'), e.rule);
});

test('"Lai Ching-te of the governing Democratic Progressive Party won": a modifier after "of the" keeps the party a qualifier', () => {
  const doc = makeDoc('Lai Ching-te of the governing Democratic Progressive Party won the presidential election on Saturday.', [P('Lai Ching-te'), ORG('Democratic Progressive Party')]);
  const evs = extractEvents(doc);
  const win = evs.find((e) => e.type === 'ELECTION' || e.type === 'WIN');
  assert.ok(win, JSON.stringify(evs.map((e) => e.type)));
  assert.deepEqual(argNames(doc, win).agent, ['Lai Ching-te'], JSON.stringify(argNames(doc, win)));
  // not when no "of" comes before the article: "the governing party's candidate" stays as it was
  const d2 = makeDoc('On Saturday the governing Democratic Progressive Party won the election.', [ORG('Democratic Progressive Party')]);
  const w2 = extractEvents(d2).find((e) => e.type === 'ELECTION' || e.type === 'WIN');
  assert.ok(w2);
  assert.deepEqual(argNames(d2, w2).agent, ['Democratic Progressive Party'], JSON.stringify(argNames(d2, w2)));
});

/** A document whose claim `anchor` is attributed to entity e1 through the cue `cue` (written after the claim). */
function reported(text: string, anchor: string, cue: string, ents: EntSpec[], kind: 'ORG' | 'PERSON' = 'ORG') {
  const at = text.indexOf(cue);
  const doc = makeDoc(text, ents, { claims: [{ anchor, attribution: [{ source: ents[0]!.name, kind, cue, entity: 'e1', cueSpan: { start: at, end: at + cue.length } }] }] });
  return { doc, evs: extractEvents(doc) };
}

test('"More than 560 people were injured, the coordination group reported": the reporting body is the agentless event\'s source', () => {
  const text = 'More than 560 people were injured, the Inter Sector Coordination Group reported.';
  const { doc, evs } = reported(text, 'More than 560 people were injured', 'reported', [ORG('Inter Sector Coordination Group')]);
  const inj = evs.find((e) => e.type === 'INJURY');
  assert.ok(inj, JSON.stringify(evs.map((e) => e.type)));
  assert.deepEqual(argNames(doc, inj).source, ['Inter Sector Coordination Group'], JSON.stringify(argNames(doc, inj)));
});

test('reported-source does not fire: an event with an agent, a person as the source, the statement itself', () => {
  const t1 = 'Hamas fighters killed 20 soldiers, the Health Ministry said.';
  const a = reported(t1, 'Hamas fighters killed 20 soldiers', 'said', [ORG('Health Ministry'), ORG('Hamas')]);
  for (const e of a.evs) assert.ok(!e.rule?.includes('reported-source'), `${e.type} ${e.rule}`);
  const t2 = 'More than 560 people were injured, John Smith said.';
  const b = reported(t2, 'More than 560 people were injured', 'said', [P('John Smith')], 'PERSON');
  for (const e of b.evs) assert.ok(!e.rule?.includes('reported-source'), `${e.type} ${e.rule}`);
  const st = a.evs.find((e) => e.type === 'STATEMENT');
  assert.ok(!st || !('source' in st.args), JSON.stringify(st?.args));
});

test('"Mayor Jim Watson, who declared a local state of emergency, welcomed": "declare" lends its subject to the noun it governs', () => {
  const doc = makeDoc('Mayor Jim Watson, who declared a local state of emergency on Monday, welcomed the decision.', [P('Jim Watson')]);
  const evs = extractEvents(doc);
  const em = evs.find((e) => e.type === 'POLICY_DECISION' && e.trigger.text === 'emergency');
  assert.ok(em, JSON.stringify(evs.map((e) => [e.type, e.trigger.text])));
  assert.deepEqual(argNames(doc, em).agent, ['Jim Watson'], JSON.stringify(argNames(doc, em)));
  // the verb governs its own object only: a name after the noun's complement lends nothing ("declared ... after Smith's attack")
  const d2 = makeDoc('Officials declared an emergency after John Smith attacked the station.', [P('John Smith')]);
  const em2 = extractEvents(d2).find((e) => e.type === 'POLICY_DECISION');
  assert.ok(!em2 || !(argNames(d2, em2).agent ?? []).includes('John Smith'), JSON.stringify(em2 && argNames(d2, em2)));
});

test('"arrested a 41-year-old man, Tetsuya Yamagami, at the scene": the named apposition of a described object is the object', () => {
  const doc = makeDoc('Police arrested a 41-year-old man, Tetsuya Yamagami, at the scene.', [P('Tetsuya Yamagami')]);
  const ar = extractEvents(doc).find((e) => e.type === 'ARREST');
  assert.ok(ar);
  assert.deepEqual(argNames(doc, ar).patient, ['Tetsuya Yamagami'], JSON.stringify(argNames(doc, ar)));
  // a name that starts a new clause is no apposition: "Police arrested a suspect, John Smith said"
  const d2 = makeDoc('Police arrested a suspect, John Smith said on Monday.', [P('John Smith')]);
  const a2 = extractEvents(d2).find((e) => e.type === 'ARREST');
  assert.ok(a2);
  assert.ok(!(argNames(d2, a2).patient ?? []).includes('John Smith'), JSON.stringify(argNames(d2, a2)));
  // a named object before the comma is no described object: "arrested Ali Hassan's brother, John Smith, …" keeps its own reading
  const d3 = makeDoc('Police arrested the suspects, Smith and Jones, on Monday.', [P('Smith'), P('Jones')]);
  const a3 = extractEvents(d3).find((e) => e.type === 'ARREST');
  assert.ok(a3);
});

test('"Shares in UBS fell": securities "in" a company are its own; a place after "shares in" stays a place', () => {
  const doc = makeDoc('Shares in UBS fell 8% on Monday.', [ORG('UBS')]);
  const mc = extractEvents(doc).find((e) => e.type === 'MARKET_CHANGE');
  assert.ok(mc);
  assert.deepEqual(argNames(doc, mc).patient, ['UBS'], JSON.stringify(argNames(doc, mc)));
  const d2 = makeDoc('Shares in London fell 2% on Monday.', [{ name: 'London', type: 'GPE', kind: 'CITY' }]);
  const m2 = extractEvents(d2).find((e) => e.type === 'MARKET_CHANGE');
  assert.ok(m2);
  assert.deepEqual(argNames(d2, m2).location, ['London'], JSON.stringify(argNames(d2, m2)));
});

test('reported-source: an outlet the words were told to is no source of the event', () => {
  const text = 'Several funds had placed orders worth $1.5 billion, a source told Arab News.';
  const at = text.indexOf('told');
  const doc = makeDoc(text, [{ name: 'Arab News', type: 'ORG', kind: 'MEDIA' }], { claims: [{ anchor: 'Several funds had placed orders worth $1.5 billion', attribution: [{ source: 'Arab News', kind: 'MEDIA', cue: 'told', entity: 'e1', cueSpan: { start: at, end: at + 4 } }] }] });
  for (const e of extractEvents(doc)) assert.ok(!e.rule?.includes('reported-source'), `${e.type} ${e.rule}`);
});

test('"Derek Chauvin, the former officer who knelt on Floyd\'s neck, was found guilty": the appositive\'s head is the subject of the predicated adjective', () => {
  const doc = makeDoc("Derek Chauvin, the former police officer who knelt on Floyd's neck for nine minutes, was found guilty of murder.", [P('Derek Chauvin'), P('Floyd')]);
  const cv = extractEvents(doc).find((e) => e.type === 'CONVICTION');
  assert.ok(cv);
  const names = Object.values(argNames(doc, cv)).flat();
  assert.ok(names.includes('Derek Chauvin') && !names.includes('Floyd'), JSON.stringify(argNames(doc, cv)));
  // no "be" before the participle: "the jury, which found him guilty," is not read this way
  const d2 = makeDoc('The jury, which sat for three weeks, found John Smith guilty of murder.', [P('John Smith')]);
  for (const e of extractEvents(d2)) assert.ok(!(e.rule ?? '').includes('appositive'), `${e.type} ${e.rule}`);
});
