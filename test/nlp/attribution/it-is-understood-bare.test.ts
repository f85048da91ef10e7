import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkChain, chainAt, claimsOf, claimAt, chainOf } from '../claims/helpers.js';
import { tokenize } from '../../../src/nlp/claims/text.js';
import { isHard } from '../../../src/nlp/attribution/frame.js';
import { clauseStart, inlineQuoteOpen } from '../../../src/nlp/attribution/clause.js';
import { bounded, collectGarbage, describeBound } from '../../helpers/bound.js';

// Sentences written for these tests (not taken from any corpus): "it is understood C" without "that" is the same
// unnamed-source frame as "it is understood that C".

describe('"it is understood/believed C" without "that"', () => {
  it('an unnamed source holds the bare clause', () => {
    checkChain('It is understood the company will close the plant.', 'the company will close the plant', ['UNNAMED']);
    checkChain('It is also believed the boat sank near the coast.', 'the boat sank near the coast', ['UNNAMED']);
    checkChain("It's understood the minister had resigned.", 'the minister had resigned', ['UNNAMED']);
    checkChain('It is understood that the talks collapsed.', 'the talks collapsed', ['UNNAMED']);
  });
  it('not without a finite clause after the participle, nor with a past form right after an article', () => {
    checkChain('It is thought the best option.', 'It is thought the best option', []);
    checkChain('It was said the night before.', 'It was said the night before', []);
    checkChain('It is believed the injured man.', 'It is believed the injured man', []);
  });
  it('a second frame joined by "and", "but" or a comma ends the first one\'s clause', () => {
    const claim = (text: string, anchor: string): [string, string[]] => {
      const c = claimAt(text, claimsOf(text).claims, anchor);
      assert.ok(c, `no claim holds "${anchor}"`);
      return [text.slice(c.start, c.end), chainOf(c)];
    };
    const a = 'Troops were deployed. It is understood the rebels fled and it is believed the hostages were freed.';
    assert.deepEqual(claim(a, 'the rebels fled'), ['the rebels fled', ['UNNAMED']]);
    assert.deepEqual(claim(a, 'the hostages were freed'), ['the hostages were freed', ['UNNAMED']]);
    const b = "It is understood the rebels fled, but it's also thought the hostages were freed.";
    assert.deepEqual(claim(b, 'the rebels fled'), ['the rebels fled', ['UNNAMED']]);
    assert.deepEqual(claim(b, 'the hostages were freed'), ['the hostages were freed', ['UNNAMED']]);
    const c = 'It is understood the rebels fled, and it was believed that the hostages were freed.';
    assert.deepEqual(claim(c, 'the rebels fled'), ['the rebels fled', ['UNNAMED']]);
    assert.deepEqual(claim(c, 'the hostages were freed'), ['the hostages were freed', ['UNNAMED']]);
  });
  it('other coordinated clauses stay inside the bare clause', () => {
    // (not a frame after "and": "it is raining", "it was sold")
    const t = 'It is understood the rebels fled and it was raining heavily.';
    const c = claimAt(t, claimsOf(t).claims, 'the rebels fled');
    assert.ok(c);
    assert.equal(t.slice(c.start, c.end), 'the rebels fled and it was raining heavily');
    const u = 'It is understood the plant closed and the staff were sent home.';
    const d = claimAt(u, claimsOf(u).claims, 'the plant closed');
    assert.ok(d);
    assert.equal(u.slice(d.start, d.end), 'the plant closed and the staff were sent home');
  });
  it('stays linear on a long run of the frame', () => {
    // CPU time, not wall time (test/helpers/bound.ts): on the loaded two-core box the wall time of the 2,000 run
    // once went 49 → 306 ms with no code change
    const t = 'It is understood the '.repeat(3000) + 'company closed.';
    const one = bounded(() => chainAt(t, 'company closed'));
    assert.ok(one.ms < 15000, `a run of 3,000 frames in under 15 s (quadratic: minutes); ${describeBound(one)}`);
    // a run of frames each with its finite clause: every "understood" reaches the frame rules (was ×4 a doubling)
    const text = (n: number): string => 'It is understood the company closed and '.repeat(n) + 'it ended.';
    // the best of three of each size, taken in turns after a full collection, and the code compiled on the smaller
    // size first: a burst of load, the garbage of the run before or the compiler lands on neither size alone
    const small = text(4000), large = text(16000);
    chainAt(small, 'it ended');
    let a = Infinity, b = Infinity;
    for (let i = 0; i < 3; i++) {
      collectGarbage();
      a = Math.min(a, bounded(() => chainAt(small, 'it ended')).ms);
      collectGarbage();
      b = Math.min(b, bounded(() => chainAt(large, 'it ended')).ms);
      if (b >= 10000) break; // already failing: no need for minutes more
    }
    // linear: ×3–4 (110–160 / 330–490 ms of CPU on the loaded box); the quadratic paths this guards: a clause start
    // scanned back per cue ×8.5–11 (0.4 / 3.4–4.5 s), every bare frame of the sentence kept over 10 s at 16,000
    assert.ok(b < 10000, `a run of 16,000 in under 10 s of CPU (took ${Math.round(b)} ms)`);
    assert.ok(b < 5 * Math.max(a, 100), `×4 the length costs under ×5 the CPU time (4,000: ${Math.round(a)} ms, 16,000: ${Math.round(b)} ms)`);
  });
  it('the clause start kept per sentence is the one the scan back finds', () => {
    const text = 'He said the "deal," as one put it, was off; the talks (in Oslo) ended: "We leave," she said, and left.';
    const toks = tokenize(text, 0, text.length);
    const scan = (j: number): number => {
      for (let i = j - 1; i >= 0; i--) {
        if (toks[i]!.q) { const o = inlineQuoteOpen(toks, i); if (o >= 0) { i = o; continue; } return i + 1; }
        if (isHard(toks[i]) && toks[i]!.t !== '(' && toks[i]!.t !== ')') return i + 1;
      }
      return 0;
    };
    // asked out of order, as the frame rules do
    const js = [...toks.keys()].map((j) => j + 1).reverse();
    for (const j of [7, ...js, 3]) assert.equal(clauseStart(toks, j), scan(j), `clause start of token ${j}`);
  });
});
