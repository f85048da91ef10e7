// Where a head count is put and on which day, when reports name its place or its day in passing: a place in the
// possessive before the site's name ("Seoul's Itaewon district") only locates the site; the body a count is attributed
// to ("according to the … Headquarters") is not where it was counted; a trigger that names a body ("fire authorities
// said Sunday") tells of no incident, and a part of a day ("late Saturday") is that day's incident.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { factsOf, story } from './helpers.js';
import { analyze } from '../../src/analyze.js';
import { harmDays, partDay, qualifierUse, sentenceDay, sourceMention } from '../../src/story/build.js';

const valuesOf = (s: ReturnType<typeof story>, attr: string) => factsOf(s, attr).map((f) => ({ subject: f.subject, consistent: f.consistent, values: f.values.map((v) => Number(v.value)).sort((a, b) => a - b) }));

test("qualifierUse: a place in the possessive right before another place's name only locates it", () => {
  const text = "The crush happened in Seoul's Itaewon district.";
  const m = { start: text.indexOf('Seoul'), end: text.indexOf('Seoul') + 5 };
  const itaewon = text.indexOf('Itaewon');
  assert.equal(qualifierUse(text, m, new Set(), new Set([itaewon])), true);
  // negatives: no place starts after the possessive ("Seoul's mayor", "Seoul's Halloween crowds"), or no starts given
  assert.equal(qualifierUse(text, m, new Set(), new Set([itaewon + 1])), false);
  assert.equal(qualifierUse(text, m, new Set(), undefined), false);
  const t2 = "The crowds filled Seoul's streets.";
  assert.equal(qualifierUse(t2, { start: t2.indexOf('Seoul'), end: t2.indexOf('Seoul') + 5 }, new Set(), new Set([t2.indexOf('streets')])), false);
});

test("a count put at a town by a possessive place joins the count at the site it qualifies (one site), and stays a rising toll", () => {
  const s = story([
    ['AAA', '2022-10-30', "At least 151 people were killed and 82 others injured in a crowd crush in Seoul's Itaewon district late Saturday. Police closed the roads in Itaewon on Sunday."],
    ['BBB', '2022-11-01', 'The number of people injured in the crowd crush in Itaewon has risen to 172, officials said.'],
  ]);
  // (one fact, told phase by phase as the count is revised upward: every phase under the site)
  const inj = valuesOf(s, 'injured');
  assert.deepEqual(inj.flatMap((f) => f.values).sort((a, b) => a - b), [82, 172], JSON.stringify(inj));
  assert.deepEqual([...new Set(inj.map((f) => f.subject))], ['Itaewon'], JSON.stringify(inj));
  assert.ok(inj.every((f) => f.consistent), JSON.stringify(inj));
});

test('negative: two different injured counts for one site on the same day are still a conflict after the possessive joins them', () => {
  const s = story([
    ['AAA', '2022-10-30', "Officials said on Sunday that 82 people were injured in a crowd crush in Seoul's Itaewon district. Police closed the roads in Itaewon on Sunday."],
    ['BBB', '2022-10-30', 'Officials said on Sunday that 140 people were injured in the crowd crush in Itaewon.'],
  ]);
  const inj = valuesOf(s, 'injured');
  assert.equal(inj.length, 1, JSON.stringify(inj));
  assert.equal(inj[0]!.consistent, false, JSON.stringify(inj));
});

test('sourceMention: a mention inside a source span of the chain, not one outside it', () => {
  const chain = [{ span: { start: 40, end: 90 } }, {}];
  assert.equal(sourceMention(chain, { start: 45, end: 80 }), true);
  assert.equal(sourceMention(chain, { start: 10, end: 20 }), false);
  assert.equal(sourceMention(chain, { start: 85, end: 95 }), false);
  assert.equal(sourceMention([], { start: 45, end: 80 }), false);
  fc.assert(fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 30 }), (start, len) =>
    sourceMention(chain, { start, end: start + len }) === (start >= 40 && start + len <= 90)));
});

test('a head count "according to" a named headquarters is counted at the story\'s site, not at the headquarters', () => {
  const s = story([
    ['AAA', '2022-10-31', 'A crowd crush in Itaewon killed 154 people on Saturday night, officials said. The number of injured in Itaewon stood at 149.'],
    ['BBB', '2022-11-02', 'The crush in Itaewon was the worst in years. The death toll stood at 156 as of Wednesday morning, with 157 injured, according to the Central Disaster and Safety Countermeasures Headquarters.'],
  ]);
  for (const attr of ['death toll', 'injured']) {
    const f = valuesOf(s, attr);
    assert.ok(f.every((x) => !/Headquarters/.test(x.subject)), JSON.stringify(f));
  }
  const inj = valuesOf(s, 'injured');
  assert.deepEqual([...new Set(inj.map((f) => f.subject))], ['Itaewon'], JSON.stringify(inj));
  assert.deepEqual(inj.flatMap((f) => f.values).sort((a, b) => a - b), [149, 157], JSON.stringify(inj));
});

test('negative: a company that speaks of its own cars keeps the figure ("Volkswagen said about 2,700 of its cars")', () => {
  const s = story([
    ['AAA', '2015-08-16', 'The blasts at the port of Tianjin destroyed thousands of cars. Volkswagen said about 2,700 of its imported cars had been destroyed.'],
  ]);
  const cars = s.facts.filter((f) => f.values.some((v) => Number(v.value) === 2700));
  assert.ok(cars.some((f) => /Volkswagen/.test(f.subject)), JSON.stringify(cars.map((f) => f.subject)));
});

test('partDay: a day or a part of one, never a vaguer or a bounded time', () => {
  assert.equal(partDay({ type: 'DATE', value: '2022-10-29', mod: 'END' }), '2022-10-29');
  assert.equal(partDay({ type: 'DATE', value: '2022-10-29', mod: 'START' }), '2022-10-29');
  assert.equal(partDay({ type: 'DATE', value: '2022-10-29' }), '2022-10-29');
  assert.equal(partDay({ type: 'DATE', value: '2022-10-29', mod: 'BEFORE' }), undefined);
  assert.equal(partDay({ type: 'DATE', value: '2022-10-29', mod: 'ON_OR_BEFORE' }), undefined);
  assert.equal(partDay({ type: 'DATE', value: '2022-10' }), undefined);
  assert.equal(partDay({ type: 'DURATION', value: 'P3D' }), undefined);
});

const KH = "A crowd crush in Seoul's Itaewon district late Saturday left at least 151 people dead and 82 injured, fire authorities said Sunday.";

test('harmDays: "late Saturday" is the incident\'s Saturday; "fire authorities said Sunday" is no fire on Sunday', () => {
  const a = analyze(KH, { publishedAt: '2022-10-31' });
  const sent = { start: 0, end: a.document.text.length };
  const h = harmDays(a, sent, '2022-10-31');
  assert.ok(h.has('2022-10-29'), JSON.stringify([...h]));
  assert.ok(!h.has('2022-10-30'), JSON.stringify([...h]));
  // so the sentence's own day, past the incident's, is Sunday
  assert.equal(sentenceDay(a, sent, h), '2022-10-30');
  // negative: without the incident's day to pass over, the sentence names two days and gives none
  assert.equal(sentenceDay(a, sent, new Set()), undefined);
});

test('negative: a real fire on Sunday, in a later report, is still the incident\'s day', () => {
  const a = analyze('A fire broke out at the market on Sunday and killed 12 people, officials said.', { publishedAt: '2022-10-31' });
  const h = harmDays(a, { start: 0, end: a.document.text.length }, '2022-10-31');
  assert.ok(h.has('2022-10-30'), JSON.stringify([...h]));
});

test('a count the next report repeats from the day before ("said Sunday") is Sunday\'s and rises to Monday\'s without a conflict', () => {
  const s = story([
    ['AAA', '2022-10-30', 'At least 151 people were killed and 82 others injured in a crowd crush in Itaewon late Saturday, fire authorities said Sunday.'],
    ['BBB', '2022-10-31', KH.replace("Seoul's ", '')],
    ['CCC', '2022-10-31', 'The interior ministry said on Monday that 149 people had been injured in the crowd crush in Itaewon, 33 of them seriously.'],
  ]);
  const inj = valuesOf(s, 'injured');
  assert.ok(inj.length >= 1 && inj.every((f) => f.consistent), JSON.stringify(inj));
  const f = factsOf(s, 'injured').flatMap((x) => x.values).find((v) => Number(v.value) === 82)!;
  assert.ok(f.sources.every((x) => x.asOf === '2022-10-30'), JSON.stringify(f.sources.map((x) => x.asOf)));
});

test("a count a report puts at the town is the site's where a report writes the site as the town's (\"Seoul's Itaewon\")", () => {
  const s = story([
    ['AAA', '2022-10-30', "Seoul's Itaewon district was packed with Halloween crowds on Saturday. In Seoul, 82 people were injured in the crush, officials said. Police closed the roads in Itaewon."],
    ['BBB', '2022-11-01', 'The number of people injured in the crowd crush in Itaewon has risen to 172, officials said.'],
  ]);
  const inj = valuesOf(s, 'injured');
  assert.deepEqual([...new Set(inj.map((f) => f.subject))].length, 1, JSON.stringify(inj));
  assert.deepEqual(inj.flatMap((f) => f.values).sort((a, b) => a - b), [82, 172], JSON.stringify(inj));
});

test('negative: with no report writing one place inside the other, two towns\' counts stay apart', () => {
  const s = story([
    ['AAA', '2022-10-30', "Busan's harbour was calm on Saturday. In Busan, 82 people were injured in a crush, officials said. Police closed the roads in Itaewon."],
    ['BBB', '2022-11-01', 'The number of people injured in the crowd crush in Itaewon has risen to 172, officials said.'],
  ]);
  const inj = valuesOf(s, 'injured');
  assert.equal(new Set(inj.map((f) => f.subject)).size, 2, JSON.stringify(inj));
});
