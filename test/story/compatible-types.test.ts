// Outlets type one real event by the verb each chose: "relatives had arrived in Jianli" is an ARRIVE, "relatives have
// travelled to Jianli" a TRAVEL; "competed in the final" a COMPETE, "beat France in the final" a MATCH. A story merges
// mentions of two such types as it merges mentions of one (data/lexicon/story-compatible-types.tsv).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compatibleTypeClasses, compatibleTypes, mergedType, typeClass } from '../../src/story/event-types.js';
import { MANY_PER_STORY } from '../../src/story/group.js';
import { REPEATED } from '../../src/story/values.js';
import { story } from './helpers.js';

test('compatibleTypes: the listed pairs and each type with itself; not two types no row joins', () => {
  assert.equal(compatibleTypes('ARRIVE', 'TRAVEL'), true);
  assert.equal(compatibleTypes('TRAVEL', 'ARRIVE'), true);
  assert.equal(compatibleTypes('COMPETE', 'MATCH'), true);
  assert.equal(compatibleTypes('ATTACK', 'ATTACK'), true);
  // negative: an arrest and a charge, an attack and the deaths it caused, an arrival and a departure are two events
  assert.equal(compatibleTypes('ARREST', 'CHARGE'), false);
  assert.equal(compatibleTypes('ATTACK', 'DEATHS'), false);
  assert.equal(compatibleTypes('ARRIVE', 'DEPART'), false);
  assert.equal(compatibleTypes('ARRIVE', 'MATCH'), false);
  assert.equal(typeClass('STATEMENT'), 'STATEMENT');
});

test('compatibleTypes is symmetric and reflexive over the listed types and others', () => {
  const types = [...compatibleTypeClasses().keys(), 'STATEMENT', 'ATTACK', 'DEPART', 'DEATHS'];
  fc.assert(fc.property(fc.constantFrom(...types), fc.constantFrom(...types), fc.constantFrom(...types), (a, b, c) => {
    assert.equal(compatibleTypes(a, a), true);
    assert.equal(compatibleTypes(a, b), compatibleTypes(b, a));
    if (compatibleTypes(a, b) && compatibleTypes(b, c)) assert.equal(compatibleTypes(a, c), true);
  }));
});

test('story-compatible-types.tsv: both types of a class are of one kind for the story\'s other type rules', () => {
  const cls = compatibleTypeClasses();
  assert.ok(cls.size >= 4);
  for (const [t, c] of cls) {
    assert.equal(MANY_PER_STORY.test(t), MANY_PER_STORY.test(c), `${t} / ${c}: MANY_PER_STORY`);
    assert.equal(REPEATED.test(t), REPEATED.test(c), `${t} / ${c}: REPEATED`);
  }
});

test('mergedType: the type most mentions give, ties to the first mention\'s', () => {
  assert.equal(mergedType(['ARRIVE', 'TRAVEL', 'TRAVEL']), 'TRAVEL');
  assert.equal(mergedType(['ARRIVE', 'TRAVEL']), 'ARRIVE');
  assert.equal(mergedType(['TRAVEL', 'ARRIVE']), 'TRAVEL');
  fc.assert(fc.property(fc.array(fc.constantFrom<string>('ARRIVE', 'TRAVEL'), { minLength: 1, maxLength: 9 }), (ts) => {
    const t = mergedType(ts);
    const n = (x: string) => ts.filter((y) => y === x).length;
    assert.ok(ts.includes(t));
    assert.ok(n(t) >= n(t === 'ARRIVE' ? 'TRAVEL' : 'ARRIVE'));
  }));
});

test('"arrived in Jianli" in one report and "travelled to Jianli" in another are one journey, told with both types', () => {
  const s = story([
    ['AAA', '2015-06-04', 'More than 1,200 relatives had arrived in Jianli by Thursday, officials said.'],
    ['BBB', '2015-06-04', 'About 1,400 relatives have travelled to Jianli, the county government said on Thursday.'],
  ]);
  const moves = s.events.filter((e) => e.type === 'ARRIVE' || e.type === 'TRAVEL');
  assert.equal(moves.length, 1, JSON.stringify(moves.map((e) => [e.type, e.documents.length])));
  assert.equal(moves[0]!.documents.length, 2);
  assert.deepEqual([...moves[0]!.types!].sort(), ['ARRIVE', 'TRAVEL']);
  assert.equal(moves[0]!.types![0], moves[0]!.type);
});

test('"competed in the final" and "beat France in the final" are one contest', () => {
  const s = story([
    ['AAA', '2022-12-18', 'Argentina and France competed in the World Cup final in Lusail on Sunday.'],
    ['BBB', '2022-12-18', 'Argentina beat France in the World Cup final in Lusail on Sunday.'],
  ]);
  const contests = s.events.filter((e) => e.type === 'COMPETE' || e.type === 'MATCH');
  assert.equal(contests.length, 1, JSON.stringify(contests.map((e) => [e.type, e.documents.length])));
  assert.equal(contests[0]!.documents.length, 2);
});

test('negative: an arrival and a departure in two reports stay two events; one type alone carries no types list', () => {
  const s = story([
    ['AAA', '2015-06-04', 'Prime Minister Li Keqiang arrived in Jianli on Tuesday.'],
    ['BBB', '2015-06-04', 'Prime Minister Li Keqiang left Jianli on Thursday.'],
  ]);
  const dep = s.events.filter((e) => e.type === 'DEPART');
  assert.ok(dep.length >= 1);
  assert.ok(dep.every((e) => !e.types?.includes('ARRIVE') && !e.types?.includes('TRAVEL')), JSON.stringify(dep));
  const single = story([['AAA', '2015-06-04', 'Prime Minister Li Keqiang left Jianli on Thursday.']]);
  assert.ok(single.events.every((e) => e.types === undefined || e.types.length > 1));
});
