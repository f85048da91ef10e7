// A person held (passive, also perfect "has been held" and with a pronoun subject) is detained: ARREST; talks,
// elections or assets held, and a person held responsible or hostage, are not. A visit whose object is an unnamed
// local place ("visited the site", "the collapsed tunnel", "a visit to the disaster area") is travel, like a visit
// to a named town; a visit to a person, with a partner, or to a country stays a meeting. Sentences written for
// these tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, makeDoc, type EntSpec } from './helpers.js';

const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });

test('a person held is detained (passive, perfect, pronoun subject); talks, assets, "held responsible" are not', () => {
  const rel = eventsOf('The army accused rivals of plotting to free President Ali Musa, who has been held since July 26.', [person('Ali Musa')]);
  const arrest = rel.evs.find((e) => e.type === 'ARREST');
  assert.deepEqual(arrest && argNames(rel.doc, arrest).patient, ['Ali Musa']);
  const byPolice = eventsOf('Ali Musa was held by soldiers in the capital.', [person('Ali Musa')]);
  assert.ok(byPolice.evs.some((e) => e.type === 'ARREST'));
  assert.ok(types('His party said he was still being held at his residence.').includes('ARREST'));
  for (const [text, ents] of [
    ['Talks were held in Geneva on Monday.', [{ name: 'Geneva', type: 'GPE' }]],
    ['Ali Musa held talks with the minister.', [person('Ali Musa')]],
    ['Assets held in the banks were frozen.', []],
    ['Ali Musa was held responsible for the losses.', [person('Ali Musa')]],
    ['Ali Musa was held hostage for three weeks.', [person('Ali Musa')]],
    ['The election was held on Sunday.', []],
  ] as [string, EntSpec[]][]) assert.ok(!types(text, ents).includes('ARREST'), text);
});

test('the perfect and pronoun passives also serve the other person-passive readings ("he has been fired")', () => {
  assert.ok(types('He has been fired by the club.').includes('DISMISS'));
  assert.ok(!types('Shots have been fired near the school.').includes('DISMISS'));
});

test('a visit to an unnamed site is travel; a visit to a person, with a partner or to a country is a meeting', () => {
  const site = eventsOf('Governor Ann Lee visited the site this afternoon.', [person('Ann Lee')]);
  const trip = site.evs.find((e) => e.type === 'TRAVEL');
  assert.deepEqual(trip && argNames(site.doc, trip).agent, ['Ann Lee']);
  assert.ok(types('Ann Lee had visited the collapsed tunnel last Sunday.', [person('Ann Lee')]).includes('TRAVEL'));
  assert.ok(types("Ann Lee's visit to the disaster area drew crowds.", [person('Ann Lee')]).includes('TRAVEL'));
  for (const [text, ents] of [
    ['Ann Lee visited the site with Tom Ray.', [person('Ann Lee'), person('Tom Ray')]],
    ['Ann Lee visited Tom Ray at the hospital.', [person('Ann Lee'), person('Tom Ray')]],
    ['Ann Lee visited wounded soldiers in the hospital.', [person('Ann Lee')]],
  ] as [string, EntSpec[]][]) {
    const ts = types(text, ents);
    assert.ok(ts.includes('MEET') && !ts.includes('TRAVEL'), `${text}: ${ts.join(',')}`);
  }
  // a visit to a country is a meeting between parties and also the visitor's journey there
  const ts = types('Ann Lee visited Russia last week.', [person('Ann Lee'), { name: 'Russia', type: 'GPE' }]);
  assert.ok(ts.includes('MEET') && ts.includes('TRAVEL'), ts.join(','));
});
