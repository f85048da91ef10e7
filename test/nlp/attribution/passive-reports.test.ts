import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.js';

// Passive reports: the agent of a passive verb of saying ("it was reported by X that C", "Y was told by X that C") and
// the subject of "was quoted as saying C" are the source of C. Before, the whole sentence was the outlet's claim.
const run = (text: string) => analyze({ text }, { publishedAt: '2024-03-05' });
const claimOf = (text: string, content: string) => run(text).claims.find((c) => c.text === content);

describe('passive reports', () => {
  for (const [text, content, source, cue] of [
    ['It was reported by Reuters that the bridge had collapsed.', 'the bridge had collapsed', 'Reuters', 'reported'],
    ['Reporters were told by the mayor that the bridge had collapsed.', 'the bridge had collapsed', 'the mayor', 'told'],
    ['It has been confirmed by the ministry that the border would reopen.', 'the border would reopen', 'the ministry', 'confirmed'],
    ['It was also announced by the airline that flights would resume.', 'flights would resume', 'the airline', 'announced'],
    ['The mayor was quoted as saying that the bridge had collapsed.', 'the bridge had collapsed', 'The mayor', 'quoted as saying'],
    ['The mayor has been quoted as saying the bridge is safe.', 'the bridge is safe', 'The mayor', 'quoted as saying'],
  ] as const) {
    it(`${text} → [${source}]`, () => {
      const c = claimOf(text, content);
      assert.ok(c, run(text).claims.map((x) => x.text).join(' | '));
      assert.deepEqual(c.attribution.map((l) => [l.source, l.cue]), [[source, cue]]);
    });
  }

  it('no source without a "that" clause after the agent, or without a clause after "quoted as saying"', () => {
    for (const text of ['He was told by a friend to leave the city.', 'The fire was reported by a neighbour at 3 am.', 'He was quoted as saying in 2019.']) {
      const a = run(text);
      assert.ok(a.claims.every((c) => c.attribution.length === 0), `${text}: ${JSON.stringify(a.claims.map((c) => c.attribution))}`);
    }
  });

  it('"quoted by Y as saying" keeps its two-link chain', () => {
    const c = claimOf('The mayor was quoted by Reuters as saying the bridge had collapsed.', 'the bridge had collapsed');
    assert.deepEqual(c?.attribution.map((l) => l.source), ['Reuters', 'The mayor']);
  });

  it('the future in the reported clause reads as the source\'s', () => {
    const c = claimOf('It has been confirmed by the ministry that the border would reopen.', 'the border would reopen');
    assert.equal(c?.status, 'FUTURE');
  });
});
