import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: backshifted states in reported speech still hold', () => {
  it('a condition predicate after "was/were" in a report', () => {
    assert.equal(statusOf('Police said roads were impassable.', 'roads were impassable'), 'ONGOING');
    assert.equal(statusOf('The company said its systems were back online.', 'systems were back online'), 'ONGOING');
    assert.equal(statusOf('The minister said the situation was tense.', 'situation was tense'), 'ONGOING');
    // negatives: a judgement of a finished event, the outlet's own narration, a direct quote keeping its tense
    assert.equal(statusOf('She said the attack was horrific.', 'attack was horrific'), 'PAST');
    assert.equal(statusOf('Roads were impassable on Tuesday.', 'Roads were impassable'), 'PAST');
    assert.equal(statusOf('"The roads were impassable," the driver said.', 'roads were impassable'), 'PAST');
  });
  it('a passive in progress when it was reported', () => {
    assert.equal(statusOf('The ministry said 200 people were being treated in hospital.', 'were being treated'), 'ONGOING');
    assert.equal(statusOf('He said the suspect was being held at a police station.', 'was being held'), 'ONGOING');
    // negative: a plain passive of an event
    assert.equal(statusOf('Police said the man was arrested at his home.', 'was arrested'), 'PAST');
  });
  it('a resulting state named by a passive participle in a report', () => {
    assert.equal(statusOf('The agency said the airport was closed.', 'airport was closed'), 'ONGOING');
    assert.equal(statusOf('Officials said the village was cut off by landslides.', 'was cut off'), 'ONGOING');
    assert.equal(statusOf('Officials said the hospitals were overwhelmed.', 'hospitals were overwhelmed'), 'ONGOING');
    // negatives: an event's participle, a state participle without its particle, and a written date before publication
    assert.equal(statusOf('The governor said the dam was damaged in the storm.', 'dam was damaged'), 'PAST');
    assert.equal(statusOf('Police said the cable was cut in two places.', 'cable was cut'), 'PAST');
    assert.equal(statusOf('The agency said the airport was closed on 2 March.', 'airport was closed'), 'PAST');
    assert.equal(statusOf('The engineer said the work was halted after a few months.', 'work was halted'), 'PAST');
  });
});

describe('status: a backshifted existential or predicate noun phrase of standing', () => {
  it('"said there was/were …" with no occurrence named still holds', () => {
    assert.equal(statusOf('He said there was no evidence of fraud.', 'no evidence of fraud'), 'ONGOING');
    assert.equal(statusOf('The minister said there were 300 troops in the area.', '300 troops'), 'ONGOING');
    assert.equal(statusOf('The UN said there was a shortage of medicine.', 'shortage of medicine'), 'ONGOING');
  });
  it('an occurrence, what it left, a dating phrase or a later event keep it past', () => {
    assert.equal(statusOf('Police said there was an explosion at the station.', 'explosion at the station'), 'PAST');
    assert.equal(statusOf('Stewards said there were no serious incidents.', 'no serious incidents'), 'PAST');
    assert.equal(statusOf('Officials said there were no casualties.', 'no casualties'), 'PAST');
    assert.equal(statusOf('The mayor said there was no damage to the bridge.', 'no damage'), 'PAST');
    assert.equal(statusOf('She said there was a crowd outside the court on Monday.', 'crowd outside'), 'PAST');
    assert.equal(statusOf('He said there was panic when the shooting started.', 'panic'), 'PAST');
    // the outlet's own narration and a direct quote keep their tense
    assert.equal(statusOf('There were 300 troops in the area.', '300 troops'), 'PAST');
    assert.equal(statusOf('"There was no evidence," he said.', 'no evidence'), 'PAST');
  });
  it('"said the man was a suspect" names a standing that still holds', () => {
    assert.equal(statusOf('Police said the man was a suspect in the killing.', 'was a suspect'), 'ONGOING');
    assert.equal(statusOf('She said the company was the largest employer in the region.', 'largest employer'), 'ONGOING');    // an event word modifying a person noun is no occurrence: only the head is tested
    assert.equal(statusOf('Police said the victim was a night watchman.', 'night watchman'), 'ONGOING');
    assert.equal(statusOf('Police said the victim was a day labourer.', 'day labourer'), 'ONGOING');
    assert.equal(statusOf('Police said the man was a protest leader.', 'protest leader'), 'ONGOING');
    assert.equal(statusOf('Police said the victim was a teacher.', 'teacher'), 'ONGOING');
  });
  it('a judged act, a pronoun or event as subject, a rank or a dating phrase keep it past', () => {
    assert.equal(statusOf('He said the decision was a mistake.', 'was a mistake'), 'PAST');
    assert.equal(statusOf('He said it was a mistake.', 'was a mistake'), 'PAST');
    assert.equal(statusOf('The coach said the win was a big step for the team.', 'big step'), 'PAST');
    assert.equal(statusOf('She said the attack was an act of terror.', 'act of terror'), 'PAST');
    assert.equal(statusOf('Police said the driver was the first to flee.', 'was the first'), 'PAST');
    assert.equal(statusOf('He said the ship was a total loss after the fire.', 'total loss'), 'PAST');
  });
});
