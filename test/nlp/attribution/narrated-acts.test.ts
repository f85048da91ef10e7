import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainAt as chain, checkChain as check, claimAt, claimsOf } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus): a position taken towards a plain object
// ("rejected the plan", "welcomed the decision") is an act the outlet narrates, no claim of the subject's.

describe('a position taken towards a plain object is narrated by the outlet', () => {
  it('rejected, welcomed, backed, approved, defended with a plain object: no source', () => {
    assert.deepEqual(chain('Officials rejected the plan on Tuesday.', 'rejected the plan'), []);
    assert.deepEqual(chain('The governor welcomed the decision.', 'welcomed the decision'), []);
    assert.deepEqual(chain('The union backed the strike at the port.', 'backed the strike'), []);
    assert.deepEqual(chain('The board endorsed a new school budget.', 'endorsed a new school budget'), []);
    assert.deepEqual(chain('Teachers defended their record, saying test scores had risen.', 'defended their record'), []);
    // the participial tail is still the teachers' claim
    check('Teachers defended their record, saying test scores had risen.', 'test scores had risen', ['Teachers']);
  });
  it('the status is still read with the cue', () => {
    const text = 'Officials rejected the plan on Tuesday.';
    const c = claimAt(text, claimsOf(text).claims, 'rejected the plan');
    assert.equal(c?.status, 'PAST');
    assert.ok(!c?.attribution.some((l) => l.rule?.startsWith('attr.act')), 'no marked link is left in the output');
  });
  it('a "that" clause, a claim noun, a judgement with "as", a quotation or a figure keeps the source', () => {
    check('The company rejected reports that it had laid off workers.', 'it had laid off workers', ['The company']);
    check('The mayor welcomed the move as long overdue.', 'long overdue', ['The mayor']);
    check('The council rejected "a reckless scheme" by the developer.', 'a reckless scheme', ['The council']);
    check('The ministry defended its death toll of 40.', 'death toll of 40', ['The ministry']);
  });
  it('other stance verbs keep their holder, and a report keeps its speaker', () => {
    check('The opposition slammed the decision.', 'the decision', ['The opposition']);
    check('China opposed the move.', 'China opposed the move', ['China']);
    check('The minister said officials rejected the plan.', 'officials rejected the plan', ['The minister']);
  });
});

describe('a commitment with its infinitive is narrated by the outlet', () => {
  it('agreed to, pledged to, vowed to, plans to: no source; the claim still looks ahead, but an agreement is done', () => {
    assert.deepEqual(chain('The two leaders agreed to resume talks next month.', 'resume talks'), []);
    assert.equal(claimAt('The two leaders agreed to resume talks next month.', claimsOf('The two leaders agreed to resume talks next month.').claims, 'resume talks')?.status, 'PAST');
    for (const [text, anchor] of [
      ['The minister pledged to rebuild the bridge by June.', 'rebuild the bridge'],
      ['The council plans to build a new airport.', 'build a new airport'],
      ['Rebel commanders vowed to hold the town.', 'hold the town'],
    ] as const) {
      assert.deepEqual(chain(text, anchor), [], text);
      const c = claimAt(text, claimsOf(text).claims, anchor);
      assert.equal(c?.status, 'FUTURE', text);
    }
  });
  it('an aim with its infinitive is narrated too; a refusal keeps its source (PolNeAR\'s annotators mark it one)', () => {
    assert.deepEqual(chain('The bank sought to calm the markets.', 'calm the markets'), []);
    assert.deepEqual(chain('The reform aims to cut waiting times.', 'cut waiting times'), []);
    assert.deepEqual(chain('The council aimed to finish the road by May.', 'finish the road'), []);
    check('The company refused to pay the fine.', 'pay the fine', ['The company']);
    check('The rebels declined to lay down their arms.', 'lay down their arms', ['The rebels']);
  });
  it('a quotation in the infinitive, a verb of saying or another intent keeps the source; a pledge of a plain object is narrated too', () => {
    check('The rebels sought to hold "every inch" of the town.', 'of the town', ['The rebels']);
    check('The ministry sought to deny that the plant had closed.', 'the plant had closed', ['The ministry']);
    assert.deepEqual(chain('The company sought to disclose the price.', 'disclose the price'), []);
    check('The firm wants to sell the plant.', 'sell the plant', ['The firm']);
    check('The rebels vowed to "crush" the army.', 'the army', ['The rebels']);
    assert.deepEqual(chain('The United States has pledged aid for eastern Libya.', 'aid for eastern Libya'), []);
    // (a commitment cue, so the narrated reading would drop the source if the verb of saying were not seen)
    check('The ministry sought to confirm that the ship had sunk.', 'the ship had sunk', ['The ministry']);
  });
  it('a verb of saying after a commitment keeps the source when its clause stands a few words on', () => {
    check('The ministry sought to deny the plant had closed.', 'the plant had closed', ['The ministry']);
    check('The spokesman sought to tell reporters that the plant had closed.', 'the plant had closed', ['The spokesman']);
    check('The bank sought to argue in court that the loan was legal.', 'the loan was legal', ['The bank']);
    check('The government sought to reassure investors that the currency was stable.', 'the currency was stable', ['The government']);
  });
  it('negatives: a plain object, or a verb of going on with a relative clause, stays narrated', () => {
    assert.deepEqual(chain('The company sought to disclose the price of the deal.', 'disclose the price'), []);
    assert.deepEqual(chain('The two sides agreed to continue talks that had stalled in May.', 'continue talks'), []);
  });
  it('inside a report the speaker stays the only source', () => {
    check('The spokesman said the two sides agreed to resume talks.', 'resume talks', ['The spokesman']);
  });
});

describe('a directive inside a report is what the speaker reports', () => {
  it('"X said Y urged/asked Z to …" → [X]', () => {
    check('The minister said the UN had urged both sides to stop fighting.', 'both sides to stop fighting', ['The minister']);
    check('The spokesman said Washington asked Cairo to open the crossing.', 'open the crossing', ['The spokesman']);
  });
  it('at the head of a chain a directive with its infinitive is narrated too (directive-acts.test.ts); a report inside a report keeps the inner source', () => {
    assert.deepEqual(chain('The UN urged both sides to stop fighting.', 'both sides to stop fighting'), []);
    check('The envoy said Tehran warned that it would retaliate.', 'it would retaliate', ['The envoy', 'Tehran']);
  });
});

describe('rejecting a claim noun, pledging a plain object', () => {
  it('"rejected the allegations" and "pledged $50 million in aid" are acts the outlet narrates', () => {
    assert.deepEqual(chain('The ministry rejected the allegations.', 'rejected the allegations'), []);
    assert.deepEqual(chain('The EU pledged $50 million in aid to the region.', 'pledged $50 million'), []);
    assert.deepEqual(chain('Donors pledged support for the rebuilding effort.', 'pledged support'), []);
  });
  it('a "that" clause or an "as" judgement still keeps the source, and other stance verbs keep a claim noun\'s', () => {
    check('The government rejected claims that it had misled voters.', 'it had misled voters', ['The government']);
    check('The minister rejected the plan as unworkable.', 'unworkable', ['The minister']);
    check('The minister welcomed the findings.', 'the findings', ['The minister']);
  });
});
