import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';
import { datingAt } from '../../../src/nlp/certainty/backshift.js';
import { tokenize } from '../../../src/nlp/claims/text.js';
import { cueAdverbial } from '../../../src/nlp/certainty/status-times.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: backshifted states, their subjects and dating words', () => {
  it('a lasting condition named by an event noun is no finished event', () => {
    assert.equal(statusOf('The ministry said the fighting was sporadic.', 'fighting was sporadic'), 'ONGOING');
    assert.equal(statusOf('The agency said the drought was catastrophic.', 'drought was catastrophic'), 'ONGOING');
    assert.equal(statusOf('The bank said inflation was too high.', 'inflation was too high'), 'ONGOING');
    // negatives: a finished event judged, a dated condition
    assert.equal(statusOf('She said the attack was horrific.', 'attack was horrific'), 'PAST');
    assert.equal(statusOf('Witnesses said the explosion was very loud.', 'explosion was very loud'), 'PAST');
    assert.equal(statusOf('Witnesses said the fighting was sporadic during the night.', 'fighting was sporadic'), 'PAST');
  });
  it('a listed state predicate followed by a dating word no longer holds', () => {
    assert.equal(statusOf('He said the mood was tense before the vote.', 'mood was tense'), 'PAST');
    assert.equal(statusOf('She said the hotel was full that night.', 'hotel was full'), 'PAST');
    assert.equal(statusOf('He said the mood was tense.', 'mood was tense'), 'ONGOING');
    const t = (s: string) => tokenize(s, 0, s.length);
    assert.ok(datingAt(t('full that night'), 1) && datingAt(t('tense before the vote'), 1));
    assert.ok(!datingAt(t('full that is'), 1) && !datingAt(t('tense in the city'), 1));
  });
  it('results of siege, occupation and contamination hold like "closed"', () => {
    assert.equal(statusOf('Officials said the town was besieged.', 'town was besieged'), 'ONGOING');
    assert.equal(statusOf('Residents said the water supply was contaminated.', 'supply was contaminated'), 'ONGOING');
    assert.equal(statusOf('Officials said the fire was contained.', 'fire was contained'), 'ONGOING');
    // negatives: dated, the outlet's own narrative
    assert.equal(statusOf('Officials said the fire was contained on Sunday.', 'fire was contained'), 'PAST');
    assert.equal(statusOf('The village was occupied in 1940.', 'village was occupied'), 'PAST');
  });
});

describe('status: past forms stative in their phrase', () => {
  it('"held" a possession, "suffered from" a condition, "was wanted for"', () => {
    assert.equal(statusOf('The company said it held a 20 percent stake in the firm.', 'it held a 20 percent stake'), 'ONGOING');
    assert.equal(statusOf('The group said it held 30 hostages.', 'it held 30 hostages'), 'ONGOING');
    assert.equal(statusOf('Police said the man suffered from depression.', 'man suffered from depression'), 'ONGOING');
    assert.equal(statusOf('Police said the man was wanted for murder.', 'man was wanted'), 'ONGOING');
    assert.equal(statusOf('He said the group enjoyed broad support.', 'group enjoyed broad support'), 'ONGOING');
    // negatives: an event staged, a bounded stretch, injuries suffered, the outlet's own past
    assert.equal(statusOf('The company said it held talks with the union.', 'it held talks'), 'PAST');
    assert.equal(statusOf('The party said it held a rally in the capital.', 'it held a rally'), 'PAST');
    assert.equal(statusOf('Police said the gunman held 12 hostages for six hours.', 'gunman held 12 hostages'), 'PAST');
    assert.equal(statusOf('Police said the boy suffered serious injuries.', 'boy suffered serious injuries'), 'PAST');
    assert.equal(statusOf('The group held 30 hostages.', 'group held 30 hostages'), 'PAST');
  });
  it('"enjoyed" a standing holds ("a lead"); finished events in a report stay past', () => {
    assert.equal(statusOf('She said the party enjoyed a comfortable lead.', 'party enjoyed a comfortable lead'), 'ONGOING');
    // negatives: enjoyed an event, dominated a match, posed as someone, exceeded expectations
    assert.equal(statusOf('She said fans enjoyed the concert.', 'fans enjoyed the concert'), 'PAST');
    assert.equal(statusOf('He said Brazil dominated the second half.', 'Brazil dominated the second half'), 'PAST');
    assert.equal(statusOf('Police said the gunman posed as a delivery driver.', 'gunman posed as a delivery driver'), 'PAST');
    assert.equal(statusOf('The coach said his side exceeded expectations.', 'side exceeded expectations'), 'PAST');
  });
});

describe('status: the date of the saying does not date the claim', () => {
  it('a time right after the cue, before the reported clause, is the cue\'s', () => {
    assert.equal(statusOf('The government announced on 1 March that fuel prices would rise.', 'fuel prices would rise'), 'FUTURE');
    assert.equal(statusOf('The ministry said on 2 March the bridge would reopen.', 'the bridge would reopen'), 'FUTURE');
    // negatives: a date inside the reported clause still dates a past plan; a claim with no cue keeps its dates
    assert.equal(statusOf('The ministry said the bridge would reopen on 2 March.', 'the bridge would reopen'), 'PAST');
    assert.equal(statusOf('The ceasefire takes effect on 20 February.', 'ceasefire takes effect'), 'PAST');
    assert.ok(cueAdverbial('said on 1 March that', { start: 8, end: 15, text: '1 March', type: 'DATE', value: '2024-03-01' }, 4));
    assert.ok(!cueAdverbial('said on 1 March that', { start: 8, end: 15, text: '1 March', type: 'DATE', value: '2024-03-01' }, -1));
    assert.ok(!cueAdverbial('said the road opened on 1 March.', { start: 24, end: 31, text: '1 March', type: 'DATE', value: '2024-03-01' }, 4));
  });
});

describe('status: a stative past in its event sense or dated', () => {
  it('an appearance, a perception, a plan carried out, a past moment', () => {
    assert.equal(statusOf('Police said the man appeared in court.', 'man appeared in court'), 'PAST');
    assert.equal(statusOf('Residents said they felt a strong tremor.', 'they felt a strong tremor'), 'PAST');
    assert.equal(statusOf('Police said the men planned the attack.', 'men planned the attack'), 'PAST');
    assert.equal(statusOf('She said the boat contained 40 migrants when it capsized.', 'boat contained 40 migrants'), 'PAST');
    // negatives: the stative senses, and a date inside a "to" complement
    assert.equal(statusOf('She said the company appeared to be in trouble.', 'company appeared'), 'ONGOING');
    assert.equal(statusOf('He said he felt betrayed.', 'he felt betrayed'), 'ONGOING');
    assert.equal(statusOf('The company said the product contained no harmful chemicals.', 'product contained'), 'ONGOING');
    assert.equal(statusOf('He said he believed that the village was shelled during the night.', 'he believed'), 'ONGOING');
  });
});
