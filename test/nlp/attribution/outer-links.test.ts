import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../../src/nlp/doc.js';
import { attributionStage } from '../../../src/nlp/attribution/index.js';
import { certaintyStage } from '../../../src/nlp/certainty/index.js';
import { namesOutlet } from '../../../src/nlp/attribution/own-outlet.js';
import { claimAt, chainOf, sameChain, chainAt, checkChain as check } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus): links that are not sources of the claim.

function chainIn(text: string, anchor: string, outlet: string): string[] {
  const doc = newDoc({ id: 'test', text, language: 'en', publishedAt: '2024-03-01', outlet });
  attributionStage.run(doc);
  certaintyStage.run(doc);
  const c = claimAt(text, doc.claims, anchor);
  assert.ok(c, `no claim holds "${anchor}"`);
  return chainOf(c);
}
const checkIn = (text: string, anchor: string, outlet: string, want: string[]): void => {
  const got = chainIn(text, anchor, outlet);
  assert.ok(sameChain(got, want), `chain for "${anchor}" (${outlet}): want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
};

describe('the outlet itself is no link', () => {
  it('names the outlet by its distinctive words, acronyms and sub-brands', () => {
    assert.ok(namesOutlet('the BBC', 'BBC News'));
    assert.ok(namesOutlet("the BBC's Today programme", 'BBC'));
    assert.ok(namesOutlet('Al Jazeera', 'Al Jazeera English'));
    assert.ok(namesOutlet('AP', 'Associated Press'));
    assert.ok(namesOutlet("CNN's State of the Union", 'CNN'));
    assert.ok(!namesOutlet('The New York Post', 'The New York Times'));
    assert.ok(!namesOutlet('Reuters', 'BBC'));
    assert.ok(!namesOutlet('CNN', undefined));
  });
  it('"told the BBC" in a BBC report keeps only the speaker; in another outlet the medium stays outer', () => {
    const t = 'The minister told the BBC that the plan would go ahead.';
    checkIn(t, 'the plan would go ahead', 'BBC', ['The minister']);
    checkIn(t, 'the plan would go ahead', 'Reuters', ['the BBC', 'The minister']);
    const q = '"The ceasefire is holding," Smith told Reuters on Sunday.';
    checkIn(q, 'The ceasefire is holding', 'Reuters', ['Smith']);
    checkIn(q, 'The ceasefire is holding', 'Al Jazeera', ['Reuters', 'Smith']);
  });
});

describe('occasions and documents are no media', () => {
  it('"told a news conference" names where, not whom', () => {
    check('The governor told a news conference in Austin that the roads would reopen by Friday.', 'the roads would reopen', ['The governor']);
    check('"We are ready," the minister told a press briefing.', 'We are ready', ['the minister']);
    // a broadcaster told is still the outer source
    check('The governor told state television that the roads would reopen by Friday.', 'the roads would reopen', ['state television', 'The governor']);
  });
  it('"in a statement posted on its website": the participle is no second cue', () => {
    check('The ministry said in a statement posted on its website that the ceasefire was holding.', 'the ceasefire was holding', ['The ministry']);
    // the same verb with the body as its subject still reports
    check('The ministry posted on its website that the ceasefire was holding.', 'the ceasefire was holding', ['The ministry']);
  });
});

describe('narrated acts are the outlet\'s', () => {
  it('"announced" with a plain object narrates; with a clause or a figure it reports', () => {
    assert.deepEqual(chainAt('The government announced a state of emergency on Sunday.', 'a state of emergency'), []);
    assert.deepEqual(chainAt('Toyota proposed a merger with its rival on Tuesday.', 'a merger with its rival'), []);
    check('The ministry announced that a state of emergency would be imposed.', 'a state of emergency would be imposed', ['The ministry']);
    check('The health ministry announced a death toll of 52 on Monday.', 'a death toll of 52', ['The health ministry']);
  });
  it('"declined to comment" is no source; "refused to" with a clause of intent still is', () => {
    assert.deepEqual(chainAt('The company declined to comment on the report.', 'comment on the report'), []);
    check('The company refused to pay the fine.', 'pay the fine', ['The company']);
  });
});

describe('a quotation running past its sentence', () => {
  it('keeps the speaker for the quoted sentences after the first', () => {
    check('The minister said the country "will not be intimidated. We will respond at a time of our choosing."', 'We will respond at a time', ['The minister']);
    // narration after the quotation closes is the outlet's
    assert.deepEqual(chainAt('The minister said the country "will not be intimidated. We will respond." The army was put on alert.', 'The army was put on alert'), []);
  });
});

describe('"reportedly" beside a named speaker', () => {
  const chain = (text: string, anchor: string): string[] => chainIn(text, anchor, 'Example News');
  it('inside the speaker\'s report it is the speaker\'s, not a second unnamed source', () => {
    assert.deepEqual(chain('The ministry said the rebels had reportedly seized the town.', 'seized the town'), ['The ministry']);
  });
  it('on the speaker\'s own verb it relays an unnamed report that the speaker spoke: the unnamed link alone', () => {
    assert.deepEqual(chain('The president reportedly said the talks were over.', 'the talks were over'), ['UNNAMED']);
    assert.deepEqual(chain('The ministry reportedly also warned that the dam could fail.', 'the dam could fail'), ['UNNAMED']);
    assert.deepEqual(chain('The company reportedly offered a settlement of $2 million.', 'a settlement of $2 million'), ['UNNAMED']);
  });
  it('a "reportedly" on another clause of the sentence leaves the speaker in place', () => {
    // (a word between "reportedly" and the cue that is no adverb: the pair is not collapsed, both links stay)
    assert.equal(chain('The president reportedly himself said the talks were over.', 'the talks were over').length, 2);
    // (a sentence-opening "Reportedly," hedges the whole report: both links stay)
    assert.deepEqual(chain('Reportedly, the president said the talks were over.', 'the talks were over'), ['UNNAMED', 'the president']);
  });
  it('the pair collapses anywhere in the chain, with only adverbs between, and its rule goes with it', () => {
    assert.deepEqual(chain('The president reportedly said the talks were over, according to Reuters.', 'the talks were over'), ['Reuters', 'UNNAMED']);
    assert.deepEqual(chain('The minister reportedly later told aides the plan was dead.', 'the plan was dead'), ['UNNAMED']);
    assert.deepEqual(chain('The minister reportedly privately told aides the plan was dead.', 'the plan was dead'), ['UNNAMED']);
    // (two adverbs between: still the speaker's own verb)
    assert.deepEqual(chain('The minister reportedly also later told aides the plan was dead.', 'the plan was dead'), ['UNNAMED']);
  });
  it('alone, or under a frame set after the clause, it keeps its unnamed link', () => {
    assert.deepEqual(chain('The rebels reportedly seized the town on Sunday.', 'seized the town'), ['UNNAMED']);
    assert.deepEqual(chain('The rebels reportedly seized the town, the army said.', 'seized the town'), ['the army', 'UNNAMED']);
  });
  it('a progressive inside the speaker\'s report is the speaker\'s too ("were reportedly preparing")', () => {
    assert.deepEqual(chain('The ministry said the rebels were reportedly preparing an assault.', 'preparing an assault'), ['The ministry']);
    assert.deepEqual(chain('Officials said he was reportedly hiding in Syria.', 'hiding in Syria'), ['Officials']);
  });
  it('an -ing word with no "be" before "reportedly" (an absolute tail) keeps its unnamed link', () => {
    assert.deepEqual(chain('The ministry said the talks had stalled, with the envoy reportedly demanding new terms.', 'demanding new terms'), ['The ministry', 'UNNAMED']);
  });
});
