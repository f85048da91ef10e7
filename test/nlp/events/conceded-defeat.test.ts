// Issue #6: "won praise" is no win and "earned praise" no earnings (the praise is the event); "conceded defeat to X",
// "admitted defeat" is a loss of the subject, no win of theirs (data/lexicon/events-triggers.tsv). Sentences written for
// these tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argNames, eventsOf, type EntSpec } from './helpers.js';

const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const gpe = (name: string): EntSpec => ({ name, type: 'GPE' });

/** The arguments by role of the events of `type` in `text`. */
function rolesOf(text: string, ents: EntSpec[], type: string): Array<Record<string, string[]>> {
  const { doc, evs } = eventsOf(text, ents);
  return evs.filter((e) => e.type === type).map((e) => argNames(doc, e));
}

test('praise won or earned is no win and no earnings; a prize won stays an award and a win, profits earned earnings', () => {
  const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
  const won = types('Aron Malik won praise from residents for the plan.', [person('Aron Malik')]);
  assert.ok(won.includes('PRAISE') && !won.includes('WIN'), won.join(','));
  const earned = types('The rescuers earned widespread praise for their courage.');
  assert.ok(earned.includes('PRAISE') && !earned.includes('EARNINGS'), earned.join(','));
  assert.ok(types('Aron Malik won the prize in Oslo.', [person('Aron Malik')]).includes('WIN'));
  assert.ok(types('Freedonia won against Sylvania.', [gpe('Freedonia'), gpe('Sylvania')]).includes('WIN'));
  assert.ok(types('The bank earned $2 billion in the quarter.').includes('EARNINGS'));
});

test('defeat conceded or admitted is a loss of the subject, no win; a defeat inflicted stays a win', () => {
  const ents = [person('Aron Malik'), person('Jonas Feld')];
  const { evs } = eventsOf('Aron Malik conceded defeat to Jonas Feld on Sunday night.', ents);
  const t = evs.map((e) => e.type);
  assert.ok(t.includes('LOSS') && !t.includes('WIN'), t.join(','));
  assert.deepEqual(rolesOf('Aron Malik conceded defeat to Jonas Feld on Sunday night.', ents, 'LOSS'), [{ agent: ['Aron Malik'], patient: ['Jonas Feld'] }]);
  const admitted = eventsOf('Aron Malik admitted defeat late on Sunday.', ents).evs.map((e) => e.type);
  assert.ok(admitted.includes('LOSS') && !admitted.includes('WIN'), admitted.join(','));
  // in an election the election reading holds, with its loss
  const el = eventsOf('Aron Malik conceded defeat in the presidential election.', ents).evs.map((e) => e.type);
  assert.ok(el.includes('ELECTION') && el.includes('LOSS') && !el.includes('WIN'), el.join(','));
  // a defeat inflicted: "defeated" and "the defeat of" stay a win
  const beat = eventsOf('Freedonia defeated Sylvania in the final.', [gpe('Freedonia'), gpe('Sylvania')]).evs.map((e) => e.type);
  assert.ok(beat.includes('WIN'), beat.join(','));
  const of = eventsOf('The defeat of Sylvania in 1945 ended the war.', [gpe('Sylvania')]).evs.map((e) => e.type);
  assert.ok(of.includes('WIN'), of.join(','));
});

test('a long run of "conceded defeat" stays fast', () => {
  const t0 = Date.now();
  eventsOf('Aron Malik conceded defeat and won praise. '.repeat(5000), [person('Aron Malik')]);
  eventsOf('conceded '.repeat(10000) + 'defeat.', []);
  assert.ok(Date.now() - t0 < 20000, `${Date.now() - t0} ms`);
});
