import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { claimIn } from './helpers.js';

// Sentences written for these tests (not taken from any corpus), read against the helpers' reference date.
// "appeared" before a predicate of state is an impression, and "an estimated" before a figure an estimate: both
// PROBABLE; an appearance ("appeared in court") and "estimated" with no figure after it stay CERTAIN.

describe('an impression of a state: "appeared caught off guard", "looks set to"', () => {
  it('"appeared" before a participle or a word of state is PROBABLE', () => {
    assert.equal(claimIn('The presidential office appeared caught off guard.', 'caught off guard').certainty, 'PROBABLE');
    assert.equal(claimIn('The amount of gas released appeared too small to cool the climate.', 'too small').certainty, 'PROBABLE');
  });
  it('negative cases: an appearance somewhere, or a capitalised "Appeared", stays CERTAIN', () => {
    assert.equal(claimIn('He appeared in court on Monday.', 'appeared in court').certainty, 'CERTAIN');
    // an emotion seen on a face is the reporter's observation
    assert.equal(claimIn('The defendant appeared stunned as the verdict was read.', 'appeared stunned').certainty, 'CERTAIN');
    assert.equal(claimIn('She appeared on television last night.', 'appeared on television').certainty, 'CERTAIN');
    assert.equal(claimIn('The minister appeared alongside the president.', 'appeared alongside').certainty, 'CERTAIN');
    assert.equal(claimIn('The singer appeared Thursday at the festival.', 'appeared Thursday').certainty, 'CERTAIN');
  });
  it('a degree adverb after "appeared"/"looked" is an impression only before an adjective or participle', () => {
    assert.equal(claimIn('The rescuers looked very tired after the night.', 'very tired').certainty, 'PROBABLE');
    assert.equal(claimIn('The old bridge appeared increasingly fragile.', 'increasingly fragile').certainty, 'PROBABLE');
    assert.equal(claimIn('The opposition appeared more divided than ever.', 'more divided').certainty, 'PROBABLE');
    // negative cases: "than", an adverb or a preposition after the degree word: a look or an appearance, CERTAIN
    assert.equal(claimIn('Investigators looked more closely at the wreckage.', 'looked more closely').certainty, 'CERTAIN');
    assert.equal(claimIn('He appeared more than 20 times in court.', 'appeared more than').certainty, 'CERTAIN');
    assert.equal(claimIn('The minister appeared very briefly at the ceremony.', 'appeared very briefly').certainty, 'CERTAIN');
    assert.equal(claimIn('The band appeared more often on television.', 'appeared more often').certainty, 'CERTAIN');
    assert.equal(claimIn('The singer appeared less in public after the tour.', 'appeared less').certainty, 'CERTAIN');
  });
  it('property: a degree word then an adverb in -ly never makes an impression', () => {
    fc.assert(fc.property(fc.constantFrom('too', 'so', 'very', 'more', 'less', 'rather', 'quite'), fc.constantFrom('briefly', 'closely', 'frequently', 'regularly', 'publicly'),
      (d, adv) => claimIn(`The envoy appeared ${d} ${adv} at the talks.`, `appeared ${d}`).certainty === 'CERTAIN'));
  });
});

describe('a figure given as an estimate: "an estimated 200 buildings"', () => {
  it('"an estimated" before a number, a currency sign or a number word is PROBABLE', () => {
    assert.equal(claimIn('The fire destroyed an estimated 200 buildings.', 'destroyed an estimated').certainty, 'PROBABLE');
    assert.equal(claimIn('The project cost an estimated $50 million.', 'cost an estimated').certainty, 'PROBABLE');
    assert.equal(claimIn('An estimated 120,000 spectators lined the course, according to police.', 'lined the course').certainty, 'PROBABLE');
    assert.equal(claimIn('The storm left an estimated two million homes without power.', 'left an estimated').certainty, 'PROBABLE');
  });
  it('negative cases: "estimated" with no figure, or inside an "after" clause, does not make the claim an estimate', () => {
    assert.equal(claimIn('An estimated crowd gathered in the square.', 'crowd gathered').certainty, 'CERTAIN');
    assert.equal(claimIn('The bill was shelved after an estimated 500,000 people marched against it.', 'was shelved').certainty, 'CERTAIN');
    assert.equal(claimIn('The fire destroyed 200 buildings.', 'destroyed 200').certainty, 'CERTAIN');
  });
  it('property: any figure after "an estimated" makes the claim PROBABLE', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 999_999 }), (n) => {
      const t = `The flood displaced an estimated ${n.toLocaleString('en-US')} people.`;
      return claimIn(t, 'displaced an estimated').certainty === 'PROBABLE';
    }), { numRuns: 40 });
  });
});

describe('a past spelt as its noun after a prenominal adjective: "further spread", "a new cut"', () => {
  it('the clause\'s own present verb gives its status', () => {
    assert.equal(claimIn('"The potential for further spread within the region is very worrying," he said.', 'very worrying').status, 'ONGOING');
    assert.equal(claimIn('The prospect of a new cut in rates is weighing on the currency.', 'weighing on').status, 'ONGOING');
  });
  it('negative cases: the same word as a verb after its subject, or after a determiner only, keeps its past', () => {
    assert.equal(claimIn('The virus spread quickly through the camp.', 'spread quickly').status, 'PAST');
    assert.equal(claimIn('The government cut fuel subsidies on Monday.', 'cut fuel').status, 'PAST');
    assert.equal(claimIn('The fire spread further into the forest.', 'spread further').status, 'PAST');
  });
  it('negative cases: an adverb-capable adjective right after the subject is an adverb of the past verb', () => {
    assert.equal(claimIn('The central bank further cut its key rate on Monday.', 'further cut').status, 'PAST');
    assert.equal(claimIn('Regulators further split the company into three units.', 'further split').status, 'PAST');
  });
  it('after "no", a number or a possessive the adjective still opens the noun', () => {
    assert.equal(claimIn('Officials said there is no further spread of the virus.', 'no further spread').status, 'ONGOING');
  });
});
