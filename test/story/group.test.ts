import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assign, Centroid, type Profile } from '../../src/story/group.js';

const mk = (id: string, terms: string[], date?: string): Profile => ({ id, vec: new Map(terms.map((t) => [t, 1])), norm: Math.sqrt(terms.length), ...(date ? { date: Date.parse(date) } : {}) });
const part = (out: { docId: string; storyId: string }[]) => {
  const m = new Map<string, string[]>();
  for (const o of out) { if (!m.has(o.storyId)) m.set(o.storyId, []); m.get(o.storyId)!.push(o.docId); }
  return [...m.values()].map((x) => x.sort().join('+')).sort().join(' | ');
};
const DOCS: [string, string[]][] = [['d0', ['c', 'd', 'e', 'f', 'h']], ['d1', ['a', 'd', 'e', 'g']], ['d2', ['a', 'c', 'd', 'e', 'g']], ['d3', ['a', 'c', 'd', 'g']]];
const run = (docs: [string, string[]][], refine?: boolean) => part(assign(docs.map(([id, t]) => mk(id, t)), new Map(), (p) => `s-${p.id}`, new Map(), new Map(), { threshold: 0.5, ...(refine === undefined ? {} : { refine }) }));

test('second thoughts make the grouping independent of arrival order', () => {
  // a single pass: the first report started a story of its own that the later ones passed by
  assert.notEqual(run(DOCS, false), run([...DOCS].reverse(), false));
  assert.equal(run(DOCS), run([...DOCS].reverse()));
  assert.equal(run(DOCS), 'd0+d1+d2+d3');
});

test('second thoughts move nobody who is best where they are, and never a syndicated copy', () => {
  const two: [string, string[]][] = [['a1', ['x', 'y', 'z']], ['a2', ['x', 'y', 'z', 'w']], ['b1', ['p', 'q', 'r']], ['b2', ['p', 'q', 'r', 's']]];
  assert.equal(run(two), 'a1+a2 | b1+b2');
  // d0 marked as a copy stays in its original's story, even where another story is closer to its words
  const stories = new Map<string, Profile[]>([['S', [mk('orig', ['q', 'r', 's'])]]]);
  const out = assign(DOCS.map(([id, t]) => mk(id, t)), stories, (p) => `s-${p.id}`, new Map([['d0', 'orig']]), new Map([['orig', 'S']]), { threshold: 0.5 });
  assert.equal(out.find((o) => o.docId === 'd0')!.storyId, 'S');
});

test('a centroid without one of its members', () => {
  const a = mk('a', ['x', 'y']); const b = mk('b', ['y', 'z']); const c = new Centroid(); c.add(a); c.add(b);
  const only = new Centroid(); only.add(b);
  assert.ok(Math.abs(c.cosineWithout(a) - only.cosine(a)) < 1e-9);
  const single = new Centroid(); single.add(a);
  assert.equal(single.cosineWithout(a), 0);
});

test('entity terms weigh less than words: reports of one story that link different entities still meet', async () => {
  const { ENTITY_WEIGHT, Df, profile, cosine } = await import('../../src/story/group.js');
  assert.ok(ENTITY_WEIGHT < 1);
  const df = new Df();
  const a = new Map([['flood', 2], ['dam', 2], ['E:q1', 4]]); const b = new Map([['flood', 2], ['dam', 2], ['E:q2', 4]]);
  df.add(a); df.add(b);
  const doc = { document: {} };
  const sim = cosine(profile('a', doc, a, df), profile('b', doc, b, df));
  // with entity terms weighted like words the shared words alone would give 0.5 or less
  assert.ok(sim > 0.5, String(sim));
});

test('removing a member from a centroid leaves the centroid of the others', () => {
  const a = mk('a', ['x', 'y']); const b = mk('b', ['y', 'z']);
  const c = new Centroid(); c.add(a); c.add(b); c.remove(a);
  const only = new Centroid(); only.add(b);
  const p = mk('p', ['y', 'z', 'w']);
  assert.ok(Math.abs(c.cosine(p) - only.cosine(p)) < 1e-9);
  assert.ok(!c.vec.has('x'));
});

test('an event type with its participant is a term: reports of one acquisition share it, of another buyer do not', async () => {
  const { terms, Df, profile, cosine } = await import('../../src/story/group.js');
  const doc = (buyer: string, target: string) => ({
    version: 1, document: { id: buyer, text: 'The company agreed to acquire the server maker in a deal announced on Wednesday.', language: 'en' },
    sentences: [], times: [], quantities: [], claims: [], checks: [],
    entities: [{ id: 'e1', name: buyer, type: 'ORG', mentions: [] }, { id: 'e2', name: target, type: 'ORG', mentions: [] }],
    events: [{ id: 'ev1', type: 'ACQUISITION', trigger: { start: 0, end: 1, text: 'acquire' }, args: { agent: ['e1'], patient: ['e2'] }, certainty: 'CERTAIN', polarity: 'POSITIVE', status: 'PAST', claims: [] }],
  }) as unknown as import('../../src/core/types.js').Analysis;
  const a = terms(doc('Acme', 'Widgetco')); const b = terms(doc('Acme', 'Widgetco')); const c = terms(doc('Globex', 'Initech'));
  assert.ok(a.has('P:ACQUISITION:n:ORG:acme'));
  assert.ok(!c.has('P:ACQUISITION:n:ORG:acme'));
  // no participant term for an argument that is not an entity (a quantity index)
  const d = doc('Acme', 'Widgetco'); d.events[0].args = { value: [0] };
  assert.ok(![...terms(d).keys()].some((k) => k.startsWith('P:')));
  const df = new Df(); [a, b, c].forEach((t) => df.add(t));
  const p = (id: string, t: Map<string, number>) => profile(id, { document: {} }, t, df);
  assert.ok(cosine(p('a', a), p('b', b)) > cosine(p('a', a), p('c', c)));
});

test('second thoughts run until a round moves nobody: a move can draw another report', () => {
  const docs: [string, string[]][] = [['d0', ['a', 'b', 'd', 'e', 'g', 'h']], ['d1', ['a', 'c', 'd']], ['d2', ['c', 'd', 'e', 'h']], ['d3', ['c', 'd', 'f', 'g']], ['d4', ['c', 'e', 'f', 'g', 'h']]];
  const go = (refineRounds: number) => part(assign(docs.map(([id, t]) => mk(id, t)), new Map(), (p) => `s-${p.id}`, new Map(), new Map(), { threshold: 0.5, refineRounds }));
  // one round gathers d0, d2, d3, d4; only then is d1 closer to them than to its own lone story
  assert.equal(go(1), 'd0+d2+d3+d4 | d1');
  assert.equal(go(3), 'd0+d1+d2+d3+d4');
  assert.equal(run(docs), go(3));
  // and a grouping already settled does not change with more rounds
  assert.equal(run(DOCS), part(assign(DOCS.map(([id, t]) => mk(id, t)), new Map(), (p) => `s-${p.id}`, new Map(), new Map(), { threshold: 0.5, refineRounds: 10 })));
});

test('a report whose main event has only other participants than the story\'s is of another event: its similarity is discounted', async () => {
  const { CLASH_FACTOR, mainEvent, storySimilarity } = await import('../../src/story/group.js');
  const v = (id: string, t: [string, number][]): Profile => ({ id, vec: new Map(t), norm: Math.sqrt(t.reduce((s, [, w]) => s + w * w, 0)) });
  const story = [v('s1', [['deal', 2], ['chip', 2], ['V:ACQUISITION', 2], ['P:ACQUISITION:n:ORG:acme', 1], ['V:STATEMENT', 1], ['P:STATEMENT:n:PERSON:lee', 1]])];
  const c = new Centroid(); story.forEach((m) => c.add(m));
  const other = v('o', [['deal', 2], ['chip', 2], ['V:ACQUISITION', 2], ['P:ACQUISITION:n:ORG:globex', 1]]);
  const same = v('p', [['deal', 2], ['chip', 2], ['V:ACQUISITION', 2], ['P:ACQUISITION:n:ORG:acme', 1]]);
  assert.equal(mainEvent(other)?.type, 'ACQUISITION');
  assert.ok(c.clashes(other));
  assert.ok(!c.clashes(same));
  // the discount is applied to the story similarity
  assert.ok(Math.abs(storySimilarity(other, story, c) - CLASH_FACTOR * storySimilarityNoClash(other, story)) < 1e-9);
  assert.ok(Math.abs(storySimilarity(same, story, c) - storySimilarityNoClash(same, story)) < 1e-9);
  // negative: statements and meetings come with many participants in one story; a story naming nobody for the type cannot clash
  const talk = v('t', [['deal', 2], ['V:STATEMENT', 3], ['P:STATEMENT:n:PERSON:kim', 1]]);
  assert.equal(mainEvent(talk), undefined);
  assert.ok(!c.clashes(talk));
  const bare = new Centroid(); bare.add(v('b', [['deal', 2], ['V:ACQUISITION', 2]]));
  assert.ok(!bare.clashes(other));
});

function storySimilarityNoClash(p: Profile, members: Profile[]): number {
  const c = new Centroid(); members.forEach((m) => c.add(m));
  let best = 0;
  for (const m of members) { let dot = 0; for (const [k, w] of p.vec) dot += w * (m.vec.get(k) ?? 0); best = Math.max(best, dot / (p.norm * m.norm)); }
  return Math.max(best, c.cosine(p));
}

test('organisations meet under one term whatever company form a report gives them', async () => {
  const { termKey } = await import('../../src/story/group.js');
  assert.equal(termKey({ name: 'Hewlett Packard Co', type: 'ORG' }), termKey({ name: 'Hewlett Packard', type: 'ORG' }));
  assert.equal(termKey({ name: 'HP Inc.', type: 'ORG' }), termKey({ name: 'HP', type: 'ORG' }));
  // negative: a name ending in the letters of a form keeps them; people and linked entities keep their keys
  assert.notEqual(termKey({ name: 'Costco', type: 'ORG' }), termKey({ name: 'Cost', type: 'ORG' }));
  assert.notEqual(termKey({ name: 'Jane Co', type: 'PERSON' }), termKey({ name: 'Jane', type: 'PERSON' }));
  assert.equal(termKey({ name: 'Acme Corp', type: 'ORG', kb: { wikidata: 'Q1' } }), 'wd:Q1');
});

// A story profile with its places: `places` counts the sentences naming each place, `lead` its lead's places (L:) and countries (C:).
const mkp = (id: string, terms: string[], places: Record<string, number>, lead: string[]): Profile =>
  ({ ...mk(id, terms), places: new Map(Object.entries(places)), lead: new Set(lead) });

test('a report that only recalls a story is a look-alike: its lead is another country\'s place, the story\'s place in one sentence', async () => {
  const { lookalike } = await import('../../src/story/group.js');
  const story = [mkp('s1', ['mine', 'fire'], { soma: 4, turkey: 2 }, ['L:soma', 'C:TR']), mkp('s2', ['mine', 'fire'], { soma: 3, manisa: 1 }, ['L:soma', 'C:TR'])];
  // another disaster elsewhere, one background sentence naming the story's town
  assert.equal(lookalike(mkp('x', ['flood'], { obrenovac: 3, serbia: 2, soma: 1 }, ['L:obrenovac', 'C:RS']), story), true);
  // the same report naming the story's town in two sentences is (also) about it
  assert.equal(lookalike(mkp('x', ['flood'], { obrenovac: 3, serbia: 2, soma: 2 }, ['L:obrenovac', 'C:RS']), story), false);
  // a report led from a place in the story's country (the capital, a dateline) is of the story
  assert.equal(lookalike(mkp('x', ['protest'], { ankara: 3, soma: 1 }, ['L:ankara', 'C:TR']), story), false);
  // a report whose lead place the story's reports name (in any sentence) is of the story
  assert.equal(lookalike(mkp('x', ['funeral'], { manisa: 2, soma: 1 }, ['L:manisa', 'C:XX']), story), false);
  // sharing no place at all is not recalling the story; neither is a lead place named only once
  assert.equal(lookalike(mkp('x', ['flood'], { obrenovac: 3 }, ['L:obrenovac', 'C:RS']), story), false);
  assert.equal(lookalike(mkp('x', ['flood'], { obrenovac: 1, soma: 1 }, ['L:obrenovac', 'C:RS']), story), false);
  // a third country both involve, outside the story's leads, may recur: the look-alike still only recalls the story
  const withBackground = [mkp('s1', ['siege'], { amenas: 4, algeria: 3, france: 2 }, ['L:amenas', 'L:algeria', 'C:DZ']), mkp('s2', ['siege'], { algeria: 3, france: 1 }, ['L:algeria', 'C:DZ'])];
  assert.equal(lookalike(mkp('x', ['hostage'], { somalia: 4, france: 3, algeria: 1 }, ['L:somalia', 'C:SO']), withBackground), true);
  // negative: sharing only that background country is not recalling the story; naming the story's place twice is being of it
  assert.equal(lookalike(mkp('x', ['hostage'], { somalia: 4, france: 3 }, ['L:somalia', 'C:SO']), withBackground), false);
  assert.equal(lookalike(mkp('x', ['hostage'], { somalia: 4, france: 3, algeria: 2 }, ['L:somalia', 'C:SO']), withBackground), false);
  // negative: a place that leads one of the story's reports is the story's own, and may not recur
  assert.equal(lookalike(mkp('x', ['hostage'], { somalia: 4, amenas: 1, algeria: 2 }, ['L:somalia', 'C:SO']), withBackground), false);
  // profiles stored before they carried their places never count as look-alikes
  assert.equal(lookalike(mk('x', ['flood']), story), false);
  assert.equal(lookalike(mkp('x', ['flood'], { obrenovac: 3, soma: 1 }, ['L:obrenovac', 'C:RS']), [mk('s1', ['mine']), mk('s2', ['fire'])]), false);
});

test('a look-alike report does not join the story it recalls; the same words with the story\'s place as subject do', () => {
  const words = ['disaster', 'rescue', 'killed', 'mourning', 'toll'];
  const story = () => new Map<string, Profile[]>([['S', [mkp('s1', [...words, 'mine'], { soma: 4 }, ['L:soma', 'C:TR']), mkp('s2', [...words, 'coal'], { soma: 3 }, ['L:soma', 'C:TR'])]]]);
  const place = (p: Profile, stories: Map<string, Profile[]>) => assign([p], stories, (q) => `new-${q.id}`, new Map(), new Map(), { threshold: 0.5 })[0]!.storyId;
  const terms = [...words, 'flood', 'river', 'evacuated'];
  assert.equal(place(mkp('x', terms, { obrenovac: 3, soma: 1 }, ['L:obrenovac', 'C:RS']), story()), 'new-x');
  assert.equal(place(mkp('y', terms, { soma: 3 }, ['L:soma', 'C:TR']), story()), 'S');
});

test('a report\'s place terms: sentences naming each place, its lead\'s places and countries; kept out of the vector, always stored', async () => {
  const { terms, termsJson, parseTerms, Df, profile } = await import('../../src/story/group.js');
  const text = 'BELGRADE, Serbia (AP) — Floods swept through Obrenovac on Friday. Rescuers reached Obrenovac by boat. Turkey mourned the miners killed in Soma.';
  const at = (w: string, from = 0) => text.indexOf(w, from);
  const ent = (id: string, name: string, offs: number[], country: string) => ({ id, name, type: 'GPE', geo: { lat: 0, lon: 0, country }, mentions: offs.map((o) => ({ start: o, end: o + name.length, text: name })) });
  const a = {
    version: 1, document: { id: 'x', text, language: 'en' }, times: [], quantities: [], claims: [], checks: [], events: [],
    sentences: [{ start: 0, end: 23, kind: 'DATELINE' }, { start: 24, end: 66, kind: 'BODY' }, { start: 67, end: 102, kind: 'BODY' }, { start: 103, end: text.length, kind: 'BODY' }],
    entities: [ent('e1', 'Belgrade', [0], 'RS'), ent('e2', 'Obrenovac', [at('Obrenovac'), at('Obrenovac', at('Obrenovac') + 1)], 'RS'), ent('e3', 'Soma', [at('Soma')], 'TR'), ent('e4', 'Turkey', [at('Turkey')], 'TR')],
  } as unknown as import('../../src/core/types.js').Analysis;
  const tf = terms(a);
  assert.equal(tf.get('G:n:PLACE:obrenovac'), 2);
  assert.equal(tf.get('G:n:PLACE:soma'), 1);
  assert.ok(tf.has('L:n:PLACE:obrenovac') && tf.has('L:n:PLACE:belgrade') && tf.has('C:RS'));
  assert.ok(!tf.has('L:n:PLACE:soma') && !tf.has('C:TR'));
  // stored beside the 300 heaviest terms, whatever their counts
  for (let i = 0; i < 400; i++) tf.set(`w${i}`, 5);
  const back = parseTerms(termsJson(tf));
  assert.equal(back.get('G:n:PLACE:soma'), 1);
  assert.ok(back.has('C:RS'));
  assert.equal([...back.keys()].filter((k) => k.startsWith('w')).length, 300);
  // a report naming many places keeps its lead's places first
  const many = new Map(tf);
  for (let i = 0; i < 200; i++) many.set(`G:n:PLACE:town${i}`, 1);
  const kept = parseTerms(termsJson(many));
  assert.ok(kept.has('L:n:PLACE:obrenovac') && kept.has('C:RS') && kept.has('G:n:PLACE:obrenovac'));
  assert.equal([...kept.keys()].filter((k) => /^[GLC]:/.test(k)).length, 120);
  const df = new Df(); df.add(back);
  const p = profile('x', a, back, df);
  assert.ok(![...p.vec.keys()].some((k) => /^[GLC]:/.test(k)));
  assert.equal(p.places?.get('n:PLACE:obrenovac'), 2);
  assert.ok(p.lead?.has('L:n:PLACE:obrenovac') && p.lead.has('C:RS'));
});

test('a look-alike that came first does not draw the story\'s reports into its own story', () => {
  const words = ['disaster', 'rescue', 'killed', 'mourning', 'toll'];
  const la = mkp('a-la', [...words, 'flood', 'river', 'evacuated'], { obrenovac: 3, soma: 1 }, ['L:obrenovac', 'C:RS']);
  const s1 = mkp('b-s1', [...words, 'mine'], { soma: 4 }, ['L:soma', 'C:TR']);
  const s2 = mkp('c-s2', [...words, 'coal'], { soma: 3 }, ['L:soma', 'C:TR']);
  const out = assign([la, s1, s2], new Map(), (q) => `new-${q.id}`, new Map(), new Map(), { threshold: 0.5 });
  assert.equal(part(out), 'a-la | b-s1+c-s2');
  // negative: a report of the story that came first (named its place twice) draws the others
  const first = mkp('a-first', [...words, 'flood', 'river', 'evacuated'], { obrenovac: 3, soma: 2 }, ['L:obrenovac', 'C:RS']);
  assert.equal(part(assign([first, s1, s2], new Map(), (q) => `new-${q.id}`, new Map(), new Map(), { threshold: 0.5 })), 'a-first+b-s1+c-s2');
});

test('a place is a lead place by its title only when the title names it as a whole word: "Niger" is not in "Nigeria floods…", "India" not in "Indiana tornado…"', async () => {
  const { terms, namedIn } = await import('../../src/story/group.js');
  assert.equal(namedIn('Nigeria floods kill dozens', 'Niger'), false);
  assert.equal(namedIn('Indiana tornado destroys homes', 'India'), false);
  assert.equal(namedIn('Floods in Niger kill dozens', 'Niger'), true);
  assert.equal(namedIn('India, Pakistan trade fire', 'India'), true);
  assert.equal(namedIn('Indiana tornado: India sends condolences', 'India'), true);
  const text = 'Rain fell for a week. Rescuers used boats. Aid also reached neighbouring Niger on Monday.';
  const mk = (title: string) => ({
    version: 1, document: { id: 'x', text, language: 'en', title }, times: [], quantities: [], claims: [], checks: [], events: [],
    sentences: [{ start: 0, end: 21, kind: 'BODY' }, { start: 22, end: 42, kind: 'BODY' }, { start: 43, end: text.length, kind: 'BODY' }],
    entities: [{ id: 'e1', name: 'Niger', type: 'GPE', geo: { lat: 0, lon: 0, country: 'NE' }, mentions: [{ start: text.indexOf('Niger'), end: text.indexOf('Niger') + 5, text: 'Niger' }] }],
  } as unknown as import('../../src/core/types.js').Analysis);
  const neg = terms(mk('Nigeria floods kill dozens'));
  assert.equal(neg.get('G:n:PLACE:niger'), 1);
  assert.ok(!neg.has('L:n:PLACE:niger') && !neg.has('C:NE'));
  const pos = terms(mk('Floods in Niger kill dozens'));
  assert.ok(pos.has('L:n:PLACE:niger') && pos.has('C:NE'));
});

test('profilesFrom weighs each term by how many documents of the working set hold it, and keeps each date', async () => {
  const { profilesFrom } = await import('../../src/story/group.js');
  const tfs = new Map([
    ['a', new Map([['W:flood', 1], ['W:dam', 1]])],
    ['b', new Map([['W:flood', 1], ['W:levee', 1]])],
    ['c', new Map([['W:flood', 1], ['W:storm', 1]])],
  ]);
  const dates: Record<string, string | undefined> = { a: '2024-03-01', b: '2024-03-02T10:00:00Z', c: undefined };
  const profiles = profilesFrom(tfs, (id) => dates[id]);
  assert.deepEqual([...profiles.keys()], ['a', 'b', 'c']);
  const a = profiles.get('a')!;
  // 'flood' is in every document, 'dam' in one: the rare term weighs more
  assert.ok(a.vec.get('W:dam')! > (a.vec.get('W:flood') ?? 0));
  assert.equal(a.date, Date.parse('2024-03-01'));
  assert.equal(profiles.get('b')!.date, Date.parse('2024-03-02'));
  assert.equal(profiles.get('c')!.date, undefined);
  // the same term counts are weighed otherwise in another working set: 'dam' in every document there
  const other = profilesFrom(new Map([['a', tfs.get('a')!], ['d', new Map([['W:dam', 1]])]]), () => undefined);
  assert.ok(other.get('a')!.vec.get('W:dam')! < a.vec.get('W:dam')!);
});

test('a centroid copied without no member (or without members) has its norm, not a zero one', () => {
  const a = mk('a', ['x', 'y']); const b = mk('b', ['y', 'z']); const c = new Centroid(); c.add(a); c.add(b);
  const same = c.without([]);
  assert.ok(Number.isFinite(same.cosine(a)));
  assert.ok(Math.abs(same.cosine(a) - c.cosine(a)) < 1e-9);
  const rest = c.without([a]);
  const only = new Centroid(); only.add(b);
  assert.ok(Math.abs(rest.cosine(a) - only.cosine(a)) < 1e-9);
});
