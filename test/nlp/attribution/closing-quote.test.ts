import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../claims/helpers.js';

// Sentences written for these tests.
describe('claim pieces keep the closing mark of a quotation opened inside them', () => {
  const texts = (t: string): string[] => claimsOf(t).claims.map((c) => c.text);
  it('a quoted word or phrase cut by a coordinated clause', () => {
    assert.ok(texts('The minister said the talks had been "constructive" and would continue next week.').some((c) => c.endsWith('"constructive"')));
    assert.ok(texts('The company called the outage "a serious incident" and said systems were being restored.').some((c) => c.endsWith('"a serious incident"')));
    assert.ok(texts('Officials said that "the situation is under control" and that roads would reopen.').some((c) => c.endsWith('under control"')));
    assert.ok(texts('The mayor said the damage was “catastrophic”, and aid workers were still arriving in the town.').some((c) => c.endsWith('“catastrophic”')));
  });
  it('not a closing mark of a quote opened before the claim', () => {
    const a = texts('"The water came at night. We had no warning" the farmer said.');
    assert.ok(a.includes('We had no warning'), a.join(' | '));
  });
  it('the punctuation inside the closing mark, with the mark, as the quotation is written', () => {
    const b = texts('He said the plan was "dead on arrival." Others disagreed.');
    assert.ok(b.some((c) => c.endsWith('dead on arrival."')), b.join(' | '));
    const c = texts('The coach called the loss "a lesson for all of us," and the players left.');
    assert.ok(c.some((x) => x.endsWith('all of us,"')), c.join(' | '));
    // negative: a full stop after a closing mark stays out
    const d = texts('He said the plan was "dead on arrival". Others disagreed.');
    assert.ok(d.some((x) => x.endsWith('arrival"')) && !d.some((x) => x.endsWith('".')), d.join(' | '));
  });
  it('a claim kept with its closing mark and the punctuation inside it keeps the frame that covers its words', () => {
    const src = (t: string, start: string): string[] =>
      claimsOf(t).claims.find((c) => c.text.startsWith(start))?.attribution.map((l) => l.source) ?? [];
    assert.deepEqual(src('The coach called the referee a "clown," and walked off the pitch.', 'The coach'), ['The coach']);
    assert.deepEqual(src('The minister called the strike a “betrayal,” a word the union rejected.', 'The minister'), ['The minister']);
    // negative: a claim with no frame over its words gets none from its marks
    assert.deepEqual(src('The band played "Happy Birthday to You," and the guests danced.', 'The band'), []);
  });
  it('a claim that is a whole quotation keeps both its marks', () => {
    assert.ok(texts('"We lost everything," said Ana, who fled the town.').includes('"We lost everything,"'));
    assert.ok(texts('“It was terrifying,” a witness said.').includes('“It was terrifying,”'));
    // its status reads the quote's own tense, and a question inside the marks stays open
    const { claims } = claimsOf('"The bridge is gone," the mayor said. "Will the dam hold?" asked one resident.');
    assert.equal(claims.find((c) => c.text.startsWith('"The bridge'))?.status, 'ONGOING');
    assert.equal(claims.find((c) => c.text.startsWith('"Will'))?.certainty, 'UNKNOWN');
    // negative: marks that do not enclose the claim's words alone
    assert.ok(!texts('He called it "a disaster" for the town.').some((c) => c.startsWith('"')));
  });
});
