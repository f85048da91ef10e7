import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainAt as chain, checkChain as check, claimsOf } from './helpers.js';
import { verbalUse } from '../../../src/nlp/attribution/find.js';
import { tokenize } from '../../../src/nlp/claims/text.js';

// Sentences written for these tests (not taken from any corpus).

describe('act-or-word verbs (attack, blast, slam, call) report only with a judgement', () => {
  it('a physical attack or a phone call frames nothing', () => {
    assert.deepEqual(chain('Rebels attacked the army base near the river.', 'the army base'), []);
    assert.deepEqual(chain('Gunmen attacked the convoy over the weekend.', 'the convoy'), []);
    assert.deepEqual(chain('Militants attacked the town for the second time this week.', 'the town'), []);
    assert.deepEqual(chain('Police blasted the door open.', 'the door open'), []);
    assert.deepEqual(chain('She called her mother.', 'her mother'), []);
    assert.deepEqual(chain('The chairman called a meeting on Monday.', 'a meeting'), []);
    assert.deepEqual(chain('He called the police in a panic.', 'the police'), []);
    assert.deepEqual(chain('She is calling her brother.', 'her brother'), []);
    // a bare "X attacked Y" or "X hit back" names no claim of X's
    assert.deepEqual(chain('The senator attacked the governor.', 'the governor'), []);
    assert.deepEqual(chain('The senator hit back at his critics on Tuesday.', 'his critics'), []);
  });
  it('a reason, a label, a quotation or a medium of speech makes the verb a cue', () => {
    check('The senator attacked the governor over the budget cuts.', 'the budget cuts', ['The senator']);
    check('The critics attacked the minister for ignoring the floods.', 'ignoring the floods', ['The critics']);
    check('The mayor blasted the plan as a giveaway to developers.', 'a giveaway', ['The mayor']);
    check('The mayor slammed the "rigged" tender.', 'tender', ['The mayor']);
    check('The candidate attacked his rival in late-night posts.', 'his rival', ['The candidate']);
    check('The governor called the levy a disgrace.', 'a disgrace', ['The governor']);
    check('The campaign called the charges baseless and fabricated.', 'the charges baseless', ['The campaign']);
    check('The union called Friday for new talks.', 'new talks', ['The union']);
  });
  it('an abstract object can only be attacked in words', () => {
    check('The opposition slammed the decision.', 'the decision', ['The opposition']);
    check('The union blasted the government’s handling of the strike.', 'handling of the strike', ['The union']);
    check('The senator attacked the new tax bill.', 'tax bill', ['The senator']);
    // physical objects stay acts
    assert.deepEqual(chain('He slammed the door.', 'the door'), []);
    assert.deepEqual(chain('Police blasted the suspect’s car.', 'car'), []);
  });
  it('verbalUse directly', () => {
    const t = (s: string) => tokenize(s, 0, s.length);
    const at = (s: string, w: string) => t(s).findIndex((x) => x.l === w);
    assert.equal(verbalUse(t('He called the plan a disaster.'), at('He called the plan a disaster.', 'called')), true);
    assert.equal(verbalUse(t('He called a press conference.'), at('He called a press conference.', 'called')), false);
    assert.equal(verbalUse(t('Troops attacked the town for hours.'), at('Troops attacked the town for hours.', 'attacked')), false);
  });
});

describe('progressive cues, adverb-led tails, "Yet, as X noted"', () => {
  it('a progressive noun-phrase cue keeps its subject', () => {
    check('The mayor is describing the tender as unfair.', 'unfair', ['The mayor']);
    check('The coach is calling the ruling a scandal.', 'a scandal', ['The coach']);
    check('The workers are calling for higher wages.', 'higher wages', ['The workers']);
    // the passive stays a passive, with no source
    assert.deepEqual(chain('The tender was described as unfair.', 'unfair'), []);
  });
  it('", even suggesting …": an adverb between the comma and the participle', () => {
    check('The coach complained about the referee, even suggesting the match had been fixed.', 'the match had been fixed', ['The coach']);
    check('The minister spoke for an hour, again insisting that the budget was sound.', 'the budget was sound', ['The minister']);
    // "not" is no adverb of manner: no report
    assert.deepEqual(chain('The firm cut jobs, not saying how many.', 'how many'), []);
  });
  it('an opening word and comma before a parenthetical "as X noted"', () => {
    check('Yet, as the auditor noted, the accounts were incomplete.', 'the accounts were incomplete', ['the auditor']);
    check('However, as the central bank observed, prices rose.', 'prices rose', ['the central bank']);
    // "as the crowd chanted" is a time clause, also after an opener
    assert.deepEqual(chain('Later, as the crowd chanted, the police moved in.', 'the police moved in'), []);
  });
});

describe('inverted "…, said X" with a counted or date-led source', () => {
  it('"said one source in the room", "said two analysts familiar with the plan"', () => {
    check('The talks collapsed, said one source in the room.', 'The talks collapsed', ['UNNAMED']); // an anonymous source
    check('The plant will close, said several analysts familiar with the plan.', 'The plant will close', ['several analysts familiar with the plan']);
    // the trailing phrase is no claim of its own
    const { claims } = claimsOf('The talks collapsed, said one source in the room.');
    assert.ok(!claims.some((c) => c.text === 'in the room'));
  });
  it('"said 9/11 widow X": a date-like modifier opens the role', () => {
    check('"They are wrong," said 9/11 widow Mary Stone.', 'They are wrong', ['9/11 widow Mary Stone']);
  });
  it('a trailing adverbial after the inverted source is part of the frame words', () => {
    const { claims } = claimsOf('"It is over," said union leader Ana Ruiz in a statement.');
    assert.ok(!claims.some((c) => c.text === 'in a statement'));
    check('"It is over," said union leader Ana Ruiz in a statement.', 'It is over', ['union leader Ana Ruiz']);
  });
  it('negatives: a count of times or a percentage is no source', () => {
    assert.deepEqual(chain('He left the room, said three times that he was sorry.', 'He left the room'), []);
    assert.deepEqual(chain('The storm passed, said 40 percent of residents.', 'The storm passed'), []);
  });
});
