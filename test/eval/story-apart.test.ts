import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apartKind } from '../../eval/story-apart.js';
import type { Profile } from '../../src/story/group.js';

const wv = (id: string, tw: [string, number][], date = '2024-03-26'): Profile => ({ id, vec: new Map(tw), norm: Math.hypot(...tw.map(([, w]) => w)), date: Date.parse(date) });
const story = [wv('a1', [['bridge', 1], ['collapse', 1], ['toll', 1]]), wv('a2', [['bridge', 1], ['collapse', 1], ['divers', 1]])];

test('a report kept out by its plain similarity says so, with its cosine bucketed and no term of it', () => {
  const p = wv('p', [['bridge', 1], ['inquiry', 3], ['hearing', 3]]);
  const k = apartKind(p, story, true);
  assert.match(k, /^report of this story outside it \(alone\): plain similarity below the threshold \(cosine 0\.\d\d\)$/);
  assert.doesNotMatch(k, /bridge|inquiry|hearing/);
});

test('a report similar enough to the story was drawn elsewhere; a late one says how far the days faded it', () => {
  assert.match(apartKind(wv('p', [['bridge', 1], ['collapse', 1]]), story, false), /\(with other reports\): similar enough, but another story was closer \(cosine 0\.8\d\)$/);
  assert.match(apartKind(wv('p', [['bridge', 1], ['collapse', 1]], '2024-04-30'), story, false), /faded ×0\.7\d\)$/);
});

test('a report whose main event has other participants than the story\'s says its participants clash', () => {
  const acq = (id: string, who: string) => wv(id, [['buy', 1], ['deal', 1], ['V:ACQUISITION', 1], [`P:ACQUISITION:${who}`, 1]]);
  assert.match(apartKind(acq('p', 'hp'), [acq('a1', 'amd'), acq('a2', 'amd')], true), /participants clash with the story's/);
  // the same buyer: no clash
  assert.doesNotMatch(apartKind(acq('p', 'amd'), [acq('a1', 'amd'), acq('a2', 'amd')], true), /clash/);
});
