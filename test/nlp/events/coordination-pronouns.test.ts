// Issue #6, events participants: joint subjects whose later name carries a title ("Biden and Chinese leader Xi
// Jinping met"), and "he" after a sentence naming two people (the earlier sentence's subject, not its object).
// Sentences written for these tests; entities are hand-built so only the events stage is under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, allNames, makeDoc, type EntSpec } from './helpers.js';

const P = (name: string, aliases?: string[]): EntSpec => ({ name, type: 'PERSON', aliases });
const C = (name: string, aliases: string[] = []): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY', aliases });
const CITY = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });

test('a joint subject keeps both people when the second carries a title (nationality, office, "his counterpart")', () => {
  const cases: Array<[string, EntSpec[], string[]]> = [
    ['President Joe Biden and Chinese leader Xi Jinping met in Woodside on Wednesday.', [P('Joe Biden'), C('China', ['Chinese']), P('Xi Jinping'), CITY('Woodside')], ['Joe Biden', 'Xi Jinping']],
    ['Emmanuel Macron and German Chancellor Olaf Scholz met in Berlin.', [P('Emmanuel Macron'), C('Germany', ['German']), P('Olaf Scholz'), CITY('Berlin')], ['Emmanuel Macron', 'Olaf Scholz']],
    ['Narendra Modi and his Australian counterpart Anthony Albanese met in Delhi.', [P('Narendra Modi'), C('Australia', ['Australian']), P('Anthony Albanese'), CITY('Delhi')], ['Narendra Modi', 'Anthony Albanese']],
    ['Lula and Secretary of State Antony Blinken met in Brasilia.', [P('Lula'), P('Antony Blinken'), CITY('Brasilia')], ['Lula', 'Antony Blinken']],
  ];
  for (const [text, ents, who] of cases) {
    const { doc, evs } = eventsOf(text, ents);
    const meet = evs.find((e) => e.type === 'MEET');
    assert.ok(meet, text);
    const names = allNames(doc, meet);
    for (const w of who) assert.ok(names.includes(w), `${text} → ${JSON.stringify(argNames(doc, meet))}`);
  }
});

test('negative: a name that is the object of an earlier verb is not a co-subject across "and" and a title', () => {
  const { doc, evs } = eventsOf('Russia shelled Kharkiv and President Volodymyr Zelensky condemned the strikes.',
    [C('Russia'), CITY('Kharkiv'), P('Volodymyr Zelensky')]);
  const crit = evs.find((e) => e.trigger.text === 'condemned');
  assert.ok(crit, JSON.stringify(evs.map((e) => e.trigger.text)));
  assert.deepEqual(argNames(doc, crit).agent, ['Volodymyr Zelensky']);
});

test('"he" in the next sentence is the earlier sentence\'s subject, not its more recent object', () => {
  const ents = [P('Antony Blinken'), P('Wang Yi'), CITY('Beijing'), CITY('Seoul')];
  for (const text of ['Antony Blinken met Wang Yi in Beijing. He later travelled to Seoul.',
    'On Tuesday, Antony Blinken met Wang Yi in Beijing. He then travelled to Seoul.']) {
    const { doc, evs } = eventsOf(text, ents);
    const trip = evs.find((e) => e.type === 'TRAVEL');
    assert.ok(trip, text);
    assert.deepEqual(argNames(doc, trip).agent, ['Antony Blinken'], text);
  }
});

test('negative: the subject preference does not override a person named as the subject since', () => {
  // the later sentence's own subject wins: "Wang Yi said he would travel" is Wang Yi
  const { doc, evs } = eventsOf('Antony Blinken met Wang Yi in Beijing. Wang Yi said he would travel to Seoul.',
    [P('Antony Blinken'), P('Wang Yi'), CITY('Beijing'), CITY('Seoul')]);
  const trip = evs.find((e) => e.type === 'TRAVEL');
  assert.ok(trip);
  assert.deepEqual(argNames(doc, trip).agent, ['Wang Yi']);
  // an object named in a sentence with no person subject stays the referent
  const b = eventsOf('Police arrested Juan Perez in Lima. He was charged with fraud.', [P('Juan Perez'), CITY('Lima')]);
  const charge = b.evs.find((e) => e.type === 'CHARGE');
  assert.ok(charge);
  assert.deepEqual(argNames(b.doc, charge).patient, ['Juan Perez']);
});

test('a name with a head naming its fighters joins a joint subject ("Sudan\'s army and the RSF clashed"), and a headline list needs no "and"', () => {
  const a = eventsOf("Sudan's army and the Rapid Support Forces clashed in Khartoum.", [C('Sudan'), { name: 'Rapid Support Forces', type: 'ORG' }, CITY('Khartoum')]);
  const atk = a.evs.find((e) => e.type === 'ATTACK');
  assert.ok(atk, JSON.stringify(a.evs.map((e) => e.type)));
  assert.deepEqual([...(argNames(a.doc, atk).agent ?? [])].sort(), ['Rapid Support Forces', 'Sudan']);
  const b = eventsOf('Israeli troops and Hezbollah fighters clashed near the border.', [C('Israel', ['Israeli']), { name: 'Hezbollah', type: 'ORG' }]);
  const clash = b.evs.find((e) => e.type === 'ATTACK');
  assert.ok(clash);
  assert.deepEqual([...(argNames(b.doc, clash).agent ?? [])].sort(), ['Hezbollah', 'Israel']);
  const h = eventsOf('Biden, Xi Jinping Meet In California As Tensions Ease', [P('Biden'), P('Xi Jinping'), { name: 'California', type: 'GPE' }]);
  const meet = h.evs.find((e) => e.type === 'MEET');
  assert.ok(meet, JSON.stringify(h.evs.map((e) => e.type)));
  assert.deepEqual([...(argNames(h.doc, meet).agent ?? [])].sort(), ['Biden', 'Xi Jinping']);
});

test('negative: in body text a name before a comma is no co-subject ("…to Ukraine, Antony Blinken said")', () => {
  const { doc, evs } = eventsOf('The aid will go to Ukraine, Antony Blinken said.', [C('Ukraine'), P('Antony Blinken')]);
  const st = evs.find((e) => e.type === 'STATEMENT');
  assert.ok(st);
  assert.deepEqual(argNames(doc, st).agent, ['Antony Blinken']);
  const m = eventsOf('In Kyiv, Zelensky met Scholz on Monday.', [CITY('Kyiv'), P('Zelensky'), P('Scholz')]);
  const meet = m.evs.find((e) => e.type === 'MEET');
  assert.ok(meet);
  assert.deepEqual(argNames(m.doc, meet).agent, ['Zelensky']);
});
