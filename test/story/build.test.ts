import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fx } from '../store/fixtures.js';
import { buildStory, originOf, type StoryDoc } from '../../src/story/build.js';
import { engines } from '../store/engines.js';
import { updateStories } from '../../src/story/index.js';
import { fingerprint } from '../../src/ingest/dedupe.js';
import type { Analysis } from '../../src/core/types.js';

const KIM = { name: 'Kim Jong Un', type: 'PERSON' as const, qid: 'Q56226' };
const VLAD = { name: 'Vladivostok', type: 'GPE' as const, qid: 'Q959', geo: [43.1155, 131.8855] as [number, number] };
const VOST = { name: 'Vostochny Cosmodrome', type: 'FAC' as const, geo: [51.884, 128.334] as [number, number] };

function doc(outlet: string, date: string, body: string, extra: Partial<Parameters<typeof fx>[0]> = {}): Analysis {
  return fx({ text: body, publishedAt: date, outlet, title: `${outlet}: Kim's train`, ...extra });
}

const A = doc('BBC', '2023-09-12', 'Kim Jong Un travelled to Vladivostok by armoured train, Interfax reported. The train reached 59 km/h.', {
  entities: [KIM, VLAD], quantities: [{ text: '59 km/h', value: 59, unit: 'km/h' }],
  claims: [{ text: 'Kim Jong Un travelled to Vladivostok by armoured train, Interfax reported.', attribution: [{ source: 'Interfax', kind: 'AGENCY', cue: 'reported' }], events: ['v1'] }, { text: 'The train reached 59 km/h.', quantities: [0] }],
  events: [{ type: 'TRAVEL', trigger: 'travelled', args: { agent: ['e1'], destination: ['e2'] } }],
});
const B = doc('CNN', '2023-09-12', 'North Korean leader Kim Jong Un is travelling to Vladivostok, according to Interfax. The train is limited to 37 mph.', {
  entities: [KIM, VLAD], quantities: [{ text: '37 mph', value: 37, unit: 'mph' }],
  claims: [{ text: 'North Korean leader Kim Jong Un is travelling to Vladivostok, according to Interfax.', attribution: [{ source: 'Interfax', kind: 'AGENCY', cue: 'according to' }], events: ['v1'] }, { text: 'The train is limited to 37 mph.', quantities: [0] }],
  events: [{ type: 'TRAVEL', trigger: 'travelling', args: { agent: ['e1'], destination: ['e2'] } }],
});
const C = doc('Yonhap', '2023-09-13', 'Kim Jong Un met Putin at the Vostochny Cosmodrome on Wednesday.', {
  entities: [KIM, VOST, { name: 'Vladimir Putin', type: 'PERSON', qid: 'Q7747' }], times: [{ text: 'Wednesday', value: '2023-09-13' }],
  events: [{ type: 'MEET', trigger: 'met', args: { agent: ['e1'], partner: ['e3'], location: ['e2'], time: [0] } }],
});
const D = doc('Reuters', '2023-09-11', 'Kim Jong Un will meet Putin in Vladivostok as early as Tuesday, a US official said.', {
  entities: [KIM, VLAD, { name: 'Putin', type: 'PERSON' }], times: [{ text: 'as early as Tuesday', value: '2023-09-12', mod: 'ON_OR_AFTER' }],
  claims: [{ text: 'Kim Jong Un will meet Putin in Vladivostok as early as Tuesday, a US official said.', attribution: [{ source: 'a US official', kind: 'OFFICIAL', cue: 'said' }], events: ['v1'], certainty: 'PROBABLE' }],
  events: [{ type: 'MEET', trigger: 'meet', args: { agent: ['e1'], partner: ['e3'], location: ['e2'], time: [0] }, status: 'FUTURE', certainty: 'PROBABLE' }],
});
// a syndicated copy of A, published by another outlet
const A2 = { ...A, document: { ...A.document, id: 'copy-of-a', outlet: 'Daily Reprint' } };

const sd = (a: Analysis, copyOf?: string): StoryDoc => ({ a, row: { id: a.document.id, outlet: a.document.outlet, title: a.document.title, publishedAt: a.document.publishedAt, ...(copyOf ? { copyOf } : {}) } });

test('one event told by several outlets is one merged event; copies and a shared agency count once', () => {
  const s = buildStory('s1', [sd(A), sd(B), sd(A2, A.document.id), sd(C), sd(D)]);
  const travel = s.events.filter((e) => e.type === 'TRAVEL');
  assert.equal(travel.length, 1);
  assert.deepEqual(travel[0].participants, ['Kim Jong Un']);
  assert.equal(travel[0].documents.length, 3);
  assert.equal(travel[0].independentSources, 1, 'BBC, CNN and the copy all go back to Interfax');
  const meet = s.events.filter((e) => e.type === 'MEET');
  assert.equal(meet.length, 1, '"Putin" and "Vladimir Putin" are one person; the meeting is one event');
  assert.deepEqual(meet[0].participants.sort(), ['Kim Jong Un', 'Vladimir Putin']);
  assert.equal(meet[0].certainty, 'CERTAIN');
  // facts
  const speed = s.facts.find((f) => f.attribute === 'speed')!;
  assert.ok(speed, JSON.stringify(s.facts.map((f) => f.attribute)));
  assert.equal(speed.consistent, true, '59 km/h and 37 mph are the same');
  assert.equal(speed.corroboration.documents, 3);
  const loc = s.facts.find((f) => f.subject === meet[0].id && f.attribute === 'location')!;
  assert.equal(loc.consistent, false, 'Vladivostok and the Vostochny Cosmodrome are far apart');
  assert.match(loc.why!, /km apart/);
  const time = s.facts.find((f) => f.subject === meet[0].id && f.attribute === 'time')!;
  assert.equal(time.consistent, true, '"as early as Tuesday" and "on Wednesday"');
  // the spec's shape
  for (const f of s.facts) {
    assert.deepEqual(Object.keys(f.corroboration).sort(), ['documents', 'independentSources']);
    for (const v of f.values) for (const src of v.sources) assert.deepEqual(['attribution', 'certainty', 'document'].filter((k) => k in src), ['attribution', 'certainty', 'document']);
  }
  assert.deepEqual(s.documents.map((d) => d.publishedAt), ['2023-09-11', '2023-09-12', '2023-09-12', '2023-09-12', '2023-09-13']);
  const dates = s.timeline.map((t) => t.date);
  assert.deepEqual(dates, [...dates].sort());
  assert.ok(s.entities.some((e) => e.name === 'Kim Jong Un' && e.kb?.wikidata === 'Q56226'));
});

test('origins: the innermost named source; unnamed or indefinite sources fall back to the outlet', () => {
  assert.equal(originOf([{ source: 'South Korean media', kind: 'MEDIA', cue: 'according to' }, { source: 'Yonhap', kind: 'AGENCY', cue: 'citing' }], 'outlet:bbc'), 'src:yonhap');
  assert.equal(originOf([{ source: 'Yonhap', kind: 'AGENCY', cue: 'citing' }, { source: 'a government official', kind: 'OFFICIAL', cue: 'citing' }], 'outlet:bbc'), 'src:yonhap');
  assert.equal(originOf([{ source: 'reportedly', kind: 'UNNAMED', cue: 'reportedly' }], 'outlet:bbc'), 'outlet:bbc');
  assert.equal(originOf([], 'outlet:bbc'), 'outlet:bbc');
});

for (const eng of await engines()) {
  test(`[${eng.name}] stories: new documents join an existing story or start one; idempotent`, { skip: eng.skip }, async () => {
    const { store, cleanup } = await eng.fresh();
    try {
      const other = fx({ text: 'Floods in Derna killed thousands after two dams burst above the city, the Red Crescent said on Monday, and rescuers searched the rubble of the flooded port city.', publishedAt: '2023-09-12', outlet: 'AP',
        entities: [{ name: 'Derna', type: 'GPE', qid: 'Q211866' }, { name: 'Red Crescent', type: 'ORG' }] });
      for (const a of [A, C]) await store.addDocument(a, { fingerprint: fingerprint(a.document.text).hex });
      await store.addDocument(other, { fingerprint: fingerprint(other.document.text).hex });
      const r1 = await updateStories(store);
      assert.equal(r1.assigned, 3);
      const s1 = (await store.listStories()).items;
      const kim = s1.find((s) => s.documents.some((d) => d.id === A.document.id))!;
      assert.ok(kim.documents.some((d) => d.id === C.document.id), 'two Kim reports in one story');
      assert.ok(!kim.documents.some((d) => d.id === other.document.id), 'the flood is another story');
      await store.addDocument(B, { fingerprint: fingerprint(B.document.text).hex });
      const r2 = await updateStories(store);
      assert.deepEqual(r2, { assigned: 1, rebuilt: 1, stories: s1.length });
      const kim2 = await store.getStory(kim.id);
      assert.equal(kim2?.documents.length, 3, 'the new report joined the Kim story');
      assert.deepEqual(await updateStories(store), { assigned: 0, rebuilt: 0, stories: s1.length });
      const ev = (await store.listEvents({ storyId: kim.id, type: 'TRAVEL' })).items;
      assert.equal(new Set(ev.map((e) => e.storyEventId)).size, 1, 'both TRAVEL mentions point at one merged event');
    } finally { await cleanup(); }
  });
}

test('a country\'s death toll cannot stay below one of its cities\'; a rising toll is an update', () => {
  const mk = (outlet: string, date: string, text: string, qtext: string, value: number, bound?: 'AT_LEAST') => {
    const a = fx({ text, publishedAt: date, outlet,
      entities: [{ name: 'Derna', type: 'GPE', qid: 'Q211866', geo: [32.767, 22.637] }, { name: 'Libya', type: 'GPE', qid: 'Q1016', geo: [25, 17] }],
      quantities: [{ text: qtext, value, unit: 'person', ...(bound ? { bound } : {}) }] });
    a.entities[0].geo!.country = 'LY'; a.entities[0].kind = 'CITY';
    a.entities[1].geo!.country = 'LY'; a.entities[1].kind = 'COUNTRY'; a.entities[1].iso = 'LY';
    return a;
  };
  const d1 = mk('AP', '2023-09-14', 'In Derna 5,500 people were killed, officials in Libya said.', '5,500 people', 5500);
  const d2 = mk('UPI', '2023-09-15', 'The Red Crescent said at least 11,300 people were killed in Derna, Libya.', 'at least 11,300 people', 11300, 'AT_LEAST');
  const d3 = mk('CNN', '2023-09-17', 'Across Libya 3,958 people were killed, the WHO said of the floods in Derna.', '3,958 people', 3958);
  const s = buildStory('s', [sd(d1), sd(d2), sd(d3)]);
  const derna = s.facts.find((f) => f.subject === 'Derna' && f.attribute === 'death toll')!;
  const libya = s.facts.find((f) => f.subject === 'Libya' && f.attribute === 'death toll')!;
  assert.ok(derna && libya, JSON.stringify(s.facts.map((f) => `${f.subject}/${f.attribute}`)));
  assert.equal(derna.consistent, true, '5,500 then at least 11,300: an update');
  assert.equal(libya.consistent, false);
  assert.match(libya.why!, /inside it/);
});

test('a story of 1,000 reports with 6,000 events builds in a few seconds (blocking, not all pairs)', () => {
  const docs: StoryDoc[] = [];
  for (let i = 0; i < 1000; i++) {
    const text = `Report ${i}: Kim Jong Un said talks with Putin in Vladivostok went well, and aid reached Derna ${i}.`;
    const a = fx({ text, publishedAt: `2023-09-${String(1 + (i % 28)).padStart(2, '0')}`, outlet: `Outlet ${i % 40}`,
      entities: [KIM, VLAD, { name: 'Putin', type: 'PERSON' }, { name: `Derna ${i}`, type: 'GPE' }],
      events: [
        { type: 'STATEMENT', trigger: 'said', args: { agent: ['e1'] } }, { type: 'MEET', trigger: 'talks', args: { agent: ['e1'], partner: ['e3'], location: ['e2'] } },
        { type: 'PROVIDE_AID', trigger: 'aid', args: { destination: ['e4'] } }, { type: 'STATEMENT', trigger: 'went', args: { agent: ['e3'] } },
        { type: 'TRAVEL', trigger: 'reached', args: { destination: ['e4'] } }, { type: 'OTHER', trigger: 'well', args: {} },
      ] });
    docs.push(sd(a));
  }
  const t0 = performance.now();
  const s = buildStory('big', docs);
  const ms = performance.now() - t0;
  assert.ok(ms < 15000, `${ms.toFixed(0)} ms`);
  assert.equal(s.events.filter((e) => e.type === 'MEET').length, 1, 'one meeting told 1,000 times');
  assert.equal(s.documents.length, 1000);
});

test('a toll revised upward days later is told as two phases, each with its verdict', () => {
  const mk = (outlet: string, date: string, text: string, qs: { text: string; value: number; bound?: 'AT_LEAST' | 'AT_MOST' | 'MORE_THAN' }[], claims: Parameters<typeof fx>[0]['claims'] = []) => {
    const a = fx({ text, publishedAt: date, outlet, entities: [{ name: 'Derna', type: 'GPE', qid: 'Q211866', geo: [32.767, 22.637] }],
      quantities: qs.map((q) => ({ text: q.text, value: q.value, unit: 'person', ...(q.bound ? { bound: q.bound } : {}) })), claims });
    return a;
  };
  // two speakers in one report on one day
  const d1 = mk('A', '2023-09-11', 'In Derna up to 2,000 people died, Hamad said. Mosmari said more than 2,000 people died.', [{ text: 'up to 2,000 people', value: 2000, bound: 'AT_MOST' }, { text: 'more than 2,000 people', value: 2000, bound: 'MORE_THAN' }],
    [{ text: 'In Derna up to 2,000 people died, Hamad said.', quantities: [0], attribution: [{ source: 'Hamad', kind: 'PERSON', cue: 'said' }] },
      { text: 'Mosmari said more than 2,000 people died.', quantities: [1], attribution: [{ source: 'Mosmari', kind: 'PERSON', cue: 'said' }] }]);
  const d2 = mk('B', '2023-09-14', 'In Derna 5,500 people were killed, officials said.', [{ text: '5,500 people', value: 5500 }]);
  const d3 = mk('C', '2023-09-15', 'In Derna at least 11,300 people were killed.', [{ text: 'at least 11,300 people', value: 11300, bound: 'AT_LEAST' }]);
  const s = buildStory('s', [sd(d1), sd(d2), sd(d3)]);
  const tolls = s.facts.filter((f) => f.subject === 'Derna' && f.attribute === 'death toll');
  assert.equal(tolls.length, 2, JSON.stringify(tolls));
  assert.deepEqual(tolls.map((f) => [f.phase?.index, f.phase?.of, f.consistent, f.verdict]), [[1, 2, false, 'contradiction'], [2, 2, true, 'updated']]);
  assert.deepEqual(tolls[1].values.map((v) => v.value), [5500, 11300]);
  assert.deepEqual(tolls[1].period, { from: '2023-09-14', to: '2023-09-15' });
  assert.match(tolls[1].phase!.supersedes!, /revised upward/);
  // without the first day's reports there is one phase and no phase field
  const one = buildStory('s', [sd(d2), sd(d3)]).facts.filter((f) => f.subject === 'Derna' && f.attribute === 'death toll');
  assert.equal(one.length, 1);
  assert.equal(one[0].phase, undefined);
});

test('what a count of people measures: the quantity\'s own words first, then the clause around it', async () => {
  const { attributeOf } = await import('../../src/story/build.js');
  assert.equal(attributeOf({ unit: 'person', text: 'Nine dead' }, ' in Surfside as foreign rescue teams join the search', ''), 'death toll');
  assert.equal(attributeOf({ unit: 'person', text: '35 people' }, ' from the part of the building still standing', 'Rescue crews pulled '), 'rescued');
  assert.equal(attributeOf({ unit: 'person', text: '35 people' }, ' from the building', 'Crews pulled '), 'rescued');
  assert.equal(attributeOf({ unit: 'person', text: '64 people' }, ' live in the town', ''), undefined);
});

test('people trapped are a state counted like the missing; missing and feared trapped stays missing', async () => {
  const { attributeOf } = await import('../../src/story/build.js');
  const { roleOf } = await import('../../src/story/roles.js');
  const miners = { unit: 'person', text: '12 miners' };
  assert.equal(attributeOf(miners, ' trapped below ground', '', roleOf(miners, '')), 'trapped');
  assert.equal(attributeOf({ unit: 'person', text: '9 trapped climbers' }, ' on the ridge', ''), 'trapped');
  assert.equal(attributeOf({ unit: 'person', text: '30' }, ' after the landslide', 'officials put the number of villagers trapped at '), 'trapped');
  assert.equal(attributeOf(miners, ' remain missing and', '', roleOf(miners, '')), 'missing');
  // a head count with no state word keeps its role
  assert.equal(attributeOf(miners, ' work the night shift', '', roleOf(miners, '')), 'miners');
});

test('a place that only qualifies a title or another place is not where a figure belongs', async () => {
  const { qualifierUse } = await import('../../src/story/build.js');
  const text = 'Miami-Dade County Mayor Daniella Levine Cava said the tower in Surfside, Florida, fell in Surfside on Thursday.';
  const at = (s: string, from = 0) => { const i = text.indexOf(s, from); return { start: i, end: i + s.length }; };
  const surf = at('Surfside'); const ends = new Set([surf.end, at('Miami-Dade County').end]);
  assert.equal(qualifierUse(text, at('Miami-Dade County'), ends), true, 'before a title');
  assert.equal(qualifierUse(text, at('Florida'), ends), true, 'the state after the town');
  assert.equal(qualifierUse(text, surf, ends), false, 'the town itself');
  assert.equal(qualifierUse(text, at('Surfside', surf.end), ends), false, 'a weekday after a place is no name');
});

test('a death toll is placed in the town, not in the county named in the mayor\'s title', () => {
  const a = fx({ text: 'The tower in Surfside collapsed. Miami-Dade County Mayor Daniella Levine Cava said 24 people had died.', publishedAt: '2021-07-05', outlet: 'X',
    entities: [{ name: 'Surfside', type: 'GPE' }, { name: 'Miami-Dade County', type: 'GPE' }, { name: 'Daniella Levine Cava', type: 'PERSON' }],
    quantities: [{ text: '24 people', value: 24, unit: 'person' }] });
  const s = buildStory('s', [sd(a)]);
  assert.deepEqual(s.facts.filter((f) => f.attribute === 'death toll').map((f) => f.subject), ['Surfside']);
});

test('an office a state names in lower case ("Odisha chief secretary", "Derna municipal commissioner") only qualifies the office', async () => {
  const { qualifierUse } = await import('../../src/story/build.js');
  const text = 'Odisha chief secretary Pradeep Jena said the Derna municipal commissioner and a Balasore official met in Odisha on Monday; Odisha secretly agreed.';
  const at = (s: string, from = 0) => { const i = text.indexOf(s, from); return { start: i, end: i + s.length }; };
  const ends = new Set<number>();
  assert.equal(qualifierUse(text, at('Odisha'), ends), true, 'before "chief secretary"');
  assert.equal(qualifierUse(text, at('Derna'), ends), true, 'before "municipal commissioner"');
  assert.equal(qualifierUse(text, at('Balasore'), ends), true, 'before "official"');
  // negatives: the place itself, and a word that only begins like an office
  const second = at('Odisha', at('Balasore').end);
  assert.equal(qualifierUse(text, second, ends), false, 'where they met');
  assert.equal(qualifierUse(text, at('Odisha', second.end), ends), false, '"secretly" is no secretary');
});

test('a count a state\'s chief secretary gives is placed in the story\'s town, not in the state of the title', () => {
  const a = fx({ text: 'The trains collided in Balasore. Odisha chief secretary Pradeep Jena said 187 bodies had still not been identified.', publishedAt: '2023-06-05', outlet: 'X',
    entities: [{ name: 'Balasore', type: 'GPE' }, { name: 'Odisha', type: 'GPE' }, { name: 'Pradeep Jena', type: 'PERSON' }],
    quantities: [{ text: '187 bodies', value: 187, unit: 'person' }] });
  const s = buildStory('s', [sd(a)]);
  assert.deepEqual(s.facts.filter((f) => f.attribute === 'unidentified').map((f) => f.subject), ['Balasore']);
});

test('aid from two donors stays two events, even through reports of aid that name no donor', () => {
  const ents = [{ name: 'United Arab Emirates', type: 'GPE' as const }, { name: 'Libya', type: 'GPE' as const, geo: [25, 17] as [number, number] },
    { name: 'International Committee of the Red Cross', type: 'ORG' as const }, { name: 'Derna', type: 'GPE' as const, geo: [32.767, 22.637] as [number, number] }];
  const a = fx({ text: 'The United Arab Emirates delivered aid to Libya.', publishedAt: '2023-09-14', outlet: 'A', entities: ents.slice(0, 2),
    events: [{ type: 'PROVIDE_AID', trigger: 'delivered', args: { agent: ['e1'], destination: ['e2'] } }] });
  const b = fx({ text: 'Aid convoys reached Libya.', publishedAt: '2023-09-14', outlet: 'B', entities: [ents[1]],
    events: [{ type: 'PROVIDE_AID', trigger: 'Aid', args: { destination: ['e1'] } }] });
  // the Red Cross in a place role ("teams from the Red Cross") is a participant, not a place
  const c = fx({ text: 'Teams from the International Committee of the Red Cross handed out aid in Libya.', publishedAt: '2023-09-15', outlet: 'C', entities: [ents[2], ents[1]],
    events: [{ type: 'PROVIDE_AID', trigger: 'handed out', args: { origin: ['e1'], destination: ['e2'] } }] });
  const d = fx({ text: 'The International Committee of the Red Cross distributed aid.', publishedAt: '2023-09-15', outlet: 'D', entities: [ents[2]],
    events: [{ type: 'PROVIDE_AID', trigger: 'distributed', args: { agent: ['e1'] } }] });
  const s = buildStory('s', [sd(a), sd(b), sd(c), sd(d)]);
  const aid = s.events.filter((e) => e.type === 'PROVIDE_AID');
  const uae = aid.find((e) => e.participants.includes('United Arab Emirates'))!;
  const icrc = aid.find((e) => e.participants.includes('International Committee of the Red Cross'))!;
  assert.ok(uae && icrc && uae !== icrc, JSON.stringify(aid));
  assert.ok(!uae.participants.includes('International Committee of the Red Cross'));
  assert.ok(!(icrc.places ?? []).includes('International Committee of the Red Cross'));
  assert.equal(icrc.documents.length, 2, 'the two Red Cross reports are one event');
});

test('agents clash only when both sides name doers that take no part on the other side', async () => {
  const { agentsClash } = await import('../../src/story/build.js');
  const g = (n: number) => ({ id: n } as never);
  const [kim, putin, uae, icrc] = [g(1), g(2), g(3), g(4)];
  assert.equal(agentsClash(new Set([uae]), new Set([uae]), new Set([icrc]), new Set([icrc])), true);
  assert.equal(agentsClash(new Set([kim]), new Set([kim, putin]), new Set([putin]), new Set([putin, kim])), false, 'Kim met Putin / Putin met Kim');
  assert.equal(agentsClash(new Set(), new Set([kim]), new Set([icrc]), new Set([icrc])), false, 'one side names no doer');
});

test('a merged event lists each participant once and a place of the event only among its places', () => {
  const ents = [{ name: 'Libya', type: 'GPE' as const }, { name: 'Derna', type: 'GPE' as const, geo: [32.767, 22.637] as [number, number] }];
  const a = fx({ text: 'Libya ordered arrests in Derna.', publishedAt: '2023-09-25', outlet: 'A', entities: ents,
    events: [{ type: 'ARREST', trigger: 'arrests', args: { agent: ['e1'], patient: ['e2'], location: ['e2'] } }] });
  const s = buildStory('s', [sd(a)]);
  const e = s.events.find((x) => x.type === 'ARREST')!;
  assert.deepEqual(e.participants, ['Libya']);
  assert.deepEqual(e.places, ['Derna']);
});

test('an event three reports tell lists as participants the names two of them give; a one-report name is set apart', () => {
  const storm = { name: 'Storm Daniel', type: 'EVENT' as const }; const stray = { name: 'Ahmed Mohamed', type: 'PERSON' as const };
  const mk = (outlet: string, withStray: boolean) => fx({ text: `Storm Daniel flooded the city${withStray ? ', Ahmed Mohamed said' : ''}. (${outlet})`, publishedAt: '2023-09-11', outlet,
    entities: withStray ? [storm, stray] : [storm], events: [{ type: 'DISASTER', trigger: 'flooded', args: { agent: withStray ? ['e1', 'e2'] : ['e1'] } }] });
  const three = buildStory('s', [sd(mk('A', true)), sd(mk('B', false)), sd(mk('C', false))]).events.find((e) => e.type === 'DISASTER')!;
  assert.deepEqual(three.participants, ['Storm Daniel']);
  assert.deepEqual(three.otherParticipants, ['Ahmed Mohamed']);
  // two reports: too few to tell a stray from a participant
  const two = buildStory('s', [sd(mk('A', true)), sd(mk('B', false))]).events.find((e) => e.type === 'DISASTER')!;
  assert.deepEqual(two.participants.sort(), ['Ahmed Mohamed', 'Storm Daniel']);
  assert.equal(two.otherParticipants, undefined);
});

test('a name only one of three reports gives stays a participant when it is that report\'s one doer', () => {
  // two reports name the sacked coach, one also says who sacked him; the third names the club's owner as the one agent
  const coach = { name: 'Pavel Brandt', type: 'PERSON' as const }; const owner = { name: 'Lena Ostrova', type: 'PERSON' as const };
  const mk = (outlet: string, who: 'owner' | 'none' | 'patient') => fx({
    text: who === 'owner' ? `Lena Ostrova dismissed Pavel Brandt on Monday. (${outlet})` : who === 'patient' ? `Pavel Brandt was dismissed on Monday, Lena Ostrova's office confirmed. (${outlet})` : `Pavel Brandt was dismissed on Monday. (${outlet})`,
    publishedAt: '2024-02-12', outlet, entities: who === 'none' ? [coach] : [coach, owner],
    events: [{ type: 'DISMISS', trigger: 'dismissed', args: who === 'owner' ? { agent: ['e2'], patient: ['e1'] } : who === 'patient' ? { patient: ['e1', 'e2'] } : { patient: ['e1'] } },
    ] });
  const fire = (s: ReturnType<typeof buildStory>) => s.events.find((e) => e.type === 'DISMISS')!;
  const kept = fire(buildStory('s', [sd(mk('A', 'owner')), sd(mk('B', 'none')), sd(mk('C', 'none'))]));
  assert.deepEqual(kept.participants.sort(), ['Lena Ostrova', 'Pavel Brandt'], JSON.stringify(kept));
  assert.equal(kept.otherParticipants, undefined);
  // negative: the same one-report name in no doer's role is set apart
  const apart = fire(buildStory('s', [sd(mk('A', 'patient')), sd(mk('B', 'none')), sd(mk('C', 'none'))]));
  assert.deepEqual(apart.participants, ['Pavel Brandt'], JSON.stringify(apart));
  assert.deepEqual(apart.otherParticipants, ['Lena Ostrova']);
});

test('a figure no sentence places goes to the report\'s most named place, ties to the place more reports name', () => {
  const ents = [{ name: 'Miami Beach', type: 'GPE' as const }, { name: 'Surfside', type: 'GPE' as const }];
  const text = 'A tower fell in Surfside near Miami Beach. It was night. Most slept. Crews pulled 35 people out.';
  const a = fx({ text, publishedAt: '2021-06-24', outlet: 'A', entities: [ents[0], ents[1]], quantities: [{ text: '35 people', value: 35, unit: 'person' }] });
  a.sentences = [...text.matchAll(/[^.]+\./g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })) as never;
  const b = fx({ text: 'The search in Surfside went on.', publishedAt: '2021-06-25', outlet: 'B', entities: [ents[1]] });
  const s = buildStory('s', [sd(a), sd(b)]);
  assert.deepEqual(s.facts.filter((f) => f.attribute === 'rescued').map((f) => f.subject), ['Surfside']);
  // alone, the tie stays with the first named
  assert.deepEqual(buildStory('s', [sd(a)]).facts.filter((f) => f.attribute === 'rescued').map((f) => f.subject), ['Miami Beach']);
});

test('a physical measure beside a named vehicle is that vehicle\'s fact; head counts stay with the place', () => {
  const SHIP = { name: 'Dali', type: 'VEHICLE' as const };
  const BALT = { name: 'Baltimore', type: 'GPE' as const, geo: [39.29, -76.61] as [number, number] };
  const a = fx({ text: 'The Dali, 984 feet long, struck the bridge in Baltimore. Two people on the Dali were rescued in Baltimore.', publishedAt: '2024-03-26', outlet: 'A',
    entities: [SHIP, BALT], quantities: [{ text: '984 feet', value: 984, unit: 'ft' }, { text: 'Two people', value: 2, unit: 'person' }] });
  const b = fx({ text: 'The bridge in Baltimore was 1.6 miles long.', publishedAt: '2024-03-27', outlet: 'B',
    entities: [BALT], quantities: [{ text: '1.6 miles', value: 1.6, unit: 'mi' }] });
  const s = buildStory('s', [sd(a), sd(b)]);
  const facts = s.facts.map((f) => `${f.subject}|${f.attribute}|${f.values.map((v) => v.value).join(',')}`);
  assert.ok(facts.includes('Dali|length|984'), facts.join('; '));
  // negative: the head count beside the ship stays with the place; a length with no vehicle near stays with the place
  assert.ok(facts.includes('Baltimore|rescued|2'), facts.join('; '));
  assert.ok(facts.includes('Baltimore|length|1.6'), facts.join('; '));
  assert.ok(!facts.some((f) => f.startsWith('Dali|rescued')), facts.join('; '));
});

test('a distance unit with "long", "high", "wide" or "deep" beside it is a size', async () => {
  const { attributeOf } = await import('../../src/story/build.js');
  assert.equal(attributeOf({ unit: 'ft', text: '984 feet' }, ' long', 'The Dali, '), 'length');
  assert.equal(attributeOf({ unit: 'm', text: '300-metre' }, '-high tower', 'a '), 'height');
  assert.equal(attributeOf({ unit: 'ft', text: '50 feet' }, ' deep and 700 feet wide', 'the channel, '), 'depth');
  // a journey is a distance
  assert.equal(attributeOf({ unit: 'km', text: '1,180 km' }, ' to Vladivostok', 'The train travelled '), 'distance');
});

test('a parenthetical equivalent pair gives one fact value: the first figure is kept, its restatement skipped', () => {
  const a = fx({ text: 'In Pyongyang the train is limited to 59 km/h (37 mph).', publishedAt: '2023-09-12', outlet: 'A',
    entities: [{ name: 'Pyongyang', type: 'GPE', geo: [39.03, 125.75] }],
    quantities: [{ text: '59 km/h', value: 59, unit: 'km/h', equivalentOf: 1 }, { text: '37 mph', value: 37, unit: 'mph', equivalentOf: 0 }] });
  const s = buildStory('s', [sd(a)]);
  const speed = s.facts.filter((f) => f.attribute === 'speed');
  assert.equal(speed.length, 1, JSON.stringify(s.facts.map((f) => f.attribute)));
  // the restated 37 mph is not a second value
  assert.deepEqual(speed[0].values.map((v) => v.value), [59]);
});

test('one head count, one site: a count at the bridge and one at its town are one fact; two unplaced towns or a country are not', () => {
  const TOWN = { name: 'Port Elling', type: 'GPE' as const, geo: [51.5, -3.2] as [number, number] };
  const BRIDGE = { name: 'Elling Bridge', type: 'FAC' as const };
  const a = fx({ text: 'Seven people died at the Elling Bridge.', publishedAt: '2025-02-03', outlet: 'A', entities: [BRIDGE], quantities: [{ text: 'Seven people', value: 7, unit: 'person' }] });
  const b = fx({ text: 'In Port Elling, eight people died.', publishedAt: '2025-02-03', outlet: 'B', entities: [TOWN], quantities: [{ text: 'eight people', value: 8, unit: 'person' }] });
  const tolls = (s: ReturnType<typeof buildStory>) => s.facts.filter((f) => f.attribute === 'death toll').map((f) => `${f.subject}|${f.values.map((v) => v.value).join(',')}|${f.consistent}`);
  // one fact, and the two figures of one day now meet: 7 and 8 cannot both be the toll
  assert.deepEqual(tolls(buildStory('s', [sd(a), sd(b)])).length, 1);
  assert.ok(tolls(buildStory('s', [sd(a), sd(b)]))[0].endsWith('|false'), tolls(buildStory('s', [sd(a), sd(b)])).join('; '));
  // negative: two towns no point places, and a country, keep their own counts
  const c = fx({ text: 'In Varrow, eight people died.', publishedAt: '2025-02-03', outlet: 'C', entities: [{ name: 'Varrow', type: 'GPE' }], quantities: [{ text: 'eight people', value: 8, unit: 'person' }] });
  const d = fx({ text: 'In Tamsk, seven people died.', publishedAt: '2025-02-03', outlet: 'D', entities: [{ name: 'Tamsk', type: 'GPE' }], quantities: [{ text: 'seven people', value: 7, unit: 'person' }] });
  assert.equal(tolls(buildStory('t', [sd(c), sd(d)])).length, 2);
  const e = fx({ text: 'Across Libya, eight people died.', publishedAt: '2025-02-03', outlet: 'E', entities: [{ name: 'Libya', type: 'GPE', qid: 'Q1016' }], quantities: [{ text: 'eight people', value: 8, unit: 'person' }] });
  e.entities[0].iso = 'LY';
  const f = fx({ text: 'In Derna, seven people died.', publishedAt: '2025-02-03', outlet: 'F', entities: [{ name: 'Derna', type: 'GPE', geo: [32.76, 22.64] }], quantities: [{ text: 'seven people', value: 7, unit: 'person' }] });
  assert.equal(tolls(buildStory('u', [sd(e), sd(f)])).length, 2);
});

test('a place used as an adjective ("a Florida condominium") is no place for a figure', async () => {
  const { qualifierUse } = await import('../../src/story/build.js');
  const t = 'the collapse of a Florida condominium; rain in Florida today';
  const at = (n: string, from = 0) => { const i = t.indexOf(n, from); return { start: i, end: i + n.length }; };
  assert.equal(qualifierUse(t, at('Florida'), new Set()), true);
  // negative: after a preposition it is the place
  assert.equal(qualifierUse(t, at('Florida', 30), new Set()), false);
});

test('a place before a body or office in lower case ("the Minas Gerais fire department") is the body\'s, not the figure\'s', async () => {
  const { qualifierUse } = await import('../../src/story/build.js');
  const t = 'the Minas Gerais fire department said; the Derna city officials said; the Minas Gerais civil defence agency; floods in Minas Gerais killed 40; in Derna policemen';
  const at = (n: string, from = 0) => { const i = t.indexOf(n, from); return { start: i, end: i + n.length }; };
  assert.equal(qualifierUse(t, at('Minas Gerais'), new Set()), true);
  assert.equal(qualifierUse(t, at('Derna'), new Set()), true, 'city officials');
  assert.equal(qualifierUse(t, at('Minas Gerais', 40), new Set()), true, 'civil defence');
  // negatives: a verb after the place; a word that only begins like a body ("policemen")
  assert.equal(qualifierUse(t, at('Minas Gerais', t.indexOf('floods')), new Set()), false);
  assert.equal(qualifierUse(t, at('Derna', t.indexOf('policemen') - 8), new Set()), false);
});

test('a region named in an earlier sentence stands for the story\'s site; a country keeps its own count', () => {
  const SITE = { name: 'Surfside', type: 'GPE' as const, geo: [25.88, -80.13] as [number, number] };
  const mk = (text: string, region: { name: string; type: 'GPE'; qid?: string }, iso: string | undefined, outlet: string) => {
    const a = fx({ text, publishedAt: '2021-07-05', outlet, entities: [region, SITE], quantities: [{ text: '24', value: 24, unit: 'person' }] });
    a.sentences = [...text.matchAll(/[^.]+\./g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })) as never;
    if (iso) a.entities[0].iso = iso; else a.entities[0].kind = 'REGION';
    return a;
  };
  const other = fx({ text: 'The tower in Surfside fell. Surfside mourns.', publishedAt: '2021-06-25', outlet: 'Z', entities: [SITE] });
  const a = mk('The storm reached Florida. The toll rose to 24 overnight. Surfside waits.', { name: 'Florida', type: 'GPE' }, undefined, 'A');
  const subj = (x: Analysis) => buildStory('s', [sd(x), sd(other)]).facts.filter((f) => f.attribute === 'death toll').map((f) => f.subject);
  assert.deepEqual(subj(a), ['Surfside']);
  const b = mk('The storm crossed Cuba. The toll rose to 24 overnight. Surfside waits.', { name: 'Cuba', type: 'GPE', qid: 'Q241' }, 'CU', 'B');
  assert.deepEqual(subj(b), ['Cuba']);
});

test('a gathering in one town on the same or the next day is one gathering whoever each report names as attending', () => {
  const ABUJA = { name: 'Abuja', type: 'GPE' as const, geo: [9.0765, 7.3986] as [number, number] };
  const ACCRA = { name: 'Accra', type: 'GPE' as const, geo: [5.6037, -0.187] as [number, number] };
  const bloc = { name: 'the West African bloc', type: 'ORG' as const };
  const chair = { name: 'Bola Tinubu', type: 'PERSON' as const };
  const meet = (outlet: string, pub: string, text: string, who: { name: string; type: 'ORG' | 'PERSON' }, where: typeof ABUJA, when: [string, string]) =>
    fx({ text, publishedAt: pub, outlet, entities: [who, where], times: [{ text: when[0], value: when[1] }],
      events: [{ type: 'MEET', trigger: text.match(/met|summit|talks/)![0], args: { agent: ['e1'], location: ['e2'], time: [0] } }] });
  const a = meet('A', '2023-08-09', 'The West African bloc met in Abuja on Wednesday.', bloc, ABUJA, ['Wednesday', '2023-08-09']);
  const b = meet('B', '2023-08-11', 'Bola Tinubu chaired the summit in Abuja on Thursday.', chair, ABUJA, ['Thursday', '2023-08-10']);
  const one = buildStory('s', [sd(a), sd(b)]).events.filter((e) => e.type === 'MEET');
  assert.equal(one.length, 1, JSON.stringify(one));
  assert.deepEqual([...one[0].participants].sort(), ['Bola Tinubu', 'the West African bloc']);
  // a week apart in the same town: two gatherings
  const c = meet('C', '2023-08-17', 'Bola Tinubu held talks in Abuja on Wednesday.', chair, ABUJA, ['Wednesday', '2023-08-16']);
  assert.equal(buildStory('s', [sd(a), sd(c)]).events.filter((e) => e.type === 'MEET').length, 2, 'a week apart');
  // the same day in another town: two gatherings
  const d = meet('D', '2023-08-10', 'Bola Tinubu held talks in Accra on Wednesday.', chair, ACCRA, ['Wednesday', '2023-08-09']);
  assert.equal(buildStory('s', [sd(a), sd(d)]).events.filter((e) => e.type === 'MEET').length, 2, 'another town');
  // only "next week" for a date: no tie without shared attendees
  const e = meet('E', '2023-08-07', 'Bola Tinubu will hold talks in Abuja next week.', chair, ABUJA, ['next week', '2023-W33']);
  assert.equal(buildStory('s', [sd(a), sd(e)]).events.filter((x) => x.type === 'MEET').length, 2, 'a week is no date');
});

test('meetings: a report naming another subset of those present merges; a mention without a place does not chain meetings far apart', () => {
  const TIN = { name: 'Bola Tinubu', type: 'PERSON' as const };
  const AKU = { name: 'Nana Akufo-Addo', type: 'PERSON' as const };
  const SALL = { name: 'Macky Sall', type: 'PERSON' as const };
  const MAC = { name: 'Emmanuel Macron', type: 'PERSON' as const };
  const ABUJA = { name: 'Abuja', type: 'GPE' as const, geo: [9.0579, 7.4951] as [number, number] };
  const PARIS = { name: 'Paris', type: 'GPE' as const, geo: [48.8566, 2.3522] as [number, number] };
  const meet = (outlet: string, body: string, ents: Parameters<typeof fx>[0]['entities'], args: Record<string, string[]>) =>
    fx({ text: body, publishedAt: '2023-08-10', outlet, title: `${outlet}: summit`, entities: ents, times: [{ text: 'Thursday', value: '2023-08-10' }],
      events: [{ type: 'MEET', trigger: 'met', args: { ...args, time: [0] } }] });
  const a = meet('AAA', 'Bola Tinubu met Nana Akufo-Addo in Abuja on Thursday.', [TIN, AKU, ABUJA], { agent: ['e1'], partner: ['e2'], location: ['e3'] });
  const b = meet('BBB', 'Bola Tinubu met Macky Sall on Thursday.', [TIN, SALL], { agent: ['e1'], partner: ['e2'] });
  const c = meet('CCC', 'Bola Tinubu met Emmanuel Macron in Paris on Thursday.', [TIN, MAC, PARIS], { agent: ['e1'], partner: ['e2'], location: ['e3'] });
  const s = buildStory('s', [sd(a), sd(b), sd(c)]);
  const meets = s.events.filter((e) => e.type === 'MEET');
  const show = JSON.stringify(meets.map((e) => [e.participants, e.places]));
  // the placeless report joins one of the two (which one depends on the order pairs are tried)
  assert.equal(meets.length, 2, show);
  assert.ok(meets.some((e) => e.documents.length === 2), show);
  assert.ok(!meets.some((e) => e.places?.includes('Abuja') && e.places.includes('Paris')), `Abuja and Paris are 4,400 km apart: ${show}`);
});

test('a place named as the owner of a body ("South Korea\'s interior ministry") is not where a figure belongs', async () => {
  const { qualifierUse } = await import('../../src/story/build.js');
  const text = "South Korea's interior ministry said Seoul's mayor and Seoul's Itaewon district wept; Seoul's fire department counted.";
  const at = (s: string, from = 0) => { const i = text.indexOf(s, from); return { start: i, end: i + s.length }; };
  assert.equal(qualifierUse(text, at('South Korea'), new Set()), true, 'a ministry');
  const fire = text.lastIndexOf("Seoul's fire");
  assert.equal(qualifierUse(text, { start: fire, end: fire + 5 }, new Set()), true, 'a fire department');
  // negative: a possessive before a place name, and before an office no list names
  const dist = text.indexOf("Seoul's Itaewon");
  assert.equal(qualifierUse(text, { start: dist, end: dist + 5 }, new Set()), false);
  assert.equal(qualifierUse("Seoul's streets were full.", { start: 0, end: 5 }, new Set()), false);
});
