// Participants from an event's cause and from its reported speaker: a death or injury takes the agent of the attack
// named as its cause ("killed in an Israeli air strike"), a nationality before a compound event noun is its agent and
// no place, the possessor of an event noun is no place of the event before it, and an "I"/"we" subject in reported
// speech is the speaker. Sentences written for these tests; entities and claims are hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributionLink } from '../../../src/core/types.js';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { eventsOf, argNames, makeDoc, type EntSpec } from './helpers.js';

const C = (name: string, aliases: string[] = []): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY', aliases });
const CITY = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });
const P = (name: string): EntSpec => ({ name, type: 'PERSON' });

test('"killed in an Israeli air strike": the deaths take the strike\'s agent, and the nationality is no place', () => {
  const { doc, evs } = eventsOf('Five people were killed in an Israeli air strike in Khan Younis on Tuesday.', [C('Israel', ['Israeli']), CITY('Khan Younis')]);
  const deaths = evs.find((e) => e.type === 'DEATHS');
  assert.ok(deaths, JSON.stringify(evs.map((e) => e.type)));
  const a = argNames(doc, deaths);
  assert.deepEqual(a.agent, ['Israel'], JSON.stringify(a));
  assert.deepEqual(a.location, ['Khan Younis'], JSON.stringify(a));
  const atk = evs.find((e) => e.type === 'ATTACK');
  assert.ok(atk);
  assert.deepEqual(argNames(doc, atk).agent, ['Israel']);
  assert.ok(!(argNames(doc, atk).location ?? []).includes('Israel'), JSON.stringify(argNames(doc, atk)));
});

test('harm from an attack named after "in", "by" or "from": shelling, a group\'s rocket attacks, a strike by an army', () => {
  const r = eventsOf('At least 20 people died in Russian shelling of Kharkiv.', [C('Russia', ['Russian']), CITY('Kharkiv')]);
  const d1 = r.evs.find((e) => e.type === 'DEATHS');
  assert.deepEqual(d1 && argNames(r.doc, d1).agent, ['Russia']);
  const h = eventsOf('Two soldiers were wounded by Hezbollah rocket attacks.', [{ name: 'Hezbollah', type: 'ORG' }]);
  const atk = h.evs.find((e) => e.type === 'ATTACK');
  assert.deepEqual(atk && argNames(h.doc, atk).agent, ['Hezbollah'], JSON.stringify(h.evs.map((e) => [e.type, argNames(h.doc, e)])));
  const s = eventsOf('Three people were killed in a strike by Hamas.', [{ name: 'Hamas', type: 'ORG' }]);
  const d2 = s.evs.find((e) => e.type === 'DEATHS');
  assert.deepEqual(d2 && argNames(s.doc, d2).agent, ['Hamas'], JSON.stringify(s.evs.map((e) => [e.type, argNames(s.doc, e)])));
});

test('"killed in Russia\'s attack on Odesa": the possessor is the attack\'s agent, not the place of the deaths', () => {
  const { doc, evs } = eventsOf("Ten people were killed in Russia's attack on Odesa.", [C('Russia'), CITY('Odesa')]);
  const deaths = evs.find((e) => e.type === 'DEATHS');
  assert.ok(deaths);
  const a = argNames(doc, deaths);
  assert.deepEqual(a.agent, ['Russia'], JSON.stringify(a));
  assert.deepEqual(a.location, ['Odesa'], JSON.stringify(a));
});

test('negative: an agentless cause lends no agent, a place before a strike stays a place, a later clause is no cause', () => {
  const q = eventsOf('Two people died in a car accident in Texas.', [{ name: 'Texas', type: 'GPE', kind: 'REGION' }]);
  const d1 = q.evs.find((e) => e.type === 'DEATHS');
  assert.ok(d1);
  assert.equal(argNames(q.doc, d1).agent, undefined);
  // "killed in Gaza air strikes": a place's name before the compound is where, not who
  const g = eventsOf('Twelve people were killed in Gaza air strikes.', [{ name: 'Gaza', type: 'GPE', kind: 'REGION' }]);
  const d2 = g.evs.find((e) => e.type === 'DEATHS');
  assert.ok(d2);
  assert.equal(argNames(g.doc, d2).agent, undefined, JSON.stringify(argNames(g.doc, d2)));
  // the attack is in another clause, after the deaths' own complement
  const t = eventsOf('Three people were killed in Kharkiv, and a Russian strike hit Odesa.', [C('Russia', ['Russian']), CITY('Kharkiv'), CITY('Odesa')]);
  const d3 = t.evs.find((e) => e.type === 'DEATHS');
  assert.ok(d3);
  assert.equal(argNames(t.doc, d3).agent, undefined, JSON.stringify(argNames(t.doc, d3)));
  // "condemned Russia's attack": the possessor stays a participant of the reaction (only places are withheld)
  const c = eventsOf("Ukraine condemned Russia's attack on Odesa.", [C('Ukraine'), C('Russia'), CITY('Odesa')]);
  const crit = c.evs.find((e) => e.type === 'CRITICIZE');
  assert.ok(crit && Object.values(argNames(c.doc, crit)).flat().includes('Ukraine'));
});

/** A claim over `content` whose source is entity e1, cued by `cue`. */
function quoted(text: string, content: string, cue: string, source: string): Array<{ anchor: string; attribution: AttributionLink[] }> {
  const at = text.indexOf(cue);
  return [{ anchor: content, attribution: [{ source, kind: 'OFFICIAL', cue, entity: 'e1', cueSpan: { start: at, end: at + cue.length } }] }];
}

test('"We condemn this attack," Erdogan said: the first-person subject of reported speech is the speaker', () => {
  const cases: Array<[string, string, string, string]> = [
    ['"We condemn this attack," Erdogan said.', 'We condemn this attack', 'said', 'CRITICIZE'],
    ['Erdogan said: "We condemn this attack."', 'We condemn this attack', 'said', 'CRITICIZE'],
    ['"We demand the immediate release of the hostages," Erdogan said on Monday.', 'We demand the immediate release of the hostages', 'said', 'DEMAND'],
    ['"I will not resign," Erdogan told reporters.', 'I will not resign', 'told', 'RESIGN'],
  ];
  for (const [text, content, cue, type] of cases) {
    const doc = makeDoc(text, [P('Erdogan')], { claims: quoted(text, content, cue, 'Erdogan') });
    const ev = extractEvents(doc).find((e) => e.type === type);
    assert.ok(ev, `${text}: no ${type}`);
    assert.deepEqual(argNames(doc, ev).agent, ['Erdogan'], text);
  }
});

test('negative: no speaker without a named source, and "they" or another subject is not the speaker', () => {
  const a = makeDoc('"We condemn this attack," officials said.', []);
  const crit = extractEvents(a).find((e) => e.type === 'CRITICIZE');
  assert.ok(crit);
  assert.equal(argNames(a, crit).agent, undefined);
  const t = '"They condemned the attack," Erdogan said.';
  const b = makeDoc(t, [P('Erdogan')], { claims: quoted(t, 'They condemned the attack', 'said', 'Erdogan') });
  const c2 = extractEvents(b).find((e) => e.type === 'CRITICIZE');
  assert.ok(c2);
  assert.equal(argNames(b, c2).agent, undefined);
  // the event of someone else inside the quote keeps its own subject
  const u = '"We know Hamas attacked the border," Erdogan said.';
  const c = makeDoc(u, [P('Erdogan'), { name: 'Hamas', type: 'ORG' }], { claims: quoted(u, 'We know Hamas attacked the border', 'said', 'Erdogan') });
  const atk = extractEvents(c).find((e) => e.type === 'ATTACK');
  assert.ok(atk);
  assert.deepEqual(argNames(c, atk).agent, ['Hamas']);
});
