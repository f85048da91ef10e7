import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assign, Centroid, type Profile } from '../../src/story/group.js';
import { JOIN_THRESHOLD, joinParts, partSimilarity } from '../../src/story/join-stories.js';

// Profiles built by hand, so each similarity is plain to read; thresholds as in production.
const part = (out: { docId: string; storyId: string }[]) => {
  const m = new Map<string, string[]>();
  for (const o of out) { if (!m.has(o.storyId)) m.set(o.storyId, []); m.get(o.storyId)!.push(o.docId); }
  return [...m.values()].map((x) => x.sort().join('+')).sort().join(' | ');
};
const group = (ps: Profile[], copyOf = new Map<string, string>()) => part(assign(ps, new Map(), (p) => `s-${p.id}`, copyOf, new Map()));

// Four reports of a bridge collapse (the trade's words, the toll, and much of their own) and two later reports on the
// inquiry that share two of the story's words, and hold each other through the inquiry's word more than either
// holds the story.
const wv = (id: string, tw: [string, number][], date: string): Profile => ({ id, vec: new Map(tw), norm: Math.hypot(...tw.map(([, w]) => w)), date: Date.parse(date) });
const core: [string, number][] = [['bridge', 1], ['collapse', 1], ['ship', 1], ['harbor', 1]];
const story = ['a1', 'a2', 'a3', 'a4'].map((id) => wv(id, [...core, ['toll', 1], [`own-${id}`, 4]], '2024-03-26'));
const late = ['l1', 'l2'].map((id) => wv(id, [['bridge', 1], ['collapse', 1], ['inquiry', 1.5], [`own-${id}`, 2]], '2024-03-27'));

test('a pair of reports that hold each other joins its story as a whole when their centroid reaches it', () => {
  // the pair came first; each of its reports is closer to its twin than to the story, so second thoughts leave it
  assert.equal(part(assign([...late, ...story], new Map(), (p) => `s-${p.id}`, new Map(), new Map(), { join: false })), 'a1+a2+a3+a4 | l1+l2');
  assert.equal(group([...late, ...story]), 'a1+a2+a3+a4+l1+l2');
  assert.equal(group([...story, ...late]), 'a1+a2+a3+a4+l1+l2');
});

test('a pair of reports of another event of the same trade stays a story of its own', () => {
  // two reports of a warehouse fire at the harbor: the harbor's word in common with the story
  const other = ['f1', 'f2'].map((id) => wv(id, [['harbor', 1], ['fire', 1.5], ['warehouse', 1], [`own-${id}`, 2]], '2024-03-27'));
  assert.equal(group([...other, ...story]), 'a1+a2+a3+a4 | f1+f2');
  // nor does the inquiry pair join a story a month and a half later (beyond the days a story spans)
  const far = ['l1', 'l2'].map((id) => wv(id, [['bridge', 1], ['collapse', 1], ['inquiry', 1.5], [`own-${id}`, 2]], '2024-05-20'));
  assert.equal(group([...far, ...story]), 'a1+a2+a3+a4 | l1+l2');
});

test('a part larger than half its story stays apart: two whole stories of one kind do not merge as centroids', () => {
  // the story and a part of three undated reports of a second collapse, its centroid above the threshold against the story's
  const second = [0, 1, 2].map((i) => ({ ...wv(`b${i}`, [...core, ['tunnel', 1], ['miners', 1], [`w${i}`, 1]], '2024-03-26'), date: undefined }));
  const run = (ps: Profile[]) => {
    const stories = new Map<string, Profile[]>([['S', [...story]], ['P', [...ps]]]);
    const cents = new Map([...stories].map(([k, ms]) => { const c = new Centroid(); ms.forEach((m) => c.add(m)); return [k, c] as const; }));
    const sim = partSimilarity(ps, cents.get('P')!, story, cents.get('S')!);
    const home = new Map([...stories].flatMap(([k, ms]) => ms.map((m) => [m, k] as const)));
    return { sim, moved: joinParts(ps, stories, cents, home, () => ['S', 'P']) };
  };
  const three = run(second);
  assert.ok(three.sim >= JOIN_THRESHOLD, String(three.sim));
  assert.equal(three.moved.size, 0);
  // two of them (half the story's size) join it
  const two = run(second.slice(0, 2));
  assert.ok(two.sim >= JOIN_THRESHOLD, String(two.sim));
  assert.deepEqual([...two.moved.values()], ['S', 'S']);
});

test('a report is weighed without its syndicated copy, and the copy follows it to its story', () => {
  // l1's copy c1 would hold l1 in a story of their own (a copy is the report's twin)
  const c1 = wv('c1', [...late[0]!.vec], '2024-03-27');
  const one = late[0]!;
  // (a story of three: the pair is more than half its size, so only second thoughts can move it)
  const three = story.slice(0, 3);
  assert.equal(group([one, c1, ...three], new Map([['c1', 'l1']])), 'a1+a2+a3+c1+l1');
  // an unrelated report of the same twin words stays out: only a copy is set aside
  const twin = wv('t1', [...late[0]!.vec], '2024-03-27');
  assert.equal(group([one, twin, ...three]), 'a1+a2+a3 | l1+t1');
});

test('a part larger than half its story joins it only when published within a week of the story\'s reports and each of its reports reaches it', () => {
  // three reports of the same collapse on the aid and the arrests, beside the story's four on the toll and the rescue
  const drift = (date?: string) => [0, 1, 2].map((i) => ({ ...wv(`d${i}`, [['bridge', 1], ['collapse', 1], ['ship', 1], ['aid', 1], ['arrests', 1], [`v${i}`, 1.5]], '2024-03-27'), ...(date === undefined ? { date: undefined } : { date: Date.parse(date) }) }));
  const run = (ps: Profile[]) => {
    const stories = new Map<string, Profile[]>([['S', [...story]], ['P', [...ps]]]);
    const cents = new Map([...stories].map(([k, ms]) => { const c = new Centroid(); ms.forEach((m) => c.add(m)); return [k, c] as const; }));
    const home = new Map([...stories].flatMap(([k, ms]) => ms.map((m) => [m, k] as const)));
    return { sim: partSimilarity(ps, cents.get('P')!, story, cents.get('S')!), moved: joinParts(ps, stories, cents, home, () => ['S', 'P']) };
  };
  const same = run(drift('2024-03-27'));
  assert.ok(same.sim >= JOIN_THRESHOLD, String(same.sim));
  assert.deepEqual([...same.moved.values()], ['S', 'S', 'S']);
  // undated (nothing says they are of the story's days), or eight days after the story's last report: they stay apart
  assert.equal(run(drift(undefined)).moved.size, 0);
  const late = run(drift('2024-04-03'));
  assert.ok(late.sim >= JOIN_THRESHOLD, String(late.sim));
  assert.equal(late.moved.size, 0);
});
