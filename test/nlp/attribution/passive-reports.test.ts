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

  // review finding 2: a "that" after the agent is a reported clause only when the passive has a slot for one — an
  // expletive "it" subject or a hearer ("told", "warned") — and the clause has its own subject (no verb right after "that")
  it('a relative "that" after the agent is no reported clause', () => {
    for (const text of ['The rumour was denied by the company that owns the website.', 'The attack was claimed by the group that calls itself Islamic State.',
      'The fire was reported by a neighbour that lives next door.', 'The plan was announced by the minister that leads the health department.',
      'It was claimed by the group that calls itself Islamic State.', 'The fire was reported by a neighbour that had seen smoke.',
      'Residents were told by a man that lives nearby to leave their homes.']) {
      const a = run(text);
      assert.ok(a.claims.every((c) => c.attribution.length === 0), `${text}: ${JSON.stringify(a.claims.map((c) => [c.text, c.attribution.map((l) => l.source)]))}`);
    }
  });

  for (const [text, content, source, cue] of [
    ['The public was warned by police that the water was unsafe.', 'the water was unsafe', 'police', 'warned'],
    ['Investors were assured by the bank that their deposits were safe.', 'their deposits were safe', 'the bank', 'assured'],
    ['It was reported by Reuters that talks had stalled.', 'talks had stalled', 'Reuters', 'reported'],
    ['It was confirmed by the ministry that prices rose in March.', 'prices rose in March', 'the ministry', 'confirmed'],
    ['It has been confirmed by the ministry that 12 people died.', '12 people died', 'the ministry', 'confirmed'],
    ['It was confirmed by the ministry that talks continue.', 'talks continue', 'the ministry', 'confirmed'],
    ['It was confirmed by the ministry that prices this year rose sharply.', 'prices this year rose sharply', 'the ministry', 'confirmed'],
    ['It has also been confirmed by the ministry that the border would reopen.', 'the border would reopen', 'the ministry', 'confirmed'],
    // past a relative clause on the agent, a second "that" opens the report
    ['It was reported by the paper that first broke the story that the minister had resigned.', 'the minister had resigned', 'the paper', 'reported'],
    ['Residents were told by a man that lives nearby that the dam had burst.', 'the dam had burst', 'a man', 'told'],
  ] as const) {
    it(`hearer or expletive subject: ${text} → [${source}]`, () => {
      const c = claimOf(text, content);
      assert.ok(c, run(text).claims.map((x) => x.text).join(' | '));
      assert.deepEqual(c.attribution.map((l) => [l.source, l.cue]), [[source, cue]]);
    });
  }

  // review finding 5: a phrase of where or when the words were said sits between "saying" and its "that"
  for (const [text, content] of [
    ['He was quoted as saying in an interview that prices would rise sharply.', 'prices would rise sharply'],
    ['The mayor was quoted as saying on Friday that the bridge was safe.', 'the bridge was safe'],
    ['The minister was quoted as saying in a statement to parliament that the border would reopen.', 'the border would reopen'],
    // no phrase after "saying": the clause is the content, a "that" inside it untouched
    ['The mayor was quoted as saying the bridge in the town that floods every year was safe.', 'the bridge in the town that floods every year was safe'],
  ] as const) {
    it(`quoted as saying, phrase before "that": ${text}`, () => {
      const c = claimOf(text, content);
      assert.ok(c, run(text).claims.map((x) => x.text).join(' | '));
      assert.equal(c.attribution.length, 1);
      assert.equal(c.attribution[0]!.cue, 'quoted as saying');
    });
  }

  it('"quoted by Y as saying" keeps its two-link chain', () => {
    const c = claimOf('The mayor was quoted by Reuters as saying the bridge had collapsed.', 'the bridge had collapsed');
    assert.deepEqual(c?.attribution.map((l) => l.source), ['Reuters', 'The mayor']);
  });

  it('the future in the reported clause reads as the source\'s', () => {
    const c = claimOf('It has been confirmed by the ministry that the border would reopen.', 'the border would reopen');
    assert.equal(c?.status, 'FUTURE');
  });
});
