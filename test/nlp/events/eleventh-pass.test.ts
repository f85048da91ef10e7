// Eleventh pass, on event arguments: a definite event noun repeating an earlier event ("the talks" after "met"), the
// dateline's town as the lead's place, statement nouns framed by a speaker's sentence ("at a news conference") or
// naming their source ("a statement from the ministry"), and a speaker's organisation from the title before the name.
// Sentences written for these tests; the dateline cases run the whole pipeline (the segmenter marks the dateline),
// the rest use hand-built entities. Each rule with cases that must not fire.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.js';
import { eventsOf, argNames, allNames, type EntSpec } from './helpers.js';

const META = { publishedAt: '2024-05-01' };
const full = (text: string) => {
  const a = analyze({ text }, META);
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.events.map((e) => ({ type: e.type, trigger: e.trigger.text, rule: e.rule, names: Object.entries(e.args).filter(([r]) => r !== 'time').flatMap(([, ids]) => ids.map((i) => name.get(String(i)) ?? String(i))) }));
};
const person = (name: string, ...aliases: string[]): EntSpec => ({ name, type: 'PERSON', aliases });
const org = (name: string, ...aliases: string[]): EntSpec => ({ name, type: 'ORG', aliases });
const country = (name: string, ...aliases: string[]): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY', aliases });

test('a definite event noun that names nobody takes the participants of the latest earlier event of its type', () => {
  const t = eventsOf('Olaf Scholz met Emmanuel Macron in Paris on Monday.\n\nScholz later flew home.\n\nThe meeting focused on energy prices.',
    [person('Olaf Scholz', 'Scholz'), person('Emmanuel Macron'), { name: 'Paris', type: 'GPE', kind: 'CITY' }]);
  const meets = t.evs.filter((e) => e.type === 'MEET');
  const later = meets.find((e) => e.trigger.text === 'meeting');
  assert.ok(later, t.evs.map((e) => e.type + ':' + e.trigger.text).join(','));
  const names = allNames(t.doc, later!);
  assert.ok(names.includes('Olaf Scholz') && names.includes('Emmanuel Macron') && names.includes('Paris'), JSON.stringify(argNames(t.doc, later!)));
  // "the talks" repeats a meeting whether or not it is read as a negotiation
  const k = eventsOf('Antony Blinken met Wang Yi in Beijing. The talks on trade lasted five hours.', [person('Antony Blinken'), person('Wang Yi'), { name: 'Beijing', type: 'GPE', kind: 'CITY' }]);
  for (const ev of k.evs.filter((e) => e.trigger.text === 'talks')) assert.ok(allNames(k.doc, ev).includes('Wang Yi'), ev.type + JSON.stringify(argNames(k.doc, ev)));
});

test('negative: an indefinite noun, a noun with its own participants, a distant antecedent and statements take nothing', () => {
  const a = eventsOf('Olaf Scholz met Emmanuel Macron on Monday. A meeting in Rome is planned.', [person('Olaf Scholz'), person('Emmanuel Macron'), { name: 'Rome', type: 'GPE', kind: 'CITY' }]);
  const m = a.evs.find((e) => e.trigger.text === 'meeting');
  assert.ok(!m || !allNames(a.doc, m).includes('Olaf Scholz'), JSON.stringify(m && argNames(a.doc, m)));
  const b = eventsOf('Olaf Scholz met Emmanuel Macron on Monday. The meeting with Giorgia Meloni is next week.', [person('Olaf Scholz'), person('Emmanuel Macron'), person('Giorgia Meloni')]);
  const bm = b.evs.find((e) => e.trigger.text === 'meeting');
  assert.ok(bm && !allNames(b.doc, bm).includes('Emmanuel Macron'), JSON.stringify(bm && argNames(b.doc, bm)));
  const filler = Array.from({ length: 10 }, (_, n) => `Prices rose by ${n + 1} cents.`).join(' ');
  const c = eventsOf(`Olaf Scholz met Emmanuel Macron on Monday. ${filler} The meeting was brief.`, [person('Olaf Scholz'), person('Emmanuel Macron')]);
  const cm = c.evs.find((e) => e.trigger.text === 'meeting');
  assert.ok(!cm || !allNames(c.doc, cm).includes('Olaf Scholz'), JSON.stringify(cm && argNames(c.doc, cm)));
});

test('the dateline\'s town is the place of a located event in the lead when it lies in the report\'s main country', () => {
  const a = full('KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy met Polish President Andrzej Duda on Tuesday. Ukraine and Poland are neighbours. Ukraine wants grain deals.');
  const m = a.find((e) => e.type === 'MEET' && e.trigger === 'met');
  assert.ok(m && m.names.includes('Kyiv'), JSON.stringify(a));
  assert.ok(m.rule?.includes('place:dateline'), m.rule);
});

test('negative: a dateline abroad, a sentence past the lead and a place the sentence names give no dateline place', () => {
  const a = full('GENEVA (Reuters) - Russian President Vladimir Putin met Chinese President Xi Jinping on Friday. Russia and China signed deals. Russia said trade rose.');
  const m = a.find((e) => e.type === 'MEET' && e.trigger === 'met');
  assert.ok(m && !m.names.includes('Geneva'), JSON.stringify(a));
  const b = full('KYIV, Ukraine (AP) — Ukraine is at war. Ukraine needs aid. Ukraine wants help. Ukraine asked for more. Volodymyr Zelenskyy met Andrzej Duda on Tuesday.');
  const bm = b.find((e) => e.type === 'MEET' && e.trigger === 'met');
  assert.ok(bm && !bm.names.includes('Kyiv'), JSON.stringify(b));
  const c = full('KYIV, Ukraine (AP) — Volodymyr Zelenskyy met Andrzej Duda in Lviv on Tuesday. Ukraine wants grain deals.');
  const cm = c.find((e) => e.type === 'MEET' && e.trigger === 'met');
  assert.ok(cm && cm.names.includes('Lviv') && !cm.names.includes('Kyiv'), JSON.stringify(c));
});

test('a statement noun takes its source after "from" or "by", and a participle right before "by" its speaker', () => {
  const a = eventsOf('A statement from the Kremlin said the talks had failed.', [org('Kremlin')]);
  const s = a.evs.find((e) => e.trigger.text === 'statement');
  assert.ok(s && argNames(a.doc, s).agent?.includes('Kremlin'), JSON.stringify(s && argNames(a.doc, s)));
  const b = eventsOf('The remarks by Emmanuel Macron angered Algeria.', [person('Emmanuel Macron'), country('Algeria')]);
  const r = b.evs.find((e) => e.type === 'STATEMENT');
  assert.ok(r && argNames(b.doc, r).agent?.includes('Emmanuel Macron'), JSON.stringify(b.evs.map((e) => [e.type, argNames(b.doc, e)])));
  const c = eventsOf('A statement from Russia\'s foreign ministry said the talks had failed.', [country('Russia')]);
  const cs = c.evs.find((e) => e.trigger.text === 'statement');
  assert.deepEqual(cs && argNames(c.doc, cs), { agent: ['Russia'] });
});

test('negative: a place the statement verb was made from, and "from" after a statement verb, give no speaker', () => {
  const a = eventsOf('Joe Biden said from the Oval Office that the deal was done.', [person('Joe Biden'), { name: 'Oval Office', type: 'FAC' }]);
  const s = a.evs.find((e) => e.type === 'STATEMENT');
  assert.deepEqual(s && argNames(a.doc, s).agent, ['Joe Biden']);
  const b = eventsOf('Officials said aid from the United Nations had arrived.', [org('United Nations')]);
  const bs = b.evs.find((e) => e.type === 'STATEMENT');
  assert.ok(!bs || !allNames(b.doc, bs).includes('United Nations'), JSON.stringify(bs && argNames(b.doc, bs)));
});

test('a statement noun framing its sentence ("at a news conference", "during a televised speech") is that sentence\'s saying', () => {
  for (const text of ['Speaking at a news conference in Ankara, Recep Tayyip Erdogan said Turkey would help.', 'During a televised speech, Vladimir Putin warned the West.',
    'Recep Tayyip Erdogan said at a joint news conference that Turkey would help.']) {
    const t = eventsOf(text, [person('Recep Tayyip Erdogan'), person('Vladimir Putin'), { name: 'Ankara', type: 'GPE', kind: 'CITY' }, country('Turkey')]);
    const st = t.evs.filter((e) => e.type === 'STATEMENT');
    assert.ok(st.length >= 1 && st.every((e) => (argNames(t.doc, e).agent ?? []).length > 0), text + JSON.stringify(st.map((e) => [e.trigger.text, argNames(t.doc, e)])));
  }
  // a speech that is the topic of another sentence keeps its own event
  const n = eventsOf('The speech angered Algeria. Emmanuel Macron said nothing.', [person('Emmanuel Macron'), country('Algeria')]);
  assert.ok(n.evs.some((e) => e.trigger.text === 'speech'), JSON.stringify(n.evs.map((e) => e.trigger.text)));
});

test('a named speaker\'s organisation, from the title before the name or an apposition after it, speaks too', () => {
  const cases: Array<[string, EntSpec[], string]> = [
    ['Kremlin spokesman Dmitry Peskov said the talks were useful.', [org('Kremlin'), person('Dmitry Peskov')], 'Kremlin'],
    ['Apple CEO Tim Cook said the company would invest more.', [org('Apple'), person('Tim Cook')], 'Apple'],
    ['Tim Cook, Apple\'s chief executive, said sales rose.', [org('Apple'), person('Tim Cook')], 'Apple'],
    ['Tim Cook, the chief executive of Apple, said sales rose.', [org('Apple'), person('Tim Cook')], 'Apple'],
    ['"We are ready," said John Kirby, a spokesman for the National Security Council.', [org('National Security Council'), person('John Kirby')], 'National Security Council'],
    ['Dmitry Peskov, Kremlin spokesman, said the talks were useful.', [org('Kremlin'), person('Dmitry Peskov')], 'Kremlin'],
  ];
  for (const [text, ents, body] of cases) {
    const t = eventsOf(text, ents);
    const s = t.evs.find((e) => e.type === 'STATEMENT');
    const agents = s ? argNames(t.doc, s).agent ?? [] : [];
    assert.ok(agents.includes(body) && agents.includes(ents[1]!.name), text + ' ' + JSON.stringify(agents));
  }
});

test('negative: an owned or an unrelated organisation, a nationality and a name without a title add no speaker', () => {
  const cases: Array<[string, EntSpec[], string]> = [
    ['Elon Musk, who owns Tesla, said the deal was off.', [person('Elon Musk'), org('Tesla')], 'Tesla'],
    ['Russian Foreign Minister Sergei Lavrov said the talks failed.', [country('Russia', 'Russian'), person('Sergei Lavrov')], 'Russia'],
    ['Sergei Lavrov told Reuters the talks failed.', [person('Sergei Lavrov'), org('Reuters')], 'Reuters'],
    ['After meeting Apple, Tim Cook said sales rose.', [org('Apple'), person('Tim Cook')], 'Apple'],
  ];
  for (const [text, ents, other] of cases) {
    const t = eventsOf(text, ents);
    const s = t.evs.find((e) => e.type === 'STATEMENT' && e.trigger.text !== 'meeting');
    assert.ok(s && !(argNames(t.doc, s).agent ?? []).includes(other), text + ' ' + JSON.stringify(s && argNames(t.doc, s)));
  }
});

test('the one thanked, praised, blamed or congratulated for an event did it ("thanked Biden for the aid")', () => {
  const cases: Array<[string, EntSpec[], string, string]> = [
    ['Volodymyr Zelensky thanked Joe Biden for the aid.', [person('Volodymyr Zelensky'), person('Joe Biden')], 'PROVIDE_AID', 'Joe Biden'],
    ['Emmanuel Macron condemned Russia for the invasion of Ukraine.', [person('Emmanuel Macron'), country('Russia'), country('Ukraine')], 'ATTACK', 'Russia'],
    ['Antony Blinken praised Qatar for its mediation.', [person('Antony Blinken'), country('Qatar')], 'MEDIATE', 'Qatar'],
  ];
  for (const [text, ents, type, who] of cases) {
    const t = eventsOf(text, ents);
    const ev = t.evs.find((e) => e.type === type);
    assert.ok(ev && argNames(t.doc, ev).agent?.includes(who), text + ' ' + JSON.stringify(t.evs.map((e) => [e.type, argNames(t.doc, e)])));
  }
});

test('negative: a verb between the praise and the event ("for not stopping", "for hosting") and a reporting verb give no agent', () => {
  const a = eventsOf('Joe Biden criticised Benjamin Netanyahu for not stopping the attack.', [person('Joe Biden'), person('Benjamin Netanyahu')]);
  const atk = a.evs.find((e) => e.type === 'ATTACK');
  assert.ok(!atk || !allNames(a.doc, atk).includes('Benjamin Netanyahu'), JSON.stringify(atk && argNames(a.doc, atk)));
  const b = eventsOf('Antony Blinken praised Qatar for hosting the talks.', [person('Antony Blinken'), country('Qatar')]);
  const m = b.evs.find((e) => e.trigger.text === 'talks');
  assert.ok(!m || !(argNames(b.doc, m).agent ?? []).includes('Qatar'), JSON.stringify(m && argNames(b.doc, m)));
  const c = eventsOf('Joe Biden told Benjamin Netanyahu on the attack that he was worried.', [person('Joe Biden'), person('Benjamin Netanyahu')]);
  const ca = c.evs.find((e) => e.type === 'ATTACK');
  assert.ok(!ca || !(argNames(c.doc, ca).agent ?? []).includes('Benjamin Netanyahu'), JSON.stringify(ca && argNames(c.doc, ca)));
});

test('a side called the host is where the match was played; another side is still no place', () => {
  const t = eventsOf('Hosts Qatar were beaten by Ecuador in the World Cup final.', [country('Qatar'), country('Ecuador')]);
  const m = t.evs.find((e) => e.type === 'MATCH');
  assert.ok(m, t.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(t.doc, m!).location, ['Qatar']);
  const n = eventsOf('Argentina beat France on penalties in the World Cup final.', [country('Argentina'), country('France')]);
  const nm = n.evs.find((e) => e.type === 'MATCH');
  assert.ok(nm && !argNames(n.doc, nm).location, JSON.stringify(nm && argNames(n.doc, nm)));
});

test('a noun followed by a statement verb and "by" takes the speaker as its agent ("The ban, announced by X,")', () => {
  const t = eventsOf('The ban, announced by Wes Streeting, takes effect in 2025.', [person('Wes Streeting')]);
  const b = t.evs.find((e) => e.type === 'POLICY_DECISION');
  assert.ok(b && argNames(t.doc, b).agent?.includes('Wes Streeting'), JSON.stringify(t.evs.map((e) => [e.type, argNames(t.doc, e)])));
  // negative: a saying whose "by" is not right after it, and an active saying, lend the noun nothing
  const n = eventsOf('The ban was criticised on Monday, Wes Streeting announced.', [person('Wes Streeting')]);
  const nb = n.evs.find((e) => e.type === 'POLICY_DECISION');
  assert.ok(!nb || !allNames(n.doc, nb).includes('Wes Streeting'), JSON.stringify(nb && argNames(n.doc, nb)));
});

test('an investigation of an event named as its object takes that event\'s parties and place', () => {
  const t = eventsOf('The FBI is investigating the shooting of Brian Thompson in Manhattan.', [org('FBI'), person('Brian Thompson'), { name: 'Manhattan', type: 'GPE', kind: 'CITY' }]);
  const i = t.evs.find((e) => e.type === 'INVESTIGATE');
  assert.ok(i, t.evs.map((e) => e.type).join(','));
  const names = argNames(t.doc, i!);
  assert.ok(names.patient?.includes('Brian Thompson') && names.location?.includes('Manhattan') && names.agent?.includes('FBI'), JSON.stringify(names));
  // negative: an event further on, after a clause of its own, lends nothing
  const n = eventsOf('The FBI is investigating, and the shooting of Brian Thompson in Manhattan shocked the city.', [org('FBI'), person('Brian Thompson'), { name: 'Manhattan', type: 'GPE', kind: 'CITY' }]);
  const ni = n.evs.find((e) => e.type === 'INVESTIGATE');
  assert.ok(ni && !allNames(n.doc, ni).includes('Brian Thompson') && !allNames(n.doc, ni).includes('Manhattan'), JSON.stringify(ni && argNames(n.doc, ni)));
});

test('a statement and a located event of the lead without a place of their own take the dateline\'s town; abroad they do not', () => {
  const a = full('KYIV, Ukraine (AP) — Volodymyr Zelenskyy and Andrzej Duda signed an agreement on Tuesday. Zelenskyy said the two countries would cooperate. Ukraine wants grain deals.');
  const ag = a.find((e) => e.type === 'AGREEMENT' && e.trigger === 'signed');
  assert.ok(ag && ag.names.includes('Kyiv'), JSON.stringify(a));
  const st = a.find((e) => e.type === 'STATEMENT' && e.trigger === 'said');
  assert.ok(st && st.names.includes('Kyiv'), JSON.stringify(a));
  const b = full('WASHINGTON (Reuters) - Iranian Foreign Minister Abbas Araqchi said on Tuesday that Tehran was ready. Iran wants talks. Iran said more.');
  const bs = b.find((e) => e.type === 'STATEMENT' && e.trigger === 'said');
  assert.ok(bs && !bs.names.some((n) => /Washington/.test(n)), JSON.stringify(b));
});

test('an organisation\'s name before "boss" or "CEO" describes a person, not the one the event happened to', () => {
  const t = eventsOf('The former FTX boss was sentenced to 25 years in prison.', [org('FTX')]);
  const s = t.evs.find((e) => e.type === 'SENTENCING');
  assert.ok(s && !allNames(t.doc, s).includes('FTX'), JSON.stringify(s && argNames(t.doc, s)));
  // the name itself stays the subject when no description follows it
  const n = eventsOf('FTX was fined $1 billion.', [org('FTX')]);
  const p = n.evs.find((e) => e.type === 'PENALTY');
  assert.ok(p && allNames(n.doc, p).includes('FTX'), JSON.stringify(n.evs.map((e) => [e.type, argNames(n.doc, e)])));
});
