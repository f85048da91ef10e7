// A deadline granted ("gave them until Tuesday to leave") lies ahead of the granting, whatever its tense; a clock
// time between a moving verb's "until" and the day ("extended its deadline until 9 a.m. EST Tuesday") does not
// hide the verb. Sentences are our own; publication date pinned to a Monday.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './helpers.js';
import { deadlineAhead } from '../../../src/nlp/time/deadline.js';
import { CLOCK_AT_LEAD, CLOCK_LEAD } from '../../../src/nlp/time/text-util.js';

const MON = '2023-09-11';

describe('time: a granted deadline looks ahead', () => {
  it('reads the weekday ahead after a granting word, "until" and an infinitive', () => {
    check(MON, [
      ['Officials have given the residents until 9 a.m. Tuesday to leave.', '9 a.m. Tuesday', '2023-09-12T09:00', 'TIME'],
      ['He was given until Friday to respond.', 'Friday', '2023-09-15', 'DATE'],
      ['The residents had until Friday to leave, officials said.', 'Friday', '2023-09-15', 'DATE'],
      ['Residents have only until Friday to register.', 'Friday', '2023-09-15', 'DATE'],
      ['The court gave the government until Friday to be ready.', 'Friday', '2023-09-15', 'DATE'],
    ]);
  });
  it('a moving verb reaches the day across a clock time and its zone', () => {
    check(MON, [
      ['The agency extended its deadline until 9 a.m. EST Tuesday.', '9 a.m. EST Tuesday', '2023-09-12T09:00', 'TIME'],
      ['The vote was postponed to 3 p.m. Wednesday.', '3 p.m. Wednesday', '2023-09-13T15:00', 'TIME'],
    ]);
  });
  it('no granting word, no infinitive, or a verb between "had" and "until": the told past stays (negatives)', () => {
    check(MON, [
      ['He stayed until Friday to help.', 'Friday', '2023-09-08', 'DATE'],
      ['The protest lasted until Friday to the dismay of residents.', 'Friday', '2023-09-08', 'DATE'],
      ['They had worked until Friday to finish the report.', 'Friday', '2023-09-08', 'DATE'],
      ['He was given until Friday.', 'Friday', '2023-09-08', 'DATE'],
    ]);
    const t = 'They were given until Friday to the end.';
    assert.equal(deadlineAhead(t, t.indexOf('Friday'), t.indexOf('Friday') + 6), false);
    const u = 'They were given until Friday to leave.';
    assert.equal(deadlineAhead(u, u.indexOf('Friday'), u.indexOf('Friday') + 6), true);
  });
  it('a bare number is no clock time, a comma or "given the" is no grant, a told outcome closes it (review probes)', () => {
    const PUB = '2026-03-12';
    check(PUB, [
      ['Verstappen extended his lead to 12 on Sunday after winning in Melbourne.', 'Sunday', '2026-03-08', 'DATE'],
      ['Hamas was given until Friday to respond, but rejected the proposal on Saturday.', 'Friday', '2026-03-06', 'DATE'],
      ['He stayed in the city, given the danger, until Friday to help his parents.', 'Friday', '2026-03-06', 'DATE'],
      // still a deadline ahead
      ['Hamas was given until Friday to respond to the proposal.', 'Friday', '2026-03-13', 'DATE'],
    ]);
    for (const t of ['Hamas was given until Friday to respond, but rejected the proposal on Saturday.', 'He stayed in the city, given the danger, until Friday to help his parents.', 'They were given until Friday to leave but ignored the order.']) {
      assert.equal(deadlineAhead(t, t.indexOf('Friday'), t.indexOf('Friday') + 6), false, t);
    }
    // one clock helper: a.m./p.m., a colon or midnight/noon; zones upper case only
    assert.equal('extended his lead to 12 on '.replace(CLOCK_LEAD, ''), 'extended his lead to 12 on ');
    assert.equal('gave them until 9 a.m. EST on '.replace(CLOCK_LEAD, ''), 'gave them until ');
    assert.equal('until 21:30 '.replace(CLOCK_LEAD, ''), 'until ');
    assert.equal('until noon '.replace(CLOCK_LEAD, ''), 'until ');
    assert.equal('until 9 est '.replace(CLOCK_LEAD, ''), 'until 9 est ');
    assert.equal('kick-off is at 3pm on '.replace(CLOCK_AT_LEAD, ''), 'kick-off is on ');
    assert.equal('the score is 12 on '.replace(CLOCK_AT_LEAD, ''), 'the score is 12 on ');
  });
});
