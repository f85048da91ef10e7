// Sixth pass on the events stage (stop 15): a person's arrival or departure and a visit to a named place are also the
// traveller's TRAVEL; an inquiry's "probe into" outranks the space probe near "launched"; regulators examining and
// scrutinising; raids by investigators; "asked X for"; withdrawals; central-bank rate decisions; "reached a deal".
// Sentences written for these tests from general news usage; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { eventsOf, argNames, makeDoc, type EntSpec } from './helpers.js';

const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
const town = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });
const country = (name: string, iso: string): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY', iso });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const org = (name: string, kind?: string): EntSpec => ({ name, type: 'ORG', kind });

test('a person arriving or leaving is also on a journey (TRAVEL with the same places); a cargo or a craft is not', () => {
  const a = eventsOf('Narendra Modi arrived in Moscow on Monday.', [person('Narendra Modi'), town('Moscow')]);
  const trip = a.evs.find((e) => e.type === 'TRAVEL');
  assert.deepEqual(trip && argNames(a.doc, trip), { agent: ['Narendra Modi'], location: ['Moscow'] });
  assert.ok(a.evs.some((e) => e.type === 'ARRIVE'), 'the arrival stays');
  const d = eventsOf('Kim Jong Un left Pyongyang on Sunday.', [person('Kim Jong Un'), town('Pyongyang')]);
  const dtrip = d.evs.find((e) => e.type === 'TRAVEL');
  assert.deepEqual(dtrip && argNames(d.doc, dtrip), { agent: ['Kim Jong Un'], origin: ['Pyongyang'] });
  // negative: no named traveller, or a thing that arrives
  assert.ok(!types('The shipment arrived in Odesa on Friday.', [town('Odesa')]).includes('TRAVEL'));
  assert.ok(!types('The Airbus A380 arrived in Sydney.', [org('Airbus', 'COMPANY'), town('Sydney')]).includes('TRAVEL'));
  assert.ok(!types('Aid arrived in Derna.', [town('Derna')]).includes('TRAVEL'));
});

test('"launched a probe into" is an investigation with the launcher as agent; a space probe launched stays a LAUNCH', () => {
  const fbi = eventsOf('The FBI launched a probe into the leak.', [org('FBI')]);
  const inv = fbi.evs.find((e) => e.type === 'INVESTIGATE');
  assert.deepEqual(inv && argNames(fbi.doc, inv).agent, ['FBI']);
  assert.ok(!fbi.evs.some((e) => e.type === 'LAUNCH'), JSON.stringify(fbi.evs.map((e) => e.type)));
  const eu = eventsOf("The EU's probe into Microsoft began in 2020.", [org('EU'), org('Microsoft', 'COMPANY')]);
  const p = eu.evs.find((e) => e.type === 'INVESTIGATE');
  assert.deepEqual(p && argNames(eu.doc, p), { agent: ['EU'], patient: ['Microsoft'] });
  const space = types('Japan launched a probe to the Moon.', [country('Japan', 'JP'), { name: 'Moon', type: 'LOC' }]);
  assert.ok(space.includes('LAUNCH') && !space.includes('INVESTIGATE'), space.join(','));
  assert.ok(!types('The space probe was launched by NASA in 2018.', [org('NASA')]).includes('INVESTIGATE'));
});

test('regulators examining or scrutinising a company, and raids by prosecutors, are investigations; a raid by troops is not', () => {
  const sec = eventsOf("The SEC is scrutinising Tesla's accounting.", [org('SEC'), org('Tesla', 'COMPANY')]);
  const s = sec.evs.find((e) => e.type === 'INVESTIGATE');
  assert.deepEqual(s && argNames(sec.doc, s).agent, ['SEC']);
  assert.ok(types('The watchdog said it would examine whether the deal amounted to a merger.').includes('INVESTIGATE'));
  const raid = types('Prosecutors raided the offices of Deutsche Bank.', [org('Deutsche Bank', 'COMPANY')]);
  assert.ok(raid.includes('INVESTIGATE') && !raid.includes('ATTACK'), raid.join(','));
  const troops = types('Troops raided a village near Jenin.', [town('Jenin')]);
  assert.ok(troops.includes('ATTACK') && !troops.includes('INVESTIGATE'), troops.join(','));
  // negative: examining a painting or a patient is no inquiry
  assert.ok(!types('Doctors examined the patient in Lyon.', [town('Lyon')]).includes('INVESTIGATE'));
});

test('"asked X for" is an appeal with both parties; asking for anonymity or not to be named is not', () => {
  const a = eventsOf('Ukraine asked Germany for more air defence systems.', [country('Ukraine', 'UA'), country('Germany', 'DE')]);
  const ap = a.evs.find((e) => e.type === 'APPEAL');
  assert.deepEqual(ap && argNames(a.doc, ap), { agent: ['Ukraine'], patient: ['Germany'] });
  assert.ok(!types('He asked for anonymity because he was not authorised to speak.').includes('APPEAL'));
  assert.ok(!types('The official, who asked not to be named, said talks continued.').includes('APPEAL'));
  assert.ok(!types('Reporters asked Ann Lee about the plan.', [person('Ann Lee')]).includes('APPEAL'));
});

test('troops pulling out are a withdrawal; central banks lowering or ending rates decide policy; shops pulling out of a deal do not', () => {
  const w = eventsOf('Russian troops pulled out of Kherson in November.', [{ name: 'Russia', type: 'GPE', aliases: ['Russian'] }, town('Kherson')]);
  const wd = w.evs.find((e) => e.type === 'WITHDRAW');
  assert.ok(wd && argNames(w.doc, wd).agent?.includes('Russia'), JSON.stringify(w.evs));
  assert.ok(!types('The retailer pulled out of the deal.').includes('WITHDRAW'));
  const bcb = eventsOf('The Central Bank of Brazil lowered its benchmark rate to 13.25%.', [org('Central Bank of Brazil', 'GOVERNMENT')]);
  const pd = bcb.evs.find((e) => e.type === 'POLICY_DECISION');
  assert.deepEqual(pd && argNames(bcb.doc, pd).agent, ['Central Bank of Brazil']);
  assert.ok(types('The Bank of Japan ended negative interest rates on Tuesday.', [org('Bank of Japan', 'GOVERNMENT')]).includes('POLICY_DECISION'));
  assert.ok(!types('The war ended in 1945.').includes('POLICY_DECISION'));
  assert.ok(!types('The company lowered its sales forecast.').includes('POLICY_DECISION'));
});

test('reaching a deal is an agreement, not an arrival; reaching a city still is', () => {
  const d = types('Negotiators reached a deal in Doha on Friday.', [town('Doha')]);
  assert.ok(d.includes('AGREEMENT') && !d.includes('ARRIVE'), d.join(','));
  assert.ok(types('The convoy reached Mariupol on Friday.', [town('Mariupol')]).includes('ARRIVE'));
});

test('"the company" and "the chipmaker" stand for the recent business, not a more recent ministry or regulator; "the ministry" not for a company', () => {
  const ents: EntSpec[] = [org('Nvidia', 'COMPANY'), org('Justice Department', 'GOVERNMENT')];
  const a = eventsOf('Nvidia shares fell after the Justice Department opened a probe into the chipmaker. The company declined to comment.', ents);
  const inv = a.evs.find((e) => e.type === 'INVESTIGATE');
  assert.deepEqual(inv && argNames(a.doc, inv), { agent: ['Justice Department'], patient: ['Nvidia'] });
  const st = a.evs.find((e) => e.type === 'STATEMENT' && e.trigger.text === 'comment');
  assert.deepEqual(st && argNames(a.doc, st).agent, ['Nvidia']);
  const b = eventsOf('Boeing met officials from the Transport Ministry. The ministry said the plan was approved.', [org('Boeing', 'COMPANY'), org('Transport Ministry', 'GOVERNMENT')]);
  const say = b.evs.find((e) => e.type === 'STATEMENT');
  assert.deepEqual(say && argNames(b.doc, say).agent, ['Transport Ministry']);
  // negative: with only a public body in view, "the company" is left unresolved rather than given to it
  const c = eventsOf('The Justice Department opened a probe on Monday. The company said it would cooperate.', [org('Justice Department', 'GOVERNMENT')]);
  const say2 = c.evs.find((e) => e.type === 'STATEMENT');
  assert.ok(say2 && !argNames(c.doc, say2).agent, JSON.stringify(say2 && argNames(c.doc, say2)));
  // an organisation whose kind is unknown still fits
  const d = eventsOf('Acme Widgets cut 200 jobs. The company said demand was weak.', [org('Acme Widgets')]);
  const say3 = d.evs.find((e) => e.type === 'STATEMENT');
  assert.deepEqual(say3 && argNames(d.doc, say3).agent, ['Acme Widgets']);
});

test('"the chancellor" after an office holder named without the title is that holder, when no other person is in view', () => {
  const official = (name: string): EntSpec => ({ name, type: 'PERSON', kind: 'OFFICIAL' });
  const a = eventsOf('Olaf Scholz arrived in Kyiv on Monday. The chancellor said Germany would stand by Ukraine.', [official('Olaf Scholz'), town('Kyiv'), country('Germany', 'DE'), country('Ukraine', 'UA')]);
  const say = a.evs.find((e) => e.type === 'STATEMENT');
  assert.deepEqual(say && argNames(a.doc, say).agent, ['Olaf Scholz']);
  // negative: a person who is not an office holder, two people in view, or a holder written with another title
  for (const [text, ents] of [
    ['Police arrested John Smith in Leeds. The president said the arrest was lawful.', [person('John Smith'), town('Leeds')]],
    ['Olaf Scholz met Emmanuel Macron in Paris. The chancellor said the talks went well.', [official('Olaf Scholz'), official('Emmanuel Macron'), town('Paris')]],
    ['Mayor Olaf Scholz arrived in Kyiv. The chancellor said the city was safe.', [official('Olaf Scholz'), town('Kyiv')]],
  ] as [string, EntSpec[]][]) {
    const { doc, evs } = eventsOf(text, ents);
    const s = evs.find((e) => e.type === 'STATEMENT');
    assert.ok(s && !argNames(doc, s).agent, `${text} → ${JSON.stringify(s && argNames(doc, s))}`);
  }
});

test('an appositive "known as X" names the subject itself: the agent is X, not the body its description mentions', () => {
  const a = eventsOf('The UN humanitarian office, known as OCHA, launched an emergency appeal.', [org('UN', 'IGO'), org('OCHA', 'IGO')]);
  const ap = a.evs.find((e) => e.type === 'APPEAL');
  assert.deepEqual(ap && argNames(a.doc, ap).agent, ['OCHA']);
  // negative: an appositive that only describes keeps the named subject before it
  const b = eventsOf('OCHA, the UN humanitarian office, launched an emergency appeal.', [org('UN', 'IGO'), org('OCHA', 'IGO')]);
  const bp = b.evs.find((e) => e.type === 'APPEAL');
  assert.deepEqual(bp && argNames(b.doc, bp).agent, ['OCHA']);
});

test('agreeing, pledging, deciding and offering stay events where the attribution stage reads the verb as a cue', () => {
  const cue = (text: string, verb: string) => {
    const at = text.indexOf(verb);
    return [{ anchor: text, attribution: [{ kind: 'NAMED' as const, source: 'x', cueSpan: { start: at, end: at + verb.length, text: verb } }] }];
  };
  const t1 = 'Putin and Xi agreed to expand trade.';
  const d1 = makeDoc(t1, [person('Putin'), person('Xi')], { claims: cue(t1, 'agreed') as never });
  const ag = extractEvents(d1).find((e) => e.type === 'AGREEMENT');
  assert.deepEqual(ag && argNames(d1, ag).agent?.slice().sort(), ['Putin', 'Xi']);
  const t2 = 'Japan pledged $200 million to the fund.';
  const d2 = makeDoc(t2, [country('Japan', 'JP')], { claims: cue(t2, 'pledged') as never });
  const aid = extractEvents(d2).find((e) => e.type === 'PROVIDE_AID');
  assert.deepEqual(aid && argNames(d2, aid).agent, ['Japan']);
  // negative: a plain reporting cue still gives no event of another type
  const t3 = 'Japan believed the fund was ready.';
  const d3 = makeDoc(t3, [country('Japan', 'JP')], { claims: cue(t3, 'believed') as never });
  assert.ok(extractEvents(d3).every((e) => e.type === 'STATEMENT'), JSON.stringify(extractEvents(d3).map((e) => e.type)));
});

test('demand as an economic quantity is no DEMAND; protesters and unions demanding are', () => {
  assert.ok(!types('Boeing said demand for jets remained strong.', [org('Boeing', 'COMPANY')]).includes('DEMAND'));
  assert.ok(!types('Weak demand in China hurt sales.', [country('China', 'CN')]).includes('DEMAND'));
  const p = eventsOf('Protesters demanded the release of Imran Khan.', [person('Imran Khan')]);
  assert.ok(p.evs.some((e) => e.type === 'DEMAND'));
  assert.ok(types("The union's demand for a pay rise was rejected.").includes('DEMAND'));
});

test('talks about a topic are also a negotiation; talks dated or on the sidelines stay a meeting only', () => {
  const ents: EntSpec[] = [country('Saudi Arabia', 'SA'), country('Iran', 'IR'), town('Beijing')];
  const a = eventsOf('Saudi Arabia and Iran held talks in Beijing on restoring ties.', ents);
  const neg = a.evs.find((e) => e.type === 'NEGOTIATE');
  assert.deepEqual(neg && argNames(a.doc, neg).agent?.slice().sort(), ['Iran', 'Saudi Arabia']);
  assert.ok(a.evs.some((e) => e.type === 'MEET'), 'the meeting stays');
  assert.ok(types('Israel and Hamas are holding talks aimed at ending the war.', [country('Israel', 'IL'), org('Hamas')]).includes('NEGOTIATE'));
  assert.ok(types('Armenia and Azerbaijan began talks over the disputed region.', [country('Armenia', 'AM'), country('Azerbaijan', 'AZ')]).includes('NEGOTIATE'));
  for (const text of ['The United States and China held talks on Tuesday in Geneva.', 'Biden and Xi held talks on the sidelines of the summit.']) {
    const ts = types(text, [country('United States', 'US'), country('China', 'CN'), town('Geneva'), person('Biden'), person('Xi')]);
    assert.ok(ts.includes('MEET') && !ts.includes('NEGOTIATE'), `${text}: ${ts.join(',')}`);
  }
});

test('giving to an appeal or to victims is aid; a train crossing into a country is travel; giving shareholders a dividend is neither', () => {
  const g = eventsOf('Britain gave $10 million to the appeal.', [country('Britain', 'GB')]);
  const aid = g.evs.find((e) => e.type === 'PROVIDE_AID');
  assert.deepEqual(aid && argNames(g.doc, aid).agent, ['Britain']);
  assert.ok(!types('The company gave shareholders a dividend.').includes('PROVIDE_AID'));
  const c = eventsOf('The convoy crossed into Russia on Tuesday.', [country('Russia', 'RU')]);
  const tr = c.evs.find((e) => e.type === 'TRAVEL');
  assert.deepEqual(tr && argNames(c.doc, tr).destination, ['Russia']);
  assert.ok(!types('Prices crossed the threshold.').includes('TRAVEL'));
});

test('a possessive in a fronted phrase points forward to the subject named after the comma ("During his trip, Scholz met …")', () => {
  const a = eventsOf('During his trip, Olaf Scholz met Li Qiang.', [person('Olaf Scholz'), person('Li Qiang')]);
  const trip = a.evs.find((e) => e.type === 'TRAVEL');
  assert.deepEqual(trip && argNames(a.doc, trip).agent, ['Olaf Scholz']);
  // also when another person was named just before
  const b = eventsOf('Xi Jinping hosted a dinner. During his visit to Beijing, Olaf Scholz met Li Qiang.', [person('Xi Jinping'), person('Olaf Scholz'), person('Li Qiang'), town('Beijing')]);
  const visit = b.evs.find((e) => e.trigger.text === 'visit' && (argNames(b.doc, e).agent ?? []).length);
  assert.deepEqual(visit && argNames(b.doc, visit).agent, ['Olaf Scholz'], JSON.stringify(b.evs.map((e) => [e.type, e.trigger.text, argNames(b.doc, e)])));
  // negative: not fronted (the pronoun is the earlier person's), or no person after the comma
  const c = eventsOf('Xi Jinping said that during his visit, Olaf Scholz was welcome.', [person('Xi Jinping'), person('Olaf Scholz')]);
  const cv = c.evs.find((e) => e.trigger.text === 'visit');
  assert.ok(!cv || !(argNames(c.doc, cv).agent ?? []).includes('Olaf Scholz'), JSON.stringify(cv && argNames(c.doc, cv)));
  const d = eventsOf('Olaf Scholz landed. During his trip, officials met in Beijing.', [person('Olaf Scholz'), town('Beijing')]);
  const dt = d.evs.find((e) => e.trigger.text === 'trip');
  assert.deepEqual(dt && argNames(d.doc, dt).agent, ['Olaf Scholz']);
});
