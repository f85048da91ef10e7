import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainOf, claimAt, claimsOf, sameChain } from './helpers.js';

// Sentences written for these tests (not taken from the example articles).
function check(text: string, anchor: string, chain: string[], extra: { certainty?: string; polarity?: string; status?: string } = {}): void {
  const { claims } = claimsOf(text);
  const c = claimAt(text, claims, anchor);
  assert.ok(c, `no claim holds "${anchor}" in: ${text}`);
  assert.ok(sameChain(chainOf(c), chain), `chain for "${anchor}": want ${JSON.stringify(chain)} got ${JSON.stringify(c.attribution)}`);
  if (extra.certainty) assert.equal(c.certainty, extra.certainty, `certainty for "${anchor}"`);
  if (extra.polarity) assert.equal(c.polarity, extra.polarity, `polarity for "${anchor}"`);
  if (extra.status) assert.equal(c.status, extra.status, `status for "${anchor}"`);
  assert.ok(c.rule, 'claims carry a rule');
  for (const l of c.attribution) assert.ok(l.rule, 'links carry a rule');
}

describe('attribution chains', () => {
  it('outlet assertions have an empty chain', () => {
    check('Factory output fell 2% in March, the lowest level in a decade.', 'Factory output fell 2%', [], { certainty: 'CERTAIN', status: 'PAST' });
  });
  it('"X said (that) C" attributes C to X', () => {
    check('The harbour master said that three ferries had been cancelled.', 'three ferries had been cancelled', ['The harbour master'], { status: 'PAST' });
    check('Port officials said the ferries would resume on Monday.', 'the ferries would resume', ['Port officials'], { status: 'FUTURE' });
  });
  it('"C, X said" and inverted "C, said X"', () => {
    check('The bridge will stay shut until repairs end, the council said.', 'The bridge will stay shut', ['the council'], { status: 'FUTURE' });
    check('Water levels are still rising, said Maria Lopez, a local farmer.', 'Water levels are still rising', ['Maria Lopez'], { status: 'ONGOING' });
  });
  it('"according to X citing Y" nests outermost first', () => {
    check('According to regional newspapers citing a police spokesman, the suspect has crossed the border.',
      'the suspect has crossed the border', ['regional newspapers', 'a police spokesman']);
    check('The vote was postponed, according to the electoral commission.', 'The vote was postponed', ['the electoral commission']);
  });
  it('"X told <medium>" puts the medium first; "told <person>" does not', () => {
    check('The governor told Reuters that 40 homes were destroyed.', '40 homes were destroyed', ['Reuters', 'The governor']);
    check('The governor told residents that the water was safe.', 'the water was safe', ['The governor']);
  });
  it('"speaking to <medium>" and "as indicated by X speaking to Y"', () => {
    check('Speaking to the BBC, the minister said talks had failed.', 'talks had failed', ['BBC', 'the minister']);
    check('The plant will close next year, as indicated by a company engineer speaking to Bloomberg.',
      'The plant will close next year', ['Bloomberg', 'a company engineer']);
  });
  it('appositives: the named person is the source', () => {
    check('Lena Berg, a spokeswoman for the airline, said 12 flights were cancelled.', '12 flights were cancelled', ['Lena Berg']);
    check('A neighbour, Tomas Ruiz, said the fire started at night.', 'the fire started at night', ['Tomas Ruiz']);
  });
  it('pronoun speakers resolve to the last named speaker', () => {
    const text = 'Lena Berg, a spokeswoman for the airline, said 12 flights were cancelled. More delays are likely, she said.';
    check(text, 'More delays are likely', ['Lena Berg'], { certainty: 'PROBABLE' });
  });
  it('quotes: speaker after, before, inside, and a continued quote', () => {
    check('"We have never seen water this high," the mayor said.', 'We have never seen water this high', ['the mayor']);
    check('"The dam held," the engineer said. "Nobody was hurt."', 'The dam held', ['the engineer']);
  });
  it('unnamed sources: reportedly, is believed, is said to, reports indicate, rumoured', () => {
    check('The rebels reportedly seized the airport on Sunday.', 'seized the airport', ['UNNAMED'], { certainty: 'CERTAIN' });
    check('The tanker is believed to have sunk near the coast.', 'to have sunk', ['UNNAMED'], { certainty: 'PROBABLE', status: 'PAST' });
    check('Reports indicate that the convoy has reached the city.', 'the convoy has reached the city', ['UNNAMED']);
    check('The yacht, rumoured to cost 300 million dollars, docked in Monaco.', 'rumoured to cost', ['UNNAMED'], { certainty: 'POSSIBLE' });
    check('The yacht, rumoured to cost 300 million dollars, docked in Monaco.', 'docked in Monaco', []);
  });
  it('a "with … reportedly …" tail is its own claim', () => {
    const text = 'The ministry confirmed that talks were continuing, with the envoy reportedly demanding new guarantees.';
    const { claims } = claimsOf(text);
    const tail = claimAt(text, claims, 'demanding new guarantees');
    const head = claimAt(text, claims, 'talks were continuing');
    assert.ok(tail && head && tail !== head);
    assert.ok(chainOf(tail).includes('UNNAMED'));
    assert.deepEqual(chainOf(head), ['The ministry']);
  });
  it('coordinated complements "said A, and that B" share the speaker', () => {
    const text = 'The agency said the storm had weakened, and that it would reach land on Friday.';
    check(text, 'it would reach land', ['The agency'], { status: 'FUTURE' });
    check(text, 'the storm had weakened', ['The agency'], { status: 'PAST' });
  });
});

describe('the constructions listed in the issue', () => {
  it('quoted by, briefing, spokesman, sources familiar, account, it is understood, is said to, allegedly', () => {
    check('The minister was quoted by the Tribune as saying that the port would reopen.', 'the port would reopen', ['the Tribune', 'The minister']);
    check('"We will not sell the land," the Gazette quoted the farmer as saying.', 'We will not sell the land', ['the Gazette', 'the farmer'], { polarity: 'NEGATIVE', status: 'FUTURE' });
    check('In a briefing, the general said troops had withdrawn.', 'troops had withdrawn', ['the general']);
    check('The president’s spokesman said the trip was cancelled.', 'the trip was cancelled', ['president’s spokesman']);
    check('Sources familiar with the matter said the deal had collapsed.', 'the deal had collapsed', ['UNNAMED']);
    check('In the officials’ account, the guards fired first.', 'the guards fired first', ['officials']);
    check('It is understood that the talks will resume.', 'the talks will resume', ['UNNAMED'], { status: 'FUTURE' });
    check('The tycoon is said to own three islands.', 'own three islands', ['UNNAMED']);
    check('The mayor allegedly took bribes.', 'took bribes', ['UNNAMED'], { certainty: 'CERTAIN' });
  });
  it('citing before or inside the frame', () => {
    check('Citing two diplomats, Reuters reported that the envoy had resigned.', 'the envoy had resigned', ['Reuters', 'two diplomats']);
    check('The agency, citing a police source, said three people were detained.', 'three people were detained', ['The agency', 'UNNAMED']);
  });
  it('conditionals, refusals, rejections, failures', () => {
    check('The merger, if it goes ahead, would create the largest bank in Europe.', 'would create the largest bank', [], { certainty: 'POSSIBLE' });
    check('The ministry refused to confirm that the ship had sunk.', 'the ship had sunk', ['The ministry'], { certainty: 'UNKNOWN' });
    check('The company rejected reports that it had laid off workers.', 'it had laid off workers', ['The company'], { polarity: 'NEGATIVE' });
    check('The rescue team failed to reach the village.', 'reach the village', [], { polarity: 'NEGATIVE' });
  });
});

describe('negative cases: words that look like cues but are not', () => {
  it('"the said", "to say", a noun "report"', () => {
    check('The said vehicle was found abandoned.', 'vehicle was found abandoned', []);
    check('The annual report was published in May.', 'was published in May', []);
  });
  it('"called on X to" is a request, not an attribution', () => {
    check('The president has called on parliament to approve the budget.', 'approve the budget', []);
  });
  it('no source invented for plain narration with a capitalised subject', () => {
    check('Maria Lopez planted corn in April.', 'planted corn in April', []);
  });
});

describe('certainty, polarity, status', () => {
  it('hedges map to PROBABLE / POSSIBLE / UNKNOWN', () => {
    check('The summit is expected to open on Tuesday.', 'expected to open', [], { certainty: 'PROBABLE', status: 'FUTURE' });
    check('Rain could flood the valley tonight.', 'could flood the valley', [], { certainty: 'POSSIBLE', status: 'FUTURE' });
    check('It is unclear whether the talks will resume.', 'the talks will resume', [], { certainty: 'UNKNOWN' });
    check('The team is likely to win the title.', 'likely to win', [], { certainty: 'PROBABLE' });
  });
  it('attribution cues alone do not lower certainty', () => {
    check('Police said the driver was arrested.', 'the driver was arrested', ['Police'], { certainty: 'CERTAIN' });
  });
  it('"than expected" and "could be seen" are not hedges', () => {
    check('Sales rose faster than expected in June.', 'Sales rose faster', [], { certainty: 'CERTAIN' });
    check('Smoke could be seen from the highway.', 'Smoke could be seen', [], { certainty: 'CERTAIN', status: 'PAST' });
  });
  it('negation: not, no, never, denied that', () => {
    check('The factory did not reopen in May.', 'did not reopen', [], { polarity: 'NEGATIVE' });
    check('The company denied that it had paid the fine.', 'it had paid the fine', ['The company'], { polarity: 'NEGATIVE' });
    check('The factory reopened in May.', 'reopened in May', [], { polarity: 'POSITIVE' });
  });
  it('status from tense, aspect and modals', () => {
    check('Thousands remain without power.', 'remain without power', [], { status: 'ONGOING' });
    check('The station has reopened.', 'has reopened', [], { status: 'PAST' });
    check('The rocket is to be launched from Florida.', 'is to be launched', [], { status: 'FUTURE' });
    check('Crews are clearing the roads.', 'clearing the roads', [], { status: 'ONGOING' });
  });
  it('a date after publication makes a claim FUTURE', () => {
    const { claims } = claimsOf('A hearing has been set for 2031.', '2024-03-01');
    assert.equal(claims[0]?.status, 'FUTURE');
  });
  it('hedges list the cue and hedge words as written', () => {
    const text = 'Officials said the toll could rise.';
    const { claims } = claimsOf(text);
    const c = claimAt(text, claims, 'the toll could rise')!;
    assert.ok(c.hedges.includes('said') && c.hedges.includes('could'), JSON.stringify(c.hedges));
  });
  it('events stay empty; times and quantities index into the document', () => {
    const { claims } = claimsOf('Officials said the toll could rise.');
    for (const c of claims) { assert.deepEqual(c.events, []); assert.ok(Array.isArray(c.times) && Array.isArray(c.quantities)); }
  });
});
