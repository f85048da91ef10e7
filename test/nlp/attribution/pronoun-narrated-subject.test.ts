import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from '../certainty/helpers.js';

// Sentences written for these tests (not taken from any corpus): a "he"/"she" speaker after the outlet's own
// narration made someone the subject of a sentence is that person, not the last speaker; a body of people
// ("Police said") is never the "he" or "she" of a later quote.
const speaker = (text: string, anchor: string): string => claimIn(text, anchor).attribution.map((l) => l.source).join(' > ');

describe('a pronoun speaker after a narrated subject', () => {
  it('the subject of the sentence before, after another person spoke', () => {
    const text = 'Police spokesman Omar Nasri said two people were still missing.\n\nInterior Minister Karim Haddad toured the flooded district of Tarsk on Monday. "We will rebuild every house," he said.';
    assert.match(speaker(text, 'We will rebuild every house'), /Haddad/);
  });
  it('an opening adverbial and an apposition leave the name the subject', () => {
    const text = 'Omar Nasri said the roads were closed. On Monday, Karim Haddad toured the flooded district. He said the state would pay for repairs.';
    assert.match(speaker(text, 'the state would pay for repairs'), /Haddad/);
    const appos = 'Omar Nasri said the roads were closed. The interior minister, Mr Haddad, toured the district. He said the state would pay for repairs.';
    assert.match(speaker(appos, 'the state would pay for repairs'), /Haddad/);
    const after = 'Omar Nasri said the roads were closed. Haddad, the interior minister, toured the district. He said the state would pay for repairs.';
    assert.match(speaker(after, 'the state would pay for repairs'), /Haddad/);
  });
  it('negative: a person named as an object or inside a report is no subject', () => {
    const object = 'Police spokesman Omar Nasri said officers had arrested Ali Kareem on Sunday. "We are questioning him," he said.';
    assert.match(speaker(object, 'We are questioning him'), /Nasri/);
    const reported = 'Omar Nasri said Karim Haddad would visit the district on Tuesday. He said rescue teams were working through the night.';
    assert.match(speaker(reported, 'rescue teams were working'), /Nasri/);
    const met = 'Omar Nasri spoke to reporters. Officials met Karim Haddad in the capital. He said rescue teams were working through the night.';
    assert.match(speaker(met, 'rescue teams were working'), /Nasri/);
  });
  it('negative: a name in the complement of a lower-case head ("a lawyer for", "the brother of") is no subject', () => {
    const lawyer = 'Omar Nasri said the roads were closed. A lawyer for Karim Haddad filed an appeal on Monday. "This is unjust," he said.';
    assert.match(speaker(lawyer, 'This is unjust'), /Nasri/);
    const brother = 'Omar Nasri said the roads were closed. The brother of Karim Haddad toured the district. "We will rebuild," he said.';
    assert.match(speaker(brother, 'We will rebuild'), /Nasri/);
    // an office word takes its "of" complement before the holder's name, which stays the subject
    const office = 'Omar Nasri said the roads were closed. The minister of defence Karim Haddad toured the district. "We will rebuild," he said.';
    assert.match(speaker(office, 'We will rebuild'), /Haddad/);
  });
  it('negative: a name inside a quotation, and a person of the other gender', () => {
    const quoted = '"We met the families. Karim Haddad spoke with them," Omar Nasri said. "It was hard," he said.';
    assert.match(speaker(quoted, 'It was hard'), /Nasri/);
    const gender = 'Mr Omar Nasri spoke in the evening. Ms Fatima Zahra, the regional governor, toured the camp. "We will rebuild," he said.';
    assert.match(speaker(gender, 'We will rebuild'), /Nasri/);
  });
  it('negative: the last speaker named after the narrated subject keeps the pronoun', () => {
    const text = 'Karim Haddad toured the district on Monday. Police spokesman Omar Nasri said two people were still missing. "We are still searching," he said.';
    assert.match(speaker(text, 'We are still searching'), /Nasri/);
  });
});

describe('a body of people is no "he" or "she"', () => {
  it('"Police said" does not take a later "he said"', () => {
    const text = 'Interior Minister Karim Haddad visited Tarsk on Monday.\n\nPolice said two people were still missing.\n\n"We will rebuild every house," he said.';
    assert.doesNotMatch(speaker(text, 'We will rebuild every house'), /Police/);
    assert.match(speaker(text, 'We will rebuild every house'), /Haddad/);
  });
  it('an office owned by a person is not that person', () => {
    const text = 'Omar Nasri spoke at noon. Haddad\'s office said the visit was confirmed. He said more police would be deployed.';
    assert.doesNotMatch(speaker(text, 'more police would be deployed'), /office/);
  });
  it('negative: a singular official still takes the pronoun', () => {
    const text = 'A police spokesman said two people were still missing. "We are still searching," he said.';
    assert.match(speaker(text, 'We are still searching'), /spokesman/);
  });
});
