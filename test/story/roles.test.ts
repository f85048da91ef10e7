import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fx } from '../store/fixtures.js';
import { attributeOf, buildStory, type StoryDoc } from '../../src/story/build.js';
import { measuredNoun, roleOf, vehicleCue } from '../../src/story/roles.js';
import { interval, intersects, judgeQuantities } from '../../src/story/values.js';
import type { Analysis } from '../../src/core/types.js';

const sd = (a: Analysis): StoryDoc => ({ a, row: { id: a.document.id, outlet: a.document.outlet, publishedAt: a.document.publishedAt } });
const at = (text: string, needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });

test('a head count by role: its counted noun, or a collective before it', () => {
  assert.deepEqual(roleOf({ unit: 'person', text: '31 crew members' }, 'said all '), { attribute: 'crew', owner: 'vehicle' });
  assert.deepEqual(roleOf({ unit: 'person', text: 'nine road workers' }, 'for '), { attribute: 'workers', owner: 'site' });
  // "a crew of five clearing drains": the collective decides, whatever noun the figure took
  assert.deepEqual(roleOf({ unit: 'drain', text: 'five clearing drains' }, 'were part of a crew of '), { attribute: 'crew', owner: 'vehicle' });
  assert.deepEqual(roleOf({ unit: 'person', text: '300' }, 'the hospital, with a staff of '), { attribute: 'staff', owner: 'org' });
  // negative: other people, and a role word that is no head count
  assert.equal(roleOf({ unit: 'person', text: 'two pilots' }, 'including '), undefined);
  assert.equal(roleOf({ unit: 'person', text: '64 people' }, ''), undefined);
  assert.equal(roleOf({ unit: 'drain', text: 'five drains' }, 'the end of '), undefined);
});

test('the words around a name can say it is a vehicle', () => {
  const t = 'Nine sailors were on board the Meridian. The bow of the Corvina was torn. The bulk carrier Alba sank. The Tarn, a cargo ship, left. Ivo lives in Sorrel. The captain of Everton spoke. The deck of the Marrow Bridge cracked.';
  for (const n of ['Meridian', 'Corvina', 'Alba', 'Tarn']) assert.ok(vehicleCue(t, at(t, n)), n);
  // negative: a town, a club with a captain, a bridge with a deck
  for (const n of ['Sorrel', 'Everton', 'Marrow Bridge']) assert.ok(!vehicleCue(t, at(t, n)), n);
});

test('what a size measures: a measure before a noun, or a description set off by a comma', () => {
  assert.deepEqual(measuredNoun('2.3-mile', ' tunnel opened in 1990', 'The '), { noun: 'tunnel', dimension: 'length', prenominal: true });
  assert.deepEqual(measuredNoun('2.3-mile', ' Elling Bridge reopened', 'the '), { noun: 'bridge', dimension: 'length', prenominal: true, named: true });
  assert.deepEqual(measuredNoun('40 feet', ' deep', 'Engineers said the harbour channel, '), { noun: 'channel', prenominal: false });
  assert.deepEqual(measuredNoun('900 feet', ' wide', 'Engineers said the channel, 40 feet deep and '), { noun: 'channel', prenominal: false });
  assert.deepEqual(measuredNoun('800 mm', ' pipes were pushed in', 'Rescuers said '), { noun: 'pipes', dimension: 'diameter', prenominal: true });
  assert.deepEqual(measuredNoun('800 millimetres', '.', 'using pipes with a diameter of '), { noun: 'pipes', prenominal: false });
  assert.equal(measuredNoun('22 metres', ' through the rubble', 'Rescuers have drilled '), undefined);
  // negative: a name before the comma is for the entity search; a journey measures nothing
  assert.equal(measuredNoun('300 metres', ' long', 'The Meridian, '), undefined);
  assert.equal(measuredNoun('3 miles', ' down the river', 'Tugs moved the ship about '), undefined);
  assert.equal(measuredNoun('2.3-mile', ' walk', 'a '), undefined);
});

test('head counts: bodies found, people searched for, accounted for, in the water, by role', () => {
  assert.equal(attributeOf({ unit: 'person', text: 'three miners' }, ' from the flooded shaft', 'Rescuers recovered the bodies of '), 'bodies recovered');
  assert.equal(attributeOf({ unit: 'person', text: 'four bodies' }, ' were found in the mud', ''), 'bodies recovered');
  assert.equal(attributeOf({ unit: 'person', text: 'nine workers' }, ' who were on the dam', 'Police called off the search on Monday for '), 'missing');
  assert.equal(attributeOf({ unit: 'person', text: '140 people' }, ' had been accounted for', 'She said '), 'accounted for');
  assert.equal(attributeOf({ unit: 'person', text: '30 people' }, ' may have fallen into the river', 'as many as '), 'in the water');
  const crew = { unit: 'person', text: '31 crew members' };
  assert.equal(attributeOf(crew, ' remained on board', 'The ship\'s ', roleOf(crew, 'The ship\'s ')), 'crew');
  assert.equal(attributeOf(crew, ' remained on board', 'The ship\'s '), undefined);
  // negative: a toll with bodies but no finding is still the toll; the unaccounted are missing; a cue beats the role
  assert.equal(attributeOf({ unit: 'person', text: '12 bodies' }, ' lay in the morgue', ''), 'death toll');
  assert.equal(attributeOf({ unit: 'person', text: '99 people' }, ' were unaccounted for', ''), 'missing');
  assert.equal(attributeOf({ unit: 'person', text: 'Six workers' }, ' presumed dead', ''), 'death toll');
  assert.equal(attributeOf({ unit: 'person', text: 'two people' }, ' from the water', 'divers pulled '), 'rescued');
  // a size word has to touch the measure: 'on the high tide' is no height
  assert.equal(attributeOf({ unit: 'mi', text: '3 miles' }, ' on the high tide', 'Tugs moved the ship about '), 'distance');
  assert.equal(attributeOf({ unit: 'ft', text: '40 feet' }, ' of water', 'in about '), 'depth');
});

test('two integers a unit apart do not overlap: rounding intervals are open', () => {
  assert.ok(!intersects(interval(21), interval(22)));
  assert.ok(intersects(interval(2000), interval(2050)));
  assert.ok(intersects(interval(0), interval(0)));
  // a crew of 31 and one of 30 on one day cannot both be right; on two days they are two counts
  const r = (value: number, asOf: string, doc: string) => ({ value, unit: 'person', asOf, doc, label: String(value) });
  assert.equal(judgeQuantities('crew', [r(31, '2025-02-03', 'a'), r(32, '2025-02-03', 'b')]).consistent, false);
  assert.equal(judgeQuantities('crew', [r(31, '2025-02-03', 'a'), r(32, '2025-02-04', 'b')]).consistent, true);
});

test('a crew count belongs to the vessel the reports put people on board, even one typed as a place; head counts stay with the place', () => {
  const HARB = { name: 'Port Elling', type: 'GPE' as const, geo: [51.5, -3.2] as [number, number] };
  const SHIP = { name: 'Meridian', type: 'GPE' as const };
  const a = fx({ text: 'In Port Elling the Meridian hit the pier. Its operator said all 31 crew members on the vessel were safe and 4 people were rescued in Port Elling.', publishedAt: '2025-02-03', outlet: 'A',
    entities: [HARB, SHIP], quantities: [{ text: '31 crew members', value: 31, unit: 'person' }, { text: '4 people', value: 4, unit: 'person' }] });
  const b = fx({ text: 'The ship\'s 32 crew members stayed on board the Meridian, in Port Elling.', publishedAt: '2025-02-03', outlet: 'B',
    entities: [SHIP, HARB], quantities: [{ text: '32 crew members', value: 32, unit: 'person' }] });
  const c = fx({ text: 'In Port Elling the 2.3-mile Elling Bridge reopened; the Meridian, 300 metres long, was towed away.', publishedAt: '2025-02-09', outlet: 'C',
    entities: [HARB, { name: 'Elling Bridge', type: 'FAC' }, SHIP], quantities: [{ text: '2.3-mile', value: 2.3, unit: 'mi' }, { text: '300 metres', value: 300, unit: 'm' }] });
  const s = buildStory('s', [sd(a), sd(b), sd(c)]);
  const show = s.facts.filter((f) => f.kind === 'quantity').map((f) => `${f.subject}|${f.attribute}|${f.values.map((v) => v.value).join(',')}|${f.consistent}`);
  assert.ok(show.includes('Meridian|crew|31,32|false'), show.join('; '));
  assert.ok(show.includes('Port Elling|rescued|4|true'), show.join('; '));
  assert.ok(show.includes('Elling Bridge|length|2.3|true'), show.join('; '));
  assert.ok(show.includes('Meridian|length|300|true'), show.join('; '));
  // negative: without anything calling it a vessel, the name is a place like any other, and no crew goes to it
  const d = fx({ text: 'Meridian said all 31 crew members were safe.', publishedAt: '2025-02-03', outlet: 'D', entities: [{ name: 'Meridian', type: 'ORG' }], quantities: [{ text: '31 crew members', value: 31, unit: 'person' }] });
  assert.ok(!buildStory('t', [sd(d)]).facts.some((f) => f.subject === 'Meridian'), JSON.stringify(buildStory('t', [sd(d)]).facts.map((f) => f.subject)));
});

test('a force is counted for the country whose force it is: a demonym in the count, else the place that has it', () => {
  assert.deepEqual(roleOf({ unit: 'person', text: 'some 600 Dutch soldiers' }, ''), { attribute: 'troops', owner: 'country' });
  assert.deepEqual(roleOf({ unit: 'person', text: '2,000 peacekeepers' }, ''), { attribute: 'troops', owner: 'country' });
  const DUTCH = { name: 'Netherlands', type: 'GPE' as const, iso: 'NL' };
  const MALI = { name: 'Mali', type: 'GPE' as const, iso: 'ML' };
  const NOR = { name: 'Norway', type: 'GPE' as const, iso: 'NO' };
  const t1 = 'Mali hosts some 600 Dutch soldiers. Norway keeps 200 troops in Mali.';
  const a = fx({ text: t1, publishedAt: '2024-02-01', outlet: 'A', entities: [DUTCH, MALI, NOR],
    quantities: [{ text: 'some 600 Dutch soldiers', value: 600, unit: 'person' }, { text: '200 troops', value: 200, unit: 'person' }] });
  // the demonym "Dutch" is the Netherlands' mention
  a.entities![0].mentions = [at(t1, 'Dutch')].map((o) => ({ ...o, text: 'Dutch' }));
  a.entities![1].mentions = [at(t1, 'Mali'), { start: t1.lastIndexOf('Mali'), end: t1.lastIndexOf('Mali') + 4 }].map((o) => ({ ...o, text: 'Mali' }));
  const facts = buildStory('s', [sd(a)]).facts.map((f) => `${f.subject}|${f.attribute}|${f.values.map((v) => v.value).join(',')}`);
  assert.ok(facts.includes('Netherlands|troops|600'), facts.join('; '));
  assert.ok(facts.includes('Norway|troops|200'), facts.join('; '));
  // negative: the host, and the place the troops are in, get no count of troops
  assert.ok(!facts.some((f) => f.startsWith('Mali|troops')), facts.join('; '));
  // negative: soldiers killed are a death toll, not a force
  assert.equal(attributeOf({ unit: 'person', text: 'four soldiers' }, ' were killed', '', roleOf({ unit: 'person', text: 'four soldiers' }, '')), 'death toll');
});

test('the group a head count names, and the whole a part of it is taken from', async () => {
  const { countedGroup, partOf } = await import('../../src/story/build.js');
  assert.equal(countedGroup('26 foreign nationals'), 'foreigners', 'one name for a group named two ways');
  assert.equal(countedGroup('26 foreign students'), 'foreign students');
  assert.equal(countedGroup('72 Germans'), 'Germans');
  assert.equal(countedGroup('at least twenty-six women'), 'women');
  // negative: people, bare numbers, a name after a number
  assert.equal(countedGroup('64 people'), undefined);
  assert.equal(countedGroup('19'), undefined);
  assert.equal(countedGroup('3 Lufthansa'), undefined);
  assert.equal(partOf({ text: '19 foreigners' }, '', 'Among the dead were '), 'foreigners among the dead');
  assert.equal(partOf({ text: '26 foreigners' }, '', ' including ', 'The toll stood at 156, including '), 'foreigners among the dead');
  assert.equal(partOf({ text: '26' }, ' of the dead were foreigners', ''), 'foreigners among the dead');
  assert.equal(partOf({ text: '33' }, ' were in serious condition', '', 'Of the 149 injured, '), null, 'a part that names no group');
  assert.equal(partOf({ text: '8 children' }, '', ' including ', 'The crowd, including '), 'children');
  // negative: no part
  assert.equal(partOf({ text: '35 people' }, ' died', 'said ', 'Officials, including the mayor, said '), undefined);
  assert.equal(partOf({ text: '19 foreigners' }, ' were injured', 'Police said '), undefined);
});
