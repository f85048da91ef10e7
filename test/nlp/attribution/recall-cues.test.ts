import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainAt as chain, chainOf, checkChain as check, claimsOf } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus). Each rule: where it must fire, and where it must not.
function noLinks(text: string): void {
  const { claims } = claimsOf(text);
  const linked = claims.filter((c) => c.attribution.length);
  assert.deepEqual(linked.map((c) => `${c.text} <- ${chainOf(c).join(' / ')}`), [], `no attribution expected in: ${text}`);
}

describe('source phrases cut by asides, ages and addressees', () => {
  it('an age between commas is no inverted source: "Sara Lee, 45, said C"', () => {
    check('Sara Lee, 45, said the store closed in May.', 'the store closed', ['Sara Lee']);
    const { claims } = claimsOf('Sara Lee, 45, said the store closed in May.');
    assert.ok(!claims.some((c) => c.attribution.some((l) => /store/.test(l.source))), 'the clause is not a source');
  });
  it('a dash aside between the subject and the cue', () => {
    check('Tom Reyes — a baker from Ames — told reporters that the rent had tripled.', 'the rent had tripled', ['Tom Reyes']);
    check('Tom Reyes — who runs a bakery — said the rent had tripled.', 'the rent had tripled', ['Tom Reyes']);
    noLinks('The old bridge — built in 1932 — collapsed on Monday after the flood.');
  });
  it('"told <addressee> C" without "that"', () => {
    check('The coach told reporters the team was exhausted.', 'the team was exhausted', ['The coach']);
    check('The coach told him the team was exhausted.', 'the team was exhausted', ['The coach']);
    // an object noun phrase, not a clause: no content after the addressee
    noLinks('The coach told her daughter a long story.');
  });
  it('a question quoted in the sentence before: "…?" X asked.', () => {
    check('"Why would anyone build there?" Mr. Lund asked.', 'Why would anyone build there', ['Mr. Lund']);
    noLinks('The vote was close. The chairman asked.');
  });
  it('a document with its date phrase before the cue', () => {
    check('A county poll released last week showed the mayor leading by nine points.', 'the mayor leading', ['A county poll']);
    noLinks('The teacher last week showed the class a short film.');
  });
});

describe('more communication verbs and voiced stance nouns', () => {
  it('verbs that report before "that" or after a quotation', () => {
    check('The auditor countered that the fund was empty.', 'the fund was empty', ['The auditor']);
    check('Residents heard that the mill would close.', 'the mill would close', ['Residents']);
    check('"Not a chance," the coach retorted.', 'Not a chance', ['the coach']);
    check('The minister reaffirmed that the border would stay open.', 'the border would stay open', ['The minister']);
    // without "that" or a quotation they are ordinary verbs
    noLinks('She heard the crowd roar in the distance.');
    noLinks('The strong sale countered a weak quarter for the firm.');
  });
  it('"expressed concern that", "voiced hope that"', () => {
    check('Engineers voiced concern that the dam could fail.', 'the dam could fail', ['Engineers']);
    check('The senator expressed hope that talks would resume.', 'talks would resume', ['The senator']);
    noLinks('The mayor expressed concern about the dam.');
  });
});

describe('judgements and nominal cues', () => {
  it('"X sees/views Y as Z"', () => {
    check('Most voters view the senator as honest.', 'the senator as honest', ['Most voters']);
    check('Critics portrayed the bill as a giveaway to banks.', 'the bill as a giveaway', ['Critics']);
    // "as" opening a clause of time is no judgement
    noLinks('The town sees many visitors as summer begins.');
    noLinks('They see the river as it floods the valley.');
  });
  it('"rejected the senator\'s claim that C": the possessor holds C', () => {
    check('Critics rejected the senator\'s claim that the budget was balanced.', 'the budget was balanced', ['Critics', 'the senator']);
    // the claim noun as the subject: where its clause ends is unknown, no frame
    assert.deepEqual(chain('The senator\'s claim that the vote was rigged drew scorn.', 'the vote was rigged'), []);
    noLinks('The fact that prices rose surprised nobody in the town.');
  });
  it('headline labels with an addressee: "Mayor Lopez to residents: C"', () => {
    check('Mayor Lopez to residents: Stay indoors until the storm passes.', 'Stay indoors', ['Mayor Lopez']);
    noLinks('How to vote: bring an identity card to the polling station.');
  });
});

describe('parentheticals, addressees and subordinate clauses', () => {
  it('"As X noted, C" and "C, as X has said"', () => {
    check('As the auditor noted, the fund was nearly empty.', 'the fund was nearly empty', ['the auditor']);
    check('The levee held, as engineers had said.', 'The levee held', ['engineers']);
    // a forecast borne out ("as engineers had predicted") leaves the outcome to the outlet: it states it as fact
    noLinks('The levee held, as engineers had predicted.');
    check('As Ms. Cole put it, the town is broke.', 'the town is broke', ['Ms. Cole']);
    // "as" opening a clause of time or manner is no report
    noLinks('As the crowd chanted, the band played on.');
    noLinks('As he said goodbye, the room fell silent.');
    noLinks('As expected, the vote passed easily.');
  });
  it('"assured him C", "reminded voters that C": the addressee is not the content', () => {
    check('The mayor assured him the road was safe.', 'the road was safe', ['The mayor']);
    check('The clerk reminded voters that polls close at eight.', 'polls close at eight', ['The clerk']);
    // the noun phrase after the verb is the clause's subject, not an addressee
    check('The engineer warned the bridge was unsafe.', 'the bridge was unsafe', ['The engineer']);
  });
  it('abbreviations, adverbs and raising adjectives between the source and the cue', () => {
    check('The F.B.I. has said it had no record of the call.', 'it had no record', ['The F.B.I']);
    check('Farmers were more likely to say the drought hurt them.', 'the drought hurt them', ['Farmers']);
    check('The director sincerely hopes that the museum reopens.', 'the museum reopens', ['The director']);
    check('Then she added warily: "There is always something."', 'There is always something', ['she']);
    // a noun ending in -ly is the source, not an adverb to skip
    check('The family said the boy was safe.', 'the boy was safe', ['The family']);
  });
  it('a frame inside an opening subordinate clause ends before the main clause', () => {
    check('Although critics say the mayor was slow, she said the city had made progress.', 'the city had made progress', ['she']);
    check('Although critics say the mayor was slow, she said the city had made progress.', 'the mayor was slow', ['critics']);
  });
  it('headline labels need a named speaker', () => {
    noLinks('Limited Means to Fight Fraud: The agency has few tools to act.');
  });
});

describe('cue-first sentences, one-word answers and what follows a post-posed cue', () => {
  it('"Said X, who …, \\"C\\"" and "Added the mayor: C"', () => {
    check('Said Ana Ruiz, who grew up nearby, "We were all so proud of him."', 'We were all so proud', ['Ana Ruiz']);
    check('Added the mayor: the budget is balanced for the first time.', 'the budget is balanced', ['the mayor']);
    // a lower-case "said" inside the sentence is not this frame
    assert.deepEqual(chain('The said property was sold in 2019 to a developer.', 'was sold in 2019'), []);
  });
  it('"the candidate said no": the one-word answer keeps its claim', () => {
    check('Asked if he was ever bullied, the candidate said no.', 'said no', ['the candidate']);
  });
  it('a time phrase after the cue is not an inverted source', () => {
    check('The tool helped in a crisis, a spokeswoman, Ana White, said on Saturday.', 'The tool helped in a crisis', ['Ana White']);
    check('"The troops are not the answer," Ben Rhodes, the deputy adviser, said Sunday.', 'The troops are not the answer', ['Ben Rhodes']);
    const { claims } = claimsOf('The tool helped in a crisis, a spokeswoman, Ana White, said on Saturday.');
    assert.ok(!claims.some((c) => c.attribution.some((l) => /saturday/i.test(l.source))), 'no source "on Saturday"');
    assert.ok(!claims.some((c) => c.text === 'a spokeswoman'), 'the role phrase is frame material, not a claim');
    // a name that is also a day stays a source
    check('"We lost," said Sunday Adeyemi, the coach.', 'We lost', ['Sunday Adeyemi']);
  });
  it('an inverted source with a role phrase after it: the role is no content', () => {
    const text = '"We have won the argument," wrote Mark Bell, president of the Farmers Union.';
    check(text, 'We have won the argument', ['Mark Bell']);
    const { claims } = claimsOf(text);
    assert.ok(!claims.some((c) => /^president of/.test(c.text)), 'the appositive is not a claim');
  });
});

describe('chains: media told after a quote, contrast clauses, the outlet\'s comments', () => {
  it('"\\"C,\\" he told the Valley Herald": the medium is the outer source', () => {
    check('Omar Diaz ran the depot. "We are ready," he told the Valley Herald.', 'We are ready', ['the Valley Herald', 'Omar Diaz']);
    // a person told is no medium
    check('"We are ready," the coach told his players.', 'We are ready', ['the coach']);
  });
  it('"X says A, though B is believed …": B is not X\'s', () => {
    check('The agency says at least 3,000 people have died, though the true number is believed to be much higher.', 'the true number', ['UNNAMED']);
    check('The agency says at least 3,000 people have died, though the true number is believed to be much higher.', 'people have died', ['The agency']);
    // without a frame of its own, a "but" clause keeps the speaker's content
    check('The agency says the road is open, but drivers should take care.', 'the road is open', ['The agency']);
  });
  it('"…, a claim that could not be verified" is the outlet\'s comment', () => {
    const text = 'The ministry said the strikes hit military targets, a claim that could not be independently verified.';
    check(text, 'the strikes hit military targets', ['The ministry']);
    assert.deepEqual(chain(text, 'could not be independently verified'), []);
    // "the claim that" inside the content stays the speaker's
    check('The mayor said the claim that he lied was false.', 'he lied was false', ['The mayor']);
  });
  it('"said at least two people were hurt": a bound on a number is content, "said at a briefing that" is not', () => {
    check('Police said at least two people were hurt.', 'two people were hurt', ['Police']);
    // a prepositional phrase after the cue is still frame material
    const text = 'The mayor said at a briefing that roads were closed.';
    check(text, 'roads were closed', ['The mayor']);
  });
});
