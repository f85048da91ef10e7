import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { datelineTowns, leadTerms, otherEventWhyNot, parseLeadEvent, type LeadEvent } from '../../src/story/lead-event.js';
import { lookalike, MANY_PER_STORY, terms, type Profile } from '../../src/story/group.js';
import type { Analysis } from '../../src/core/types.js';

const TIANJIN = { lat: 39.14, lon: 117.18 };
const BINHAI = { lat: 39.03, lon: 117.71 }; // the port district, 47 km from the city's point
const ZIBO = { lat: 36.79, lon: 118.06 };
const day = (d: string) => Date.parse(d);
const ev = (type: string, at: { lat: number; lon: number }, d?: string): LeadEvent => ({ type, ...at, ...(d ? { day: day(d) } : {}) });

test('a lead event\'s K: term holds its type, its day and the town or site of its location; not a country\'s or region\'s, not outside the lead, not a statement', () => {
  const text = 'Blast in Zibo kills five. An explosion at a plant in Zibo killed five people on Saturday. China said a blast in Tianjin killed 121 last week.';
  const a = {
    version: 1, document: { id: 'x', text, language: 'en' }, quantities: [], claims: [], checks: [],
    sentences: [{ start: 0, end: 25, kind: 'HEADLINE' }, { start: 26, end: 88, kind: 'BODY' }, { start: 89, end: text.length, kind: 'BODY' }],
    times: [{ start: 78, end: 86, text: 'Saturday', type: 'DATE', value: '2015-08-22' }],
    entities: [
      { id: 'e1', name: 'Zibo', type: 'GPE', kind: 'CITY', geo: { ...ZIBO, country: 'CN' }, mentions: [{ start: 9, end: 13, text: 'Zibo' }] },
      { id: 'e2', name: 'China', type: 'GPE', kind: 'COUNTRY', geo: { lat: 35, lon: 105, country: 'CN' }, mentions: [{ start: 89, end: 94, text: 'China' }] },
      { id: 'e3', name: 'Tianjin', type: 'GPE', kind: 'CITY', geo: { ...TIANJIN, country: 'CN' }, mentions: [{ start: 110, end: 117, text: 'Tianjin' }] },
      { id: 'e4', name: 'Shandong', type: 'GPE', kind: 'REGION', geo: { lat: 36.4, lon: 118.5, country: 'CN' }, mentions: [] },
    ],
    events: [
      { id: 'ev1', type: 'EXPLOSION', trigger: { start: 0, end: 5, text: 'Blast' }, args: { location: ['e1', 'e4'] } },
      { id: 'ev2', type: 'EXPLOSION', trigger: { start: 29, end: 38, text: 'explosion' }, args: { location: ['e2', 'e1'], time: [0] } },
      { id: 'ev3', type: 'STATEMENT', trigger: { start: 95, end: 99, text: 'said' }, args: { location: ['e1'] } },
      { id: 'ev4', type: 'EXPLOSION', trigger: { start: 102, end: 107, text: 'blast' }, args: { location: ['e3'] } },
    ],
  } as unknown as Analysis;
  const lead = (off: number) => off < 89;
  assert.deepEqual(leadTerms(a, lead, MANY_PER_STORY).k.sort(), ['K:EXPLOSION|2015-08-22|36.79|118.06', 'K:EXPLOSION||36.79|118.06']);
  // the profile keeps them out of its vector, beside its places
  const tf = terms(a);
  assert.ok(tf.has('K:EXPLOSION|2015-08-22|36.79|118.06'));
  assert.ok(![...tf.keys()].some((k) => k.includes('39.14')));
  assert.deepEqual(parseLeadEvent('K:EXPLOSION|2015-08-22|36.79|118.06'), { type: 'EXPLOSION', day: day('2015-08-22'), lat: 36.79, lon: 118.06 });
  assert.deepEqual(parseLeadEvent('K:FIRE||-33.9|151.2'), { type: 'FIRE', lat: -33.9, lon: 151.2 });
  assert.equal(parseLeadEvent('K:FIRE|x|1|2'), undefined);
});

test('a K: term survives its stored form and parses back (property)', () => {
  fc.assert(fc.property(fc.double({ min: -89, max: 89, noNaN: true }), fc.double({ min: -179, max: 179, noNaN: true }), fc.boolean(), (lat, lon, dated) => {
    const k = `K:CRASH|${dated ? '2020-02-29' : ''}|${lat.toFixed(2)}|${lon.toFixed(2)}`;
    const e = parseLeadEvent(k)!;
    assert.ok(e && Math.abs(e.lat - lat) <= 0.005 + 1e-9 && Math.abs(e.lon - lon) <= 0.005 + 1e-9);
    assert.equal(e.day !== undefined, dated);
  }));
});

test('another event of the story\'s kind: far from the events most of its reports lead with, on another day', () => {
  const story = [
    { date: day('2015-08-13'), events: [ev('EXPLOSION', TIANJIN, '2015-08-12')] },
    { date: day('2015-08-14'), events: [ev('EXPLOSION', BINHAI)] },
    { date: day('2015-08-16'), events: [ev('EXPLOSION', TIANJIN, '2015-08-12'), ev('FIRE', TIANJIN)] },
  ];
  const zibo = { date: day('2015-08-23'), events: [ev('EXPLOSION', ZIBO, '2015-08-22'), ev('EXPLOSION', TIANJIN)] };
  assert.equal(otherEventWhyNot(zibo, story), undefined);
  // undated, it is never on another day: its publication day is when it was written, not when it happened
  assert.match(otherEventWhyNot({ date: day('2015-08-23'), events: [ev('EXPLOSION', ZIBO)] }, story)!, /not dated/);
  // against a story's undated event, only a day after that report was published is another day
  assert.match(otherEventWhyNot({ date: day('2015-08-15'), events: [ev('EXPLOSION', ZIBO, '2015-08-13')] }, [story[1]!, story[1]!])!, /on the day/);
  assert.equal(otherEventWhyNot({ date: day('2015-08-17'), events: [ev('EXPLOSION', ZIBO, '2015-08-16')] }, [story[1]!, story[1]!]), undefined);
  // a later report of the story may recall the other event in its lead
  assert.equal(otherEventWhyNot(zibo, [...story, { date: day('2015-08-24'), events: [ev('EXPLOSION', TIANJIN), ev('EXPLOSION', ZIBO)] }]), undefined);
  // negatives: near the story's event (the port district), on its day, of another kind, or with no town at all
  assert.match(otherEventWhyNot({ date: day('2015-08-23'), events: [ev('EXPLOSION', BINHAI, '2015-08-22')] }, story)!, /near/);
  assert.match(otherEventWhyNot({ date: day('2015-08-13'), events: [ev('EXPLOSION', ZIBO, '2015-08-12')] }, story)!, /on the day/);
  assert.match(otherEventWhyNot({ date: day('2015-08-20'), events: [ev('FUNERAL', ZIBO)] }, story)!, /none of its kind/);
  assert.match(otherEventWhyNot({ date: day('2015-08-20') }, story)!, /no town or site/);
  // most of the story's reports leading with one near it: the report is of the story
  assert.match(otherEventWhyNot(zibo, [story[0]!, { date: day('2015-08-24'), events: [ev('EXPLOSION', ZIBO)] }])!, /near/);
});

// a profile with places, lead places/countries and lead events
const mkp = (id: string, places: Record<string, number>, lead: string[], date: string, events?: LeadEvent[]): Profile =>
  ({ id, vec: new Map([['blast', 1]]), norm: 1, date: day(date), places: new Map(Object.entries(places)), lead: new Set(lead), ...(events ? { events } : {}) });

test('a report in the story\'s country is a look-alike when it leads with another event of the story\'s kind and recalls the story once', () => {
  const story = [
    mkp('s1', { tianjin: 5, china: 2, beijing: 1 }, ['L:tianjin', 'L:china', 'C:CN'], '2015-08-13', [ev('EXPLOSION', TIANJIN, '2015-08-12')]),
    mkp('s2', { tianjin: 4, beijing: 2 }, ['L:tianjin', 'L:beijing', 'C:CN'], '2015-08-14', [ev('EXPLOSION', TIANJIN)]),
  ];
  const zibo = (places: Record<string, number>, events: LeadEvent[], lead = ['L:zibo', 'L:beijing', 'C:CN']) => mkp('x', places, lead, '2015-08-23', events);
  // datelined in the capital the story's reports name, in the story's country, another blast 300 km away ten days later
  assert.equal(lookalike(zibo({ zibo: 3, beijing: 1, tianjin: 1 }, [ev('EXPLOSION', ZIBO, '2015-08-22')]), story), true);
  // without the lead event's own place and day, the shared country and dateline keep it in (as before)
  assert.equal(lookalike(zibo({ zibo: 3, beijing: 1, tianjin: 1 }, []), story), false);
  // negatives: naming the story's town twice is being about it; a follow-up at a new place of another kind (a
  // funeral in another town) stays in; so does one leading with the story's blast placed at the port district
  assert.equal(lookalike(zibo({ zibo: 3, beijing: 1, tianjin: 2 }, [ev('EXPLOSION', ZIBO, '2015-08-22')]), story), false);
  assert.equal(lookalike(zibo({ zibo: 3, beijing: 1, tianjin: 1 }, [ev('FUNERAL', ZIBO, '2015-08-22')]), story), false);
  assert.equal(lookalike(zibo({ binhai: 3, tianjin: 1 }, [ev('EXPLOSION', BINHAI, '2015-08-22')], ['L:binhai', 'C:CN']), story), false);
  // a court hearing in another city of the country, with the story's blast in its lead only by name, stays in
  assert.equal(lookalike(zibo({ zibo: 3, tianjin: 1 }, [ev('TRIAL', ZIBO, '2015-08-22'), ev('EXPLOSION', TIANJIN)]), story), false);
});

test('the report\'s own dateline town is no place of its lead events, unless its headline names it', () => {
  const text = 'BEIJING (Reuters) - The explosion at a chemical warehouse killed 112 people, officials in Beijing said on Monday.';
  const mk = (title: string, sentences: { start: number; end: number; kind?: string }[]) => ({
    version: 1, document: { id: 'x', text, language: 'en', title }, quantities: [], claims: [], checks: [], sentences,
    times: [{ start: 105, end: 111, text: 'Monday', type: 'DATE', value: '2015-08-17' }],
    entities: [{ id: 'e1', name: 'Beijing', type: 'GPE', kind: 'CITY', geo: { lat: 39.91, lon: 116.4, country: 'CN' }, mentions: [{ start: 0, end: 7, text: 'BEIJING' }, { start: 92, end: 99, text: 'Beijing' }] }],
    events: [{ id: 'ev1', type: 'EXPLOSION', trigger: { start: 24, end: 33, text: 'explosion' }, args: { location: ['e1'], time: [0] } }],
  } as unknown as Analysis);
  const split = [{ start: 0, end: 19, kind: 'DATELINE' }, { start: 20, end: text.length, kind: 'BODY' }];
  const joined = [{ start: 0, end: text.length, kind: 'BODY' }];
  // a follow-up datelined in the capital: the explosion is not placed there, whether the dateline is its own sentence or not
  for (const s of [split, joined]) {
    assert.deepEqual([...datelineTowns(mk('China blast toll rises to 112', s))], ['e1']);
    assert.deepEqual(leadTerms(mk('China blast toll rises to 112', s), () => true, MANY_PER_STORY).k, []);
  }
  // negatives: a headline naming the town makes it the event's place; a body sentence with no dateline opening has none
  assert.deepEqual(leadTerms(mk('Blast in Beijing kills 112', split), () => true, MANY_PER_STORY).k, ['K:EXPLOSION|2015-08-17|39.91|116.40']);
  const plain = mk('x', joined); plain.document.text = 'The explosion at a chemical warehouse in Beijing killed 112 people on Monday.';
  plain.entities[0]!.mentions = [{ start: 41, end: 48, text: 'Beijing' }];
  assert.deepEqual([...datelineTowns(plain)], []);
});

test('readListFile: one reader of the story\'s word lists, comments and empty lines dropped', async () => {
  const { readListFile } = await import('../../src/story/lead-event.js');
  const nouns = readListFile('story-region-nouns.txt');
  assert.ok(nouns.includes('region') && nouns.includes('district'));
  assert.ok(nouns.every((l) => l.length > 0 && !l.startsWith('#') && l === l.trim()));
});
