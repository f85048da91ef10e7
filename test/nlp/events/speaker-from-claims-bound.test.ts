import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { speakerFromClaims } from '../../../src/nlp/events/statements.js';
import type { Ctx, Draft } from '../../../src/nlp/events/context.js';

// Each statement looked at every claim's links for a speaker whose cue overlaps it: statements × links (4,000
// "according to X, who said that" in one text: 26 s of a profile). The links are now looked up by their cue's
// position, in claim and link order as before. A synthetic context: statement i's token is at 10·i, link i's cue too.
function ctxOf(n: number, withOverlaps = false): { ctx: Ctx; drafts: Draft[] } {
  const toks = Array.from({ length: n }, (_, i) => ({ start: 10 * i, end: 10 * i + 4, sentence: 0 }));
  const claims = Array.from({ length: n }, (_, i) => ({
    attribution: [
      { source: `S${i}`, cueSpan: { start: 10 * i, end: 10 * i + 4 }, entity: `e${i}` },
      // a second, longer cue reaching into the next statement (its link comes after the first, in the claim after)
      ...(withOverlaps ? [{ source: `L${i}`, cueSpan: { start: 10 * i + 2, end: 10 * i + 13 }, entity: `l${i}` }] : []),
    ],
  }));
  const byId = new Map<string, unknown>();
  for (let i = 0; i < n; i++) { byId.set(`e${i}`, {}); byId.set(`l${i}`, {}); }
  const ctx = { toks, doc: { claims }, ments: { byId, at: [], list: [] }, sentRange: [] } as unknown as Ctx;
  const drafts = Array.from({ length: n }, (_, i) => ({ type: 'STATEMENT', t0: i, t1: i, args: new Map(), rule: [], sentence: 0 }) as unknown as Draft);
  return { ctx, drafts };
}

describe('speakerFromClaims', () => {
  it('gives each statement the sources whose cues overlap it, in claim order', () => {
    const { ctx, drafts } = ctxOf(5, true);
    for (const d of drafts) speakerFromClaims(ctx, d);
    assert.deepEqual(drafts.map((d) => d.args.get('agent')), [['e0', 'l0'], ['l0', 'e1', 'l1'], ['l1', 'e2', 'l2'], ['l2', 'e3', 'l3'], ['l3', 'e4', 'l4']]);
    assert.ok(drafts.every((d) => d.rule.includes('claim-source')));
  });
  it('20,000 statements and links take < 500 ms of CPU (statements × links took seconds)', () => {
    const { ctx, drafts } = ctxOf(20000);
    const c0 = process.cpuUsage();
    for (const d of drafts) speakerFromClaims(ctx, d);
    const u = process.cpuUsage(c0);
    const ms = (u.user + u.system) / 1000;
    assert.deepEqual(drafts[12345]!.args.get('agent'), ['e12345']);
    assert.ok(ms < 500, `${ms.toFixed(0)} ms`);
  });
});
