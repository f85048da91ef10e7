import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Status } from '../../../src/core/types.js';
import { newDoc } from '../../../src/nlp/doc.js';
import { runPipeline } from '../../../src/nlp/pipeline.js';
import { statusFromTimes, type ClaimTime } from '../../../src/nlp/certainty/status-times.js';
import { loadStatusModel, setStatusCapture, setStatusModel, statusFeatures } from '../../../src/nlp/certainty/status-model.js';
import { claimAt } from '../claims/helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
const PUB = '2024-03-06';
after(() => { setStatusModel(undefined); setStatusCapture(undefined); });

const timeIn = (text: string, s: string, value: string): ClaimTime => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, type: 'DATE', value });
const ctxOf = (text: string) => ({ text, anchor: PUB, words: text.toLowerCase().replace(/[.]/g, '').split(' '), pastPerfect: false });

describe('status from times: the dates the rules set aside are reported', () => {
  it('a noun\'s date after "after the storm" is discounted; a claim\'s own date is not', () => {
    const text = 'Thousands shelter in schools after the storm on March 3.';
    const t = timeIn(text, 'March 3', '2024-03-03');
    const discounted: ClaimTime[] = [];
    assert.equal(statusFromTimes('ONGOING', [t], { ...ctxOf(text), discounted }), 'ONGOING');
    assert.deepEqual(discounted, [t]);
    // negative: the claim's own date before publication makes it PAST and is not discounted
    const own = 'The ceasefire takes effect on March 3.';
    const t2 = timeIn(own, 'March 3', '2024-03-03');
    const none: ClaimTime[] = [];
    assert.equal(statusFromTimes('ONGOING', [t2], { ...ctxOf(own), discounted: none }), 'PAST');
    assert.deepEqual(none, []);
  });
  it('a state\'s bound ("until Friday") is discounted; a date ahead that moves the claim is not', () => {
    const text = 'The road is closed until March 8.';
    const t = timeIn(text, 'March 8', '2024-03-08');
    const discounted: ClaimTime[] = [];
    assert.equal(statusFromTimes('ONGOING', [t], { ...ctxOf(text), discounted }), 'ONGOING');
    assert.deepEqual(discounted, [t]);
    const own = 'The court rules on March 8.';
    const t2 = timeIn(own, 'March 8', '2024-03-08');
    const none: ClaimTime[] = [];
    assert.equal(statusFromTimes('ONGOING', [t2], { ...ctxOf(own), discounted: none }), 'FUTURE');
    assert.deepEqual(none, []);
  });
});

describe('status model: it sees only the times the rules kept', () => {
  it('a discounted date is a feature of its own, not a placed time', () => {
    const base = { toks: [], grammar: 'ONGOING' as Status, rule: 'ONGOING' as Status, reported: false, quoted: false, headline: false, pastPlan: false };
    const f = statusFeatures({ ...base, times: [], discounted: true });
    assert.ok(f.includes('timeDiscounted'));
    assert.ok(f.includes('time=none'));
    // negative: nothing discounted, no such feature
    assert.ok(!statusFeatures({ ...base, times: [] }).includes('timeDiscounted'));
  });
  it('with the model on, "shelter in schools after the storm on March 3" stays ONGOING; the ceasefire date still dates its claim', () => {
    setStatusModel(loadStatusModel());
    const seen = new Map<object, string[]>();
    setStatusCapture((c, feats) => seen.set(c, feats));
    try {
      const text = 'Thousands shelter in schools after the storm on March 3. The ceasefire takes effect on March 3.';
      const doc = runPipeline(newDoc({ id: 'status-model-discounted', text, language: 'en', publishedAt: PUB }));
      const a = claimAt(text, doc.claims, 'shelter in schools');
      assert.ok(a);
      assert.equal(a.status, 'ONGOING');
      assert.ok(seen.get(a)?.includes('timeDiscounted'));
      assert.ok(!seen.get(a)?.some((x) => x.startsWith('time=BEFORE')), 'the discounted date is not placed');
      const b = claimAt(text, doc.claims, 'takes effect');
      assert.ok(b);
      assert.equal(b.status, 'PAST');
      assert.ok(!seen.get(b)?.includes('timeDiscounted'));
    } finally { setStatusCapture(undefined); setStatusModel(undefined); }
  });
});
