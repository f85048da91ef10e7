import { test } from 'node:test';
import assert from 'node:assert/strict';
import { teamSize } from '../../src/story/build.js';
import { countedGroup } from '../../src/story/build.js';
import { factsOf, story } from './helpers.js';
import { storyLexicon } from '../../src/story/roles.js';

test('a head count of a team\'s members is the size of that team', () => {
  assert.equal(teamSize('Police say a special investigation team of about ', ''), 'special investigation team size');
  assert.equal(teamSize('Police say a special investigation team of ', ''), 'special investigation team size');
  // a capitalised word before the team's own words is a name or a demonym, not part of what the team is
  assert.equal(teamSize('The Israeli rescue team of ', ''), 'rescue team size');
  assert.equal(teamSize('A team of ', ''), 'team size');
  assert.equal(teamSize('the country sent a medical contingent of ', ''), 'medical contingent size');
  // the team the sentence opens with, formed or sent "with" the count
  assert.equal(teamSize('', 'The special investigation team, launched by the Korean National Police Agency with some '), 'special investigation team size');
  // negative: the team is no count's noun, a clause of other words, a count the team works beside
  assert.equal(teamSize('the team of doctors treated ', ''), undefined);
  assert.equal(teamSize('Police said ', 'Police said '), undefined);
  assert.equal(teamSize('', 'The rescue team, working with '), undefined);
  assert.equal(teamSize('a team of experts found ', ''), undefined);
  assert.equal(teamSize('', 'Rescuers arrived with '), undefined);
});

test('"officers" and "police officers" are one group', () => {
  assert.equal(countedGroup('137 officers', 'Police in Corvale said '), 'police officers');
  assert.equal(countedGroup('about 200 police officers'), 'police officers');
  // negative: officers of another body keep their own name
  assert.equal(countedGroup('three army officers'), 'army officers');
});

test('the officers on duty and a team of officers are two figures; two counts of the officers on duty meet', () => {
  const s = story([
    ['Wire', '2022-11-01', 'Police in Corvale said 137 officers had been deployed to the festival on Saturday night.'],
    ['Daily', '2022-11-03', 'Police in Corvale say a special investigation team of about 500 officers has booked six people.'],
    ['Radio', '2022-11-04', 'About 200 police officers were deployed in Corvale on the night of the festival, a senior police official said.'],
  ]);
  const officers = factsOf(s, 'police officers');
  assert.equal(officers.length, 1);
  assert.deepEqual(officers[0]!.values.map((v) => v.value).sort(), [137, 200]);
  assert.equal(officers[0]!.consistent, false);
  const team = factsOf(s, 'special investigation team size');
  assert.equal(team.length, 1);
  assert.deepEqual(team[0]!.values.map((v) => v.value), [500]);
});

test('the team\'s own words are the ones after its determiner or name, and a harm verb before "a team of" counts the harmed', () => {
  // the 0–2 words before the team's noun are modifiers, never an article or a verb before it
  assert.equal(teamSize('the squad of ', ''), 'squad size');
  assert.equal(teamSize('The Foreign Office said the unit of ', ''), 'unit size');
  assert.equal(teamSize('officials said the rescue team of ', ''), 'rescue team size');
  // a team a harm or a rescue befell: its members are the harmed, not a team's size
  assert.equal(teamSize('An avalanche on Mount Corvale killed a team of ', ''), undefined);
  assert.equal(teamSize('Helicopters rescued a team of ', ''), undefined);
  // negative: a team sent or formed keeps its size whatever verb sent it
  assert.equal(teamSize('the country sent a medical contingent of ', ''), 'medical contingent size');
  assert.equal(teamSize('Police formed a special investigation team of ', ''), 'special investigation team size');
});

test('a team a harm verb befell counts into the death toll', () => {
  const s = story([
    ['Wire', '2024-03-04', 'An avalanche on Mount Corvale killed a team of five climbers on Monday, rescuers said.'],
    ['Daily', '2024-03-05', 'Five climbers were killed by an avalanche on Mount Corvale on Monday.'],
  ]);
  assert.equal(s.facts.filter((f) => /team size/.test(f.attribute)).length, 0);
  const toll = factsOf(s, 'death toll');
  assert.equal(toll.length, 1);
  // one reading of 5 that both reports give (the wire's is no longer lost to a team size)
  assert.deepEqual(toll[0]!.values.map((v) => v.value), [5]);
  assert.deepEqual(toll[0]!.values[0]!.sources.map((x) => x.outlet).sort(), ['Daily', 'Wire']);
});

test('bare "officers" are police officers only where the sentence\'s body is the police', () => {
  assert.equal(countedGroup('40 officers', 'The army said '), 'officers');
  assert.equal(countedGroup('12 officers'), 'officers');
  // the body nearest the count decides
  assert.equal(countedGroup('40 officers', 'Police said the army had deployed '), 'officers');
  assert.equal(countedGroup('40 officers', 'The army said police had deployed '), 'police officers');
  // negative: officers named with their body keep that name whatever the sentence says
  assert.equal(countedGroup('40 army officers', 'Police said '), 'army officers');
});

test('army officers and police officers of two reports are no contradiction', () => {
  const s = story([
    ['Wire', '2024-03-04', 'Floods hit Corvale on Monday. The army said 40 officers and 300 soldiers were deployed to Corvale.'],
    ['Daily', '2024-03-05', 'Floods hit Corvale on Monday. Police said 200 police officers were deployed to Corvale.'],
  ]);
  const police = factsOf(s, 'police officers');
  assert.equal(police.length, 1);
  assert.deepEqual(police[0]!.values.map((v) => v.value), [200]);
  assert.notEqual(police[0]!.consistent, false);
});

test('a team the sentence opens with is only sized by a count its formation verb takes "with"', () => {
  // the team met, worked or spoke with people: they are no members of it
  assert.equal(teamSize('', 'The investigation team, set up by the ministry in May, met with '), undefined);
  assert.equal(teamSize('', 'The rescue team, formed on Monday, worked alongside and with '), undefined);
  assert.equal(teamSize('', 'The special investigation team formed by the police has spoken with '), undefined);
  // negative: the formation verb's own "with", past its agent and time
  assert.equal(teamSize('', 'The special investigation team, launched by the Korean National Police Agency with some '), 'special investigation team size');
  assert.equal(teamSize('', 'The task force, set up in May with '), 'task force size');
});

test('a team that meets relatives has no size from them', () => {
  const s = story([['Wire', '2024-03-05', 'The investigation team, set up by the ministry in May, met with 12 relatives of the victims on Tuesday.']]);
  assert.equal(s.facts.filter((f) => /team size/.test(f.attribute)).length, 0);
});

test('the verbs that form a team are lexicon data', () => {
  const verbs = new RegExp(`^(?:${storyLexicon().teamFormationVerbs})$`);
  assert.ok(verbs.test('set up') && verbs.test('launched'));
  assert.ok(!verbs.test('met'));
});
