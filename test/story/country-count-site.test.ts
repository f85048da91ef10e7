// A head count a report puts at the country ("a mining dam collapsed in south-eastern Brazil … 292 people were
// listed as missing") is the count of the story's main site when the story counts that attribute at no other
// site of the country; two same-day counts that differ are then a conflict, not two facts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf, story } from './helpers.js';

const A = 'A tailings dam collapsed at an iron ore mine near Brumadinho on Friday. Firefighters in Brumadinho said on Monday that 279 people were missing.';
const B = 'A mining dam collapsed in south-eastern Brazil on Friday, burying workers under mud. Officials said on Monday that 292 people were listed as missing.';
const vals = (s: ReturnType<typeof story>, attr: string) => factsOf(s, attr).map((f) => [f.subject, f.values.map((v) => Number(v.value)).sort((x, y) => x - y), f.consistent]);

test("the country's count of the missing is the main site's, and two same-day counts conflict", () => {
  const s = story([['AAA', '2019-01-28', A], ['BBB', '2019-01-28', B]]);
  assert.deepEqual(vals(s, 'missing'), [['Brumadinho', [279, 292], false]]);
});

test('negative: with a second site counted in the country, the country count stays apart', () => {
  const s = story([['AAA', '2019-01-28', A], ['BBB', '2019-01-28', B], ['CCC', '2019-01-28', 'In Mariana, rescuers said on Monday that 12 people were missing after a second dam failed in Mariana.']]);
  const m = vals(s, 'missing');
  assert.ok(m.some(([subj, v]) => subj === 'Brazil' && JSON.stringify(v) === '[292]'), JSON.stringify(m));
  assert.ok(m.some(([subj, v]) => subj === 'Brumadinho' && JSON.stringify(v) === '[279]'), JSON.stringify(m));
});

test("negative: a country's toll that disagrees with the site's on the same day is not moved to the site", () => {
  const s = story([
    ['AAA', '2019-01-28', 'A tailings dam collapsed at an iron ore mine near Brumadinho on Friday. Firefighters in Brumadinho said on Monday that 60 people had died.'],
    ['BBB', '2019-01-28', 'A mining dam collapsed in south-eastern Brazil on Friday. Officials said on Monday that 65 people had died.'],
  ]);
  const t = vals(s, 'death toll');
  assert.ok(t.some(([subj, v]) => subj === 'Brazil' && JSON.stringify(v) === '[65]'), JSON.stringify(t));
  assert.ok(t.some(([subj, v]) => subj === 'Brumadinho' && JSON.stringify(v) === '[60]'), 'the site keeps its own toll alone: ' + JSON.stringify(t));
});

test('negative: a count its own sentence puts in the country, of another event, stays the country\'s', () => {
  const s = story([
    ['AAA', '2019-01-28', 'A tailings dam collapsed at an iron ore mine near Brumadinho on Friday. In Brumadinho, 400 people were displaced by the mud, firefighters said on Monday.'],
    ['BBB', '2019-01-28', 'A mining dam collapsed in south-eastern Brazil on Friday. Separately, officials said on Monday that floods in Brazil had displaced 40,000 people this month.'],
  ]);
  const d = vals(s, 'displaced');
  assert.ok(!d.some(([subj, v]) => subj === 'Brumadinho' && (v as number[]).includes(40000)), JSON.stringify(d));
  assert.ok(d.some(([subj, v]) => subj === 'Brumadinho' && JSON.stringify(v) === '[400]'), JSON.stringify(d));
});

test('countedInClauseNaming: a whole name in the clause of a figure in digits', async () => {
  const { countedInClauseNaming: c } = await import('../../src/story/build.js');
  assert.equal(c('Separately, officials said on Monday that floods in Brazil had displaced 40,000 people this month.', ['Brazil']), true);
  assert.equal(c('One week after a mining dam collapsed in south-eastern Brazil, the confirmed death toll had risen to 110 by Thursday night, and officials said 238 people were still missing.', ['Brazil']), false, 'the country places the event, in another clause');
  assert.equal(c('BRUMADINHO, Brazil (AFP) - 292 people were still missing on Monday.', ['Brazil']), false, 'a dateline');
  assert.equal(c('Brazilian officials said 292 people were missing.', ['Brazil']), false, 'a longer word');
  assert.equal(c('Officials said 292 people were listed as missing.', ['Brazil']), false);
  assert.equal(c(undefined, ['Brazil']), false);
});

// A toll (a count that only grows) put at the country joins the main site's where, put together, the readings
// still tell one count rising over the days; one that would contradict the site's stays the country's own figure.
const SITE = (n: number, day: string) => `A tailings dam collapsed at an iron ore mine near Brumadinho on Friday. Firefighters in Brumadinho said on ${day} that ${n} people had died.`;
const LAND = (n: number, day: string) => `A mining dam collapsed in south-eastern Brazil on Friday. Officials said on ${day} that ${n} people had died.`;

test("a country's toll that the site's later toll rises from is the site's toll", () => {
  const s = story([['BBB', '2019-01-27', LAND(34, 'Sunday')], ['AAA', '2019-01-28', SITE(60, 'Monday')]]);
  assert.deepEqual(vals(s, 'death toll'), [['Brumadinho', [34, 60], true]]);
});

test("a country's toll that rises above the site's earlier toll is the site's toll", () => {
  const s = story([['AAA', '2019-01-27', SITE(34, 'Sunday')], ['BBB', '2019-01-28', LAND(60, 'Monday')]]);
  assert.deepEqual(vals(s, 'death toll'), [['Brumadinho', [34, 60], true]]);
});

test("negative: a country's toll below the site's earlier toll stays the country's (it would make the count fall)", () => {
  const s = story([['AAA', '2019-01-26', SITE(301, 'Saturday')], ['BBB', '2019-01-28', LAND(284, 'Monday')]]);
  const t = vals(s, 'death toll');
  assert.ok(t.some(([subj, v]) => subj === 'Brazil' && JSON.stringify(v) === '[284]'), JSON.stringify(t));
  assert.ok(t.some(([subj, v]) => subj === 'Brumadinho' && JSON.stringify(v) === '[301]'), JSON.stringify(t));
});

test('seriesHolds: a rising count holds, a falling one or a same-day disagreement does not; linear on long input', async () => {
  const { seriesHolds } = await import('../../src/story/build.js');
  const r = (value: number, asOf: string, mod?: string) => ({ vk: `${value}`, src: {} as never, value, unit: 'person', asOf, label: String(value), ...(mod ? { mod } : {}) });
  assert.equal(seriesHolds('death toll', [r(34, '2019-01-26'), r(60, '2019-01-28')]), true);
  assert.equal(seriesHolds('death toll', [r(301, '2019-01-26'), r(284, '2019-01-28')]), false);
  assert.equal(seriesHolds('death toll', [r(60, '2019-01-28'), r(65, '2019-01-28')]), false);
  assert.equal(seriesHolds('death toll', [r(60, '2019-01-28')]), true);
  // 1,000 readings rising a day at a time (splitPhases, which it calls, compares each day with the readings after it)
  const many = Array.from({ length: 1000 }, (_, i) => r(i + 1, new Date(Date.UTC(2000, 0, 1) + i * 86400000).toISOString().slice(0, 10)));
  const t0 = performance.now();
  assert.equal(seriesHolds('death toll', many), true);
  assert.ok(performance.now() - t0 < 2000, 'fast enough');
});

test("negative: a country's toll of another event over a period ('killed by dengue this year') stays the country's, though its numbers rise past the site's", () => {
  const BR = (n: number, day: string) => `The death toll from the dam collapse in Brumadinho rose to ${n} on ${day}, officials said.`;
  for (const third of [
    'The dam collapse in Brumadinho is the latest disaster for Brazil. Across Brazil, 700 people were killed by dengue this year, the ministry said on Monday.',
    'The dam collapse in Brumadinho is the latest disaster for Brazil, where dengue fever killed 700 people this year, the ministry said on Monday.',
    'The dam collapse in Brumadinho is the latest disaster for Brazil. More than 700 people have died in floods in Brazil since 2010, the ministry said on Monday.',
  ]) {
    const s = story([['AAA', '2019-01-26', BR(34, 'Saturday')], ['BBB', '2019-01-27', BR(58, 'Sunday')], ['CCC', '2019-01-28', third]]);
    const t = vals(s, 'death toll');
    assert.ok(t.some(([subj, v, ok]) => subj === 'Brumadinho' && JSON.stringify(v) === '[34,58]' && ok), third + ' ' + JSON.stringify(t));
  }
});

test('periodCount: a period in the sentence ("this year", "since 1941", "a year"), not a day or a week; linear on long input', async () => {
  const { periodCount } = await import('../../src/story/build.js');
  assert.equal(periodCount('Across Brazil, 700 people were killed by dengue this year.'), true);
  assert.equal(periodCount('More than 3,000 workers have died in Turkish mines since 1941.'), true);
  assert.equal(periodCount('Floods kill about 200 people a year in the country.'), true);
  assert.equal(periodCount('The death toll rose to at least 60, the Minas Gerais fire department said.'), false);
  assert.equal(periodCount('One week after a mining dam collapsed in south-eastern Brazil, the toll had risen to 110 by Thursday night.'), false);
  assert.equal(periodCount(undefined), false);
  const t0 = performance.now();
  periodCount(' '.repeat(1_000_000) + 'x');
  periodCount('since '.repeat(10_000));
  assert.ok(performance.now() - t0 < 2000, 'linear');
});

// A country's toll whose sentence gives a cause that is an event of its own (a disease, another hazard), one nothing
// else in the story's reports names, is that event's figure, even with no period word ("killed by dengue").
test("negative: a country's toll of another event with no period word ('killed by dengue') stays the country's", () => {
  const BR = (n: number, day: string) => `The death toll from the dam collapse in Brumadinho rose to ${n} on ${day}, officials said.`;
  for (const third of [
    'The dam collapse in Brumadinho is the latest disaster for Brazil. Across Brazil, 700 people were killed by dengue, the ministry said on Monday.',
    'The dam collapse in Brumadinho is the latest disaster for Brazil, where dengue fever killed 700 people, the ministry said on Monday.',
    'The dam collapse in Brumadinho is the latest disaster for Brazil. More than 700 people died of cholera in Brazil, the ministry said on Monday.',
  ]) {
    const s = story([['AAA', '2019-01-26', BR(34, 'Saturday')], ['BBB', '2019-01-27', BR(58, 'Sunday')], ['CCC', '2019-01-28', third]]);
    const t = vals(s, 'death toll');
    assert.ok(t.some(([subj, v, ok]) => subj === 'Brumadinho' && JSON.stringify(v) === '[34,58]' && ok), third + ' ' + JSON.stringify(t));
  }
});

test("negative: a country's toll whose cause the story itself names (its floods) still joins the site's", () => {
  const s = story([
    ['AAA', '2019-01-26', 'Floods swept through Derna on Saturday. Officials in Derna said on Saturday that the floods killed 34 people.'],
    ['BBB', '2019-01-27', 'Floods swept through eastern Libya on Saturday. Officials said on Sunday that the floods had killed 58 people.'],
  ]);
  const t = vals(s, 'death toll');
  assert.ok(t.some(([subj, v, ok]) => subj === 'Derna' && JSON.stringify(v) === '[34,58]' && ok), JSON.stringify(t));
});

test('otherCauseToll: a listed cause nothing else names; the story\'s own cause, an unlisted one or none is not; linear', async () => {
  const { otherCauseToll: o } = await import('../../src/story/build.js');
  assert.equal(o('Across Brazil, 700 people were killed by dengue.', 'A dam collapsed in Brumadinho.'), true);
  assert.equal(o('Dengue fever has killed 700 people in Brazil.', 'A dam collapsed in Brumadinho.'), true);
  assert.equal(o('700 people died of cholera in Brazil.', 'A dam collapsed.'), true);
  assert.equal(o('Floods killed 58 people in Libya.', 'Floods in Derna killed 34.'), false, 'the story names its floods');
  assert.equal(o('Flooding killed 58 people in Libya.', 'The floods hit Derna.'), false, 'another form of the same word');
  assert.equal(o('Landslides killed 58 people in Nepal.', 'A landslide buried the village.'), false, 'plural and singular');
  assert.equal(o('Clashes have killed 40 people in the country.', 'A dam collapsed.'), true, 'a plural in -es');
  assert.equal(o('The collapse killed 65 people in Brazil.', 'A dam collapsed.'), false, 'not a listed cause');
  assert.equal(o('65 people were killed by the mud in Brazil.', ''), false, 'the mud is no event of its own');
  assert.equal(o('Officials said 65 people had died.', ''), false);
  assert.equal(o(undefined, ''), false);
  assert.equal(o('700 people were killed by severe flooding across Brazil.', 'A dam collapsed.'), true, 'a later word of the window');
  assert.equal(o('Ten people died from complications of dengue.', 'A dam collapsed.'), true, 'the third word');
  assert.equal(o('700 people were killed by severe flooding across Brazil.', 'Floods hit the town.'), false, 'the story\'s own floods');
  assert.equal(o('Ten people were killed by falling rocks in the mine shaft near dengue.', 'x'), false, 'a fourth word is outside the window');
  assert.equal(o('More than 700 people died of COVID-19 in Brazil.', 'A dam collapsed.'), true, 'a disease with a number');
  assert.equal(o('More than 700 people died of COVID-19 in Brazil.', 'Covid rules were eased.'), false, 'the story names it');
  assert.equal(o('Flu killed 700 people in Brazil.', 'Drilling fluid leaked from the dam.'), true, '"fluid" is no flu');
  assert.equal(o('Heat killed 70 people in Brazil.', 'A heated debate followed.'), true, '"heated" is no heat');
  assert.equal(o('Storms killed 70 people in Brazil.', 'Protesters stormed the office.'), true, '"stormed" is no storm');
  assert.equal(o('Storms killed 70 people in Brazil.', 'The storm hit the town.'), false, 'the story\'s own storm');
  assert.equal(o('Shooting killed 7 people.', 'Two shootings shook the town.'), false, 'a plural of -ing');
  assert.equal(o('Across Brazil, the earthquake killed 70 people.', 'A powerful quake struck Brumadinho.'), false, 'the quake is the earthquake');
  assert.equal(o('The cyclone killed 70 people.', 'The storm hit the coast.'), false, 'the storm is the cyclone');
  assert.equal(o('Fires have killed 70 people.', 'The blaze spread overnight.'), false, 'the blaze is the fire');
  assert.equal(o('700 people were killed by wildfires.', 'Fires burned the town.'), false, 'fires are wildfires');
  assert.equal(o('The crash killed 70 people.', 'Two trains derailed after the collision.'), false, 'the collision is the crash');
  assert.equal(o('Across Brazil, the earthquake killed 70 people.', 'A storm hit Brumadinho.'), true, 'another group stays foreign');
  assert.equal(o('The cyclone killed 70 people.', 'The dengue outbreak spread.'), true);
  const t0 = performance.now();
  o('killed by '.repeat(20_000) + 'dengue', 'x '.repeat(200_000));
  o('a '.repeat(100_000), 'dengue');
  o('killed by dengue, '.repeat(20_000), 'dengue '.repeat(100_000) + 'x '.repeat(200_000));
  assert.ok(performance.now() - t0 < 2000, 'three long inputs, each well under a second');
  const t1 = performance.now();
  assert.equal(o('a'.repeat(100_000) + ' 5 people died.', ''), false);
  assert.equal(o('Dengue' + 'a'.repeat(100_000) + ' killed 5 people.', ''), false, 'one long word');
  assert.ok(performance.now() - t1 < 1000, 'one long word before the verb is read once, not from each of its letters');
});
