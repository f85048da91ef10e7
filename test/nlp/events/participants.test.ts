// Issue #6 pass on event participants: physical attacks read past an attribution cue ("Hamas attacked Israel"),
// attack compounds that are not attacks ("attack ads"), delegations led by someone, role-noun coreference ("the
// president"), and compensation. Sentences written for these tests; the cue cases run the whole pipeline (the
// attribution stage marks "attacked" as a cue), the rest use hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { analyze } from '../../../src/analyze.js';
import { argNames, makeDoc, type EntSpec } from './helpers.js';

const META = { publishedAt: '2024-05-01' };
const full = (text: string) => {
  const a = analyze({ text }, META);
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.events.map((e) => ({ type: e.type, trigger: e.trigger.text, names: Object.entries(e.args).filter(([r]) => r !== 'time').flatMap(([, ids]) => ids.map((i) => name.get(String(i)) ?? String(i))) }));
};
const eventsOf = (text: string, ents: EntSpec[] = []) => { const doc = makeDoc(text, ents); return { doc, evs: extractEvents(doc) }; };

test('an attack verb with a place as object, or armed actors near it, is an ATTACK even where attribution reads a cue', () => {
  const a = full('Hamas attacked Israel on October 7.');
  const atk = a.find((e) => e.type === 'ATTACK');
  assert.ok(atk, JSON.stringify(a));
  assert.ok(atk.names.includes('Hamas') && atk.names.includes('Israel'), JSON.stringify(atk));
  assert.ok(!a.some((e) => e.type === 'STATEMENT' && e.trigger === 'attacked'), JSON.stringify(a));
  const b = full('Militants attacked a police station in Borno.');
  assert.ok(b.some((e) => e.type === 'ATTACK' && e.trigger === 'attacked'), JSON.stringify(b));
});

test('negative: attacking a person, or a country over something, is criticism, not an ATTACK', () => {
  for (const t of ['Trump attacked Biden over immigration.', 'Trump attacked China over trade.']) {
    const evs = full(t);
    assert.ok(!evs.some((e) => e.type === 'ATTACK'), `${t} ${JSON.stringify(evs)}`);
  }
});

test('negative: "attack ads" are not an attack, and launching them is not a launch', () => {
  const { evs } = eventsOf('The senator launched attack ads against Donald Trump.', [{ name: 'Donald Trump', type: 'PERSON' }]);
  assert.deepEqual(evs.filter((e) => e.type === 'ATTACK' || e.type === 'LAUNCH').map((e) => e.trigger.text), []);
  // the context word still counts as the event it names: "launched an attack on Kyiv"
  const k = eventsOf('Russia launched an attack on Kyiv.', [{ name: 'Russia', type: 'GPE' }, { name: 'Kyiv', type: 'GPE', kind: 'CITY' }]);
  assert.ok(k.evs.some((e) => e.type === 'ATTACK' && (argNames(k.doc, e).agent ?? []).includes('Russia')), JSON.stringify(k.evs));
});

const P = (name: string): EntSpec => ({ name, type: 'PERSON' });
const CITY = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });

test('"a delegation led by X": the leader acts for the group (subject side, after commas, and as the agent of a visit)', () => {
  const a = eventsOf('A delegation led by Ahmed Tinubu arrived in Niamey.', [P('Ahmed Tinubu'), CITY('Niamey')]);
  const arr = a.evs.find((e) => e.type === 'ARRIVE');
  assert.deepEqual(arr && argNames(a.doc, arr).agent, ['Ahmed Tinubu']);
  assert.ok(!a.evs.some((e) => e.trigger.text === 'led'), 'a participle before "by" is no trigger');
  const b = eventsOf('The convoy, led by Ahmed Tinubu, arrived in Niamey.', [P('Ahmed Tinubu'), CITY('Niamey')]);
  const arr2 = b.evs.find((e) => e.type === 'ARRIVE');
  assert.deepEqual(arr2 && argNames(b.doc, arr2).agent, ['Ahmed Tinubu'], 'an arrival is never passive');
  const c = eventsOf('The visit by a delegation led by Abdulsalami Abubakar ended.', [P('Abdulsalami Abubakar')]);
  assert.ok(c.evs.some((e) => e.trigger.text === 'visit' && (argNames(c.doc, e).agent ?? []).includes('Abdulsalami Abubakar')), JSON.stringify(c.evs));
  const d = eventsOf('Abdulsalami Abubakar led a delegation to Niamey.', [P('Abdulsalami Abubakar'), CITY('Niamey')]);
  const tr = d.evs.find((e) => e.type === 'TRAVEL');
  assert.deepEqual(tr && argNames(d.doc, tr), { agent: ['Abdulsalami Abubakar'], destination: ['Niamey'] });
});

test('negative: the leader of an attacked group is not the attacker; leading a team to victory is no journey', () => {
  const a = eventsOf('Protesters attacked a convoy led by Ahmed Tinubu in Niamey.', [P('Ahmed Tinubu'), CITY('Niamey')]);
  const atk = a.evs.find((e) => e.type === 'ATTACK');
  assert.ok(atk && !(argNames(a.doc, atk).agent ?? []).includes('Ahmed Tinubu'), JSON.stringify(atk && argNames(a.doc, atk)));
  const b = eventsOf('Pep Guardiola led the team to victory in Madrid.', [P('Pep Guardiola'), CITY('Madrid')]);
  assert.ok(!b.evs.some((e) => e.type === 'TRAVEL'), JSON.stringify(b.evs));
});

test('"the president" stands for the one recent person written with that title', () => {
  const ents: EntSpec[] = [P('Emmanuel Macron'), CITY('Kyiv'), P('Volodymyr Zelensky')];
  const a = eventsOf('French President Emmanuel Macron arrived in Kyiv. The president met Volodymyr Zelensky on Friday.', ents);
  const meet = a.evs.find((e) => e.type === 'MEET');
  assert.deepEqual(meet && argNames(a.doc, meet).agent, ['Emmanuel Macron']);
  const b = eventsOf('Joe Biden spoke to Prime Minister Rishi Sunak. The prime minister later met Emmanuel Macron in Paris.', [P('Joe Biden'), P('Rishi Sunak'), P('Emmanuel Macron'), CITY('Paris')]);
  const m2 = b.evs.find((e) => e.type === 'MEET');
  assert.deepEqual(m2 && argNames(b.doc, m2).agent, ['Rishi Sunak']);
});

test('negative: no title written, two people with it, or "the president of X", resolve to nobody', () => {
  const a = eventsOf('Emmanuel Macron arrived in Kyiv. The president met Volodymyr Zelensky on Friday.', [P('Emmanuel Macron'), CITY('Kyiv'), P('Volodymyr Zelensky')]);
  assert.equal(a.evs.find((e) => e.type === 'MEET')?.args.agent, undefined);
  const b = eventsOf('President Joe Biden called President Xi Jinping. The president met reporters in Beijing.', [P('Joe Biden'), P('Xi Jinping'), CITY('Beijing')]);
  assert.equal(b.evs.find((e) => e.type === 'MEET')?.args.agent, undefined);
  const c = eventsOf('President Joe Biden flew to Tel Aviv. The president of Israel met him there.', [P('Joe Biden'), CITY('Tel Aviv')]);
  assert.ok(!(argNames(c.doc, c.evs.find((e) => e.type === 'MEET')!).agent ?? []).includes('Joe Biden'));
});

test('compensation and reparations paid are COMPENSATION events with payer and payee; executive pay is not', () => {
  const a = eventsOf('Germany paid reparations to Namibia.', [{ name: 'Germany', type: 'GPE' }, { name: 'Namibia', type: 'GPE' }]);
  const c = a.evs.find((e) => e.type === 'COMPENSATION');
  assert.ok(c, JSON.stringify(a.evs));
  assert.deepEqual(argNames(a.doc, c).agent, ['Germany']);
  assert.ok(Object.values(argNames(a.doc, c)).flat().includes('Namibia'));
  const b = eventsOf('Boeing will compensate Alaska Airlines for the grounding.', [{ name: 'Boeing', type: 'ORG' }, { name: 'Alaska Airlines', type: 'ORG' }]);
  assert.ok(b.evs.some((e) => e.type === 'COMPENSATION' && (argNames(b.doc, e).patient ?? []).includes('Alaska Airlines')));
  for (const t of ['The compensation committee met on Monday.', 'Executive compensation at Apple rose 10%.']) {
    assert.ok(!eventsOf(t, [{ name: 'Apple', type: 'ORG' }]).evs.some((e) => e.type === 'COMPENSATION'), t);
  }
});

test('the other side of talks: "talks with his Chinese counterpart Wang Yi" is Wang Yi, not China; reporters met are nobody', () => {
  const a = eventsOf('Antony Blinken held talks with his Chinese counterpart Wang Yi.', [P('Antony Blinken'), { name: 'China', type: 'GPE', aliases: ['Chinese'] }, P('Wang Yi')]);
  const t = a.evs.find((e) => e.type === 'MEET');
  assert.ok(t, JSON.stringify(a.evs));
  assert.deepEqual(argNames(a.doc, t).partner, ['Wang Yi']);
  const b = eventsOf('Vladimir Putin met with reporters in Moscow.', [P('Vladimir Putin'), CITY('Moscow')]);
  const m = b.evs.find((e) => e.type === 'MEET');
  assert.equal(m?.args.partner, undefined);
  assert.deepEqual(m && argNames(b.doc, m).agent, ['Vladimir Putin']);
});
