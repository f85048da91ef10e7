// EVAL_MISS_KINDS for the story scorer: each missed gold story event or fact is told by cause, and no name, value
// or sentence survives into a cause. Invented stories.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countKinds, storyEventMissKind, storyFactMissKind, verdictRule, type StoryGoldFact } from '../../eval/story-misses.js';
import type { Fact, StoryEvent } from '../../src/story/types.js';

const match = (g: string, s: string) => g.toLowerCase() === s.toLowerCase() || s.toLowerCase().endsWith(g.toLowerCase()) || g.toLowerCase().endsWith(s.toLowerCase());
const ev = (id: string, type: string, participants: string[], documents: number, extra: Partial<StoryEvent> = {}): StoryEvent => ({
  id, type, participants, documents: Array.from({ length: documents }, (_, i) => `d${i}`), certainty: 'CERTAIN', status: 'PAST', ...extra,
});
const NAMES = ['Anna Berg', 'Port Vela', 'Harbour Guild', 'Vela Ferry', '2031', 'Mira Stone'];
const noText = (k: string | undefined) => { for (const n of NAMES) assert.ok(!k?.includes(n), `${k} names ${n}`); };

describe('story event miss causes', () => {
  const gold = { type: 'ARREST', participants: ['Anna Berg'], places: ['Port Vela'], minDocuments: 2 };
  it('gives nothing for a hit', () => {
    assert.equal(storyEventMissKind(gold, [ev('ev1', 'ARREST', ['Anna Berg'], 3, { places: ['Port Vela'] })], match), undefined);
  });
  it('tells a missing type from a typing confusion', () => {
    const k = storyEventMissKind(gold, [ev('ev1', 'STATEMENT', ['Berg'], 3, { places: ['Port Vela'] })], match);
    assert.equal(k, 'event ARREST: no system event of the type (an event of another type holds every name)');
    assert.equal(storyEventMissKind(gold, [], match), 'event ARREST: no system event of the type');
  });
  it('tells a split over documents from too few reports', () => {
    const split = [ev('ev1', 'ARREST', ['Anna Berg'], 1, { places: ['Port Vela'] }), ev('ev2', 'ARREST', [], 1, { documents: ['d7'] })];
    assert.match(storyEventMissKind(gold, split, match)!, /too few documents \(the type's other events hold the rest: split; participants on one side only\)/);
    const apart = [ev('ev1', 'ARREST', ['Anna Berg'], 1, { places: ['Port Vela'], date: '2031-05-01' }), ev('ev2', 'ARREST', ['Mira Stone'], 1, { documents: ['d7'], date: '2031-05-04' })];
    assert.match(storyEventMissKind(gold, apart, match)!, /split; dates apart & participants disjoint\)/);
    assert.match(storyEventMissKind(gold, split.slice(0, 1), match)!, /too few even over all events of the type/);
  });
  it('tells a name in otherParticipants, names spread over events, and a name on no event', () => {
    assert.equal(storyEventMissKind(gold, [ev('ev1', 'ARREST', [], 3, { places: ['Port Vela'], otherParticipants: ['Anna Berg'] })], match),
      'event ARREST: a name only one report attaches (in otherParticipants)');
    const spread = [ev('ev1', 'ARREST', ['Anna Berg'], 2, { date: '2031-05-01' }), ev('ev2', 'ARREST', [], 2, { places: ['Port Vela'], date: '2031-05-04' })];
    assert.equal(storyEventMissKind(gold, spread, match), 'event ARREST: names spread over several events of the type (their dates differ)');
    const hit = ev('ev3', 'ARREST', ['Harbour Guild'], 4, { places: ['Port Vela'] });
    const k = storyEventMissKind(gold, [hit, ev('ev4', 'TRAVEL', ['Anna Berg'], 2)], match, new Set([hit]));
    assert.equal(k, 'event ARREST: participant on no event of the type (on an event of another type); that event is another gold event\'s hit');
    noText(k);
  });
});

const fact = (extra: Partial<Fact>): Fact => ({
  subject: 'Port Vela', attribute: 'death toll', consistent: true, corroboration: { documents: 2, independentSources: 2 }, kind: 'quantity',
  values: [
    { value: 12, mod: 'AT_LEAST', unit: 'person', asOf: '2031-05-01', sources: [{ document: 'a', attribution: [], certainty: 'CERTAIN', asOf: '2031-05-01' }] },
    { value: 9, unit: 'person', asOf: '2031-05-03', sources: [{ document: 'b', attribution: [], certainty: 'CERTAIN', asOf: '2031-05-03' }] },
  ],
  ...extra,
});
const attr = (g: string, s: string) => g === s;

describe('story fact miss causes', () => {
  const g: StoryGoldFact = { subject: 'Port Vela', attribute: 'death toll', values: [{ value: 12 }, { value: 9 }], consistent: false };
  it('names the rule that decided a wrong verdict, with the values\' features', () => {
    const f = fact({ why: 'the figures agree or rise over time', verdict: 'updated' });
    const m = storyFactMissKind(g, f, [f], attr, 2)!;
    assert.equal(m.kind, 'verdict want conflict got consistent: update-vs-conflict by asOf: read as a rising count (2 values, bound, several days)');
    assert.equal(m.values, undefined);
    noText(m.kind);
    const c = fact({ consistent: false, why: '"9" (Vela Ferry) (2031-05-03) is below "at least 12" (Harbour Guild) (2031-05-01); a count like this cannot go down' });
    assert.equal(storyFactMissKind(g, c, [c], attr, 2), undefined); // right verdict, all values
    const k = storyFactMissKind({ ...g, consistent: true, values: [...g.values, { value: 40 }] }, c, [c], attr, 2)!;
    assert.equal(k.kind, 'verdict want consistent got conflict: update-vs-conflict by asOf: a later figure below an earlier floor (2 values, bound, several days)');
    assert.equal(k.values, 'quantity: some gold values among the fact\'s values (the rest on no fact)');
    noText(k.kind);
  });
  it('tells a fact not found by whether the attribute exists under another subject', () => {
    const f = fact({ subject: 'Mira Stone' });
    assert.equal(storyFactMissKind(g, undefined, [f], attr, 0)!.kind, 'fact not found: no fact for the subject: the attribute is there under another subject (gold count)');
    assert.equal(storyFactMissKind({ ...g, attribute: 'missing' }, undefined, [f], attr, 0)!.kind, 'fact not found: no fact with the attribute (gold count; a gold value is on a fact of another attribute: death toll)');
    const g2: StoryGoldFact = { subject: 'Vela Ferry', attribute: 'length', values: [{ value: 88, unit: 'm' }, { value: 290, unit: 'ft' }], consistent: true };
    assert.equal(storyFactMissKind(g2, undefined, [f], attr, 0)!.kind, 'fact not found: no fact with the attribute (gold measure)');
  });
  it('reads place and time rules', () => {
    assert.equal(verdictRule(fact({ kind: 'place', consistent: false, why: 'Port Vela and Mira Stone are different places (412 km apart)' })), 'place distance');
    assert.equal(verdictRule(fact({ kind: 'time', consistent: true, why: 'the time was moved: "2031-05-01" revised to "2031-05-03"' })), 'time: read as rescheduled (update)');
    assert.equal(verdictRule(fact({ kind: 'time', consistent: false, why: '"2031-05-01" (x) and "2031-05-03" (y) cannot both be when it happened' })), 'time: the days exclude each other');
    assert.equal(verdictRule(fact({ why: '"12" (x) and "9" (y) on the same day (2031-05-01) cannot both be true' })), 'quantity: readings disagree on the same day');
  });
  it('counts kinds most frequent first', () => {
    assert.deepEqual(countKinds(['b', 'a', 'b']), [['b', 2], ['a', 1]]);
  });
});
