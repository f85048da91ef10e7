import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { claimsOf, claimAt, chainOf, checkChain as check } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus): a frame set between a subject and its predicate
// ("The talks, he said, were constructive") leaves one claim, subject and predicate together.

const claimText = (text: string, anchor: string): string | undefined => claimAt(text, claimsOf(text).claims, anchor)?.text;

describe('a frame between a verbless subject and its predicate: one claim', () => {
  it('"S, X said, P" holds S and P in one claim attributed to X', () => {
    const t = 'Most of the victims, police said, were women and children.';
    assert.equal(claimText(t, 'victims, police said, were women'), 'Most of the victims, police said, were women and children');
    check(t, 'victims, police said, were women', ['police']);
    check('The talks, he said, were constructive.', 'talks, he said, were', ['he']);
    check('The economy, the minister said, would recover next year.', 'economy, the minister said, would', ['the minister']);
  });
  it('a quotation split by its frame, and "S, according to Y, P"', () => {
    const q = '"The economy," he said, "will recover next year."';
    assert.equal(claimText(q, 'economy," he said, "will'), q);
    check('The storm, according to forecasters, will hit the coast on Friday.', 'storm, according to forecasters, will hit', ['forecasters']);
    check('Shares, according to analysts, could fall further.', 'Shares, according to analysts, could', ['analysts']);
  });
  it('not when the first half is a clause of its own, an adverbial, or no predicate follows', () => {
    // a full clause before the frame keeps its own claim
    const t = 'The talks ended, he said, and the delegates went home.';
    assert.equal(claimText(t, 'The talks ended'), 'The talks ended');
    // a fronted time adverbial is no subject
    assert.equal(claimText('Yesterday, he said, the army attacked the town.', 'the army attacked'), 'he said, the army attacked the town');
    assert.equal(claimText('In Gaza, officials said, the hospitals were full.', 'the hospitals were full')?.startsWith('In Gaza'), false);
  });
});

describe('status of a joined claim reads its subject', () => {
  it('an event noun as subject of a backshifted "was" is past; a state of a thing holds', async () => {
    const { claims } = claimsOf('The attack, he said, was horrific. The road, officials said, was closed.');
    const attack = claims.find((c) => c.text.startsWith('The attack'))!;
    const road = claims.find((c) => c.text.startsWith('The road'))!;
    assert.equal(attack.status, 'PAST');
    assert.equal(road.status, 'ONGOING');
    assert.deepEqual(chainOf(road), ['officials']);
  });
});

describe('property: joining never loses the predicate', () => {
  it('for any short subject and frame the predicate sits in a claim with the frame\'s source', () => {
    // (a bare one-word subject before "the minister added" finds no frame at all yet: not the joining's doing)
    const subj = fc.constantFrom('The talks', 'Most of the victims', 'The bridge', 'Food prices', 'The new plant');
    const src = fc.constantFrom('he said', 'officials said', 'the minister added', 'police said');
    const pred = fc.constantFrom('were constructive', 'was closed to traffic', 'would rise again', 'had fallen sharply');
    fc.assert(fc.property(subj, src, pred, (s, f, p) => {
      const text = `${s}, ${f}, ${p}.`;
      const c = claimAt(text, claimsOf(text).claims, p);
      return !!c && c.text.includes(p) && c.attribution.length === 1;
    }), { numRuns: 40 });
  });
});

describe('the join reads participle subjects, -eed pasts and a present -s predicate (review finding 10)', () => {
  it('joins "The wounded, doctors said, were …", "…, he said, agreed …", "The company, analysts said, faces …"', () => {
    for (const [text, anchor, src] of [
      ['The wounded, doctors said, were in critical condition.', 'were in critical', 'doctors'],
      ['The two sides, he said, agreed to a ceasefire.', 'agreed to', 'he'],
      ['The company, analysts said, faces a large fine.', 'faces a large', 'analysts'],
    ] as const) {
      const c = claimAt(text, claimsOf(text).claims, anchor);
      assert.ok(c?.text.startsWith('The'), `${text} -> ${c?.text}`);
      assert.deepEqual(chainOf(c), [src]);
    }
  });
  it('a plural noun after the frame is no present -s predicate', () => {
    const text = 'The company, analysts said, shares and bonds fell.';
    assert.notEqual(claimText(text, 'shares and bonds')?.startsWith('The company'), true);
  });
});
