import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from '../certainty/helpers.js';
import { runCli } from '../../helpers/cli.js';

// Sentences written for these tests (not taken from any corpus). What evidence "showed" inside a named speaker's report
// is one link, the speaker's; that link reads the evidence's cue ("show", "showed"), and the speaker's own "said"
// still makes the content a past report, so status and certainty read as they did with the two links.
// Publication pinned to Wednesday 6 March 2024.
const P = '2024-03-06';
const read = (text: string, anchor: string) => {
  const c = claimIn(text, anchor, P);
  return { chain: c.attribution.map((l) => l.source), cues: c.attribution.map((l) => l.cue), status: c.status, certainty: c.certainty };
};

describe('a speaker link folded over inner evidence reads the evidence cue', () => {
  it('"X said … after a video appeared to show C detained" → [X] with cue "show", PAST, PROBABLE', () => {
    const r = read('Egypt said it was in contact with both sides after a video appeared to show Egyptian soldiers detained by the rebels at the base.', 'Egyptian soldiers detained');
    assert.deepEqual(r.chain, ['Egypt']);
    assert.deepEqual(r.cues, ['show']);
    assert.equal(r.status, 'PAST');
    assert.equal(r.certainty, 'PROBABLE');
  });
  it('"Police said CCTV images appeared to show two men leaving" → PAST, PROBABLE', () => {
    const r = read('Police said CCTV images appeared to show two men leaving the shop.', 'two men leaving');
    assert.deepEqual(r.chain, ['Police']);
    assert.equal(r.status, 'PAST');
    assert.equal(r.certainty, 'PROBABLE');
  });
  it('the speaker\'s "said" keeps the backshift: "X said an audit showed the accounts were in order" → ONGOING', () => {
    const r = read('The company said an audit showed the accounts were in order.', 'the accounts were in order');
    assert.deepEqual(r.chain, ['The company']);
    assert.deepEqual(r.cues, ['showed']);
    assert.equal(r.status, 'ONGOING');
  });
  it('the speaker link keeps its own name and span', () => {
    const text = 'The minister said the data showed that prices had risen sharply.';
    const l = claimIn(text, 'prices had risen', P).attribution[0]!;
    assert.equal(l.source, 'The minister');
    assert.equal(text.slice(l.span!.start, l.span!.end), 'The minister');
    assert.equal(text.slice(l.cueSpan!.start, l.cueSpan!.end), 'showed');
  });
  it('negative: people who "found" something keep two links and their own cues', () => {
    const r = read('The ministry said investigators found that the pilot had ignored warnings.', 'the pilot had ignored');
    assert.deepEqual(r.chain, ['The ministry', 'investigators']);
    assert.deepEqual(r.cues, ['said', 'found']);
  });
  it('negative: a directive inside a report is folded with the speaker\'s own cue', () => {
    const r = read('The minister said the UN had urged both sides to stop fighting.', 'had urged both sides');
    assert.deepEqual(r.chain, ['The minister']);
    assert.deepEqual(r.cues, ['said']);
  });
  it('negative: evidence outside any report, and a plain report, are read as before', () => {
    const a = read('A survey by the central bank showed that consumer confidence fell in March.', 'consumer confidence fell');
    assert.deepEqual(a.cues, ['showed']);
    assert.equal(a.status, 'PAST');
    const b = read('The spokesman said the talks were constructive.', 'the talks were constructive');
    assert.deepEqual(b.cues, ['said']);
    assert.equal(b.status, 'PAST');
  });
});

describe('e2e: bin/newsgraph analyze', () => {
  it('a video that appeared to show something inside a report: one link, PAST', () => {
    const text = 'Egypt said it was in contact with both sides after a video appeared to show Egyptian soldiers detained by the rebels at the base.';
    const r = runCli(['analyze', '-', '--json', '--published', P], text);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as { claims: Array<{ text: string; status: string; attribution: Array<{ source: string; cue: string }> }> };
    const c = a.claims.filter((x) => x.text.includes('soldiers detained')).sort((x, y) => x.text.length - y.text.length)[0]!;
    assert.deepEqual(c.attribution.map((l) => [l.source, l.cue]), [['Egypt', 'show']]);
    assert.equal(c.status, 'PAST');
  });
});
