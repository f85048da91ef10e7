import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ageAt, STORY_MAX_AGE } from '../../src/story/ages.js';
import { MAX_AGE } from '../../src/nlp/age-phrases.js';
import { analyze } from '../../src/analyze.js';
import { buildStory, type StoryDoc } from '../../src/story/build.js';

const story = (reports: [string, string, string][]) => buildStory('s', reports.map(([outlet, date, text]): StoryDoc => {
  const a = analyze(text, { publishedAt: date, outlet });
  return { a, row: { id: a.document.id, outlet, publishedAt: date } };
}));

const at = (text: string, name: string) => { const s = text.indexOf(name); return ageAt(text, { start: s, end: s + name.length })?.value; };

test('a person\'s age beside their name: after it in commas or brackets, as an apposition, or a -year-old before it', () => {
  assert.equal(at('Andreas Lubitz, 27, locked the door.', 'Andreas Lubitz'), 27);
  assert.equal(at('Zhu Hongmei, 65.', 'Zhu Hongmei'), 65);
  assert.equal(at('Lubitz (27) flew the plane.', 'Lubitz'), 27);
  assert.equal(at('Andreas Lubitz, a 27-year-old German, locked it.', 'Andreas Lubitz'), 27);
  assert.equal(at('Lubitz, aged 27, flew.', 'Lubitz'), 27);
  assert.equal(at('Lubitz, who was 27, flew.', 'Lubitz'), 27);
  assert.equal(at('the 27-year-old co-pilot Andreas Lubitz said', 'Andreas Lubitz'), 27);
  // negatives: a year, a head count, a distance, an age with a clause between it and the name
  assert.equal(at('Smith, 2015, was not involved.', 'Smith'), undefined);
  assert.equal(at('Smith, 300 people were there.', 'Smith'), undefined);
  assert.equal(at('Smith, who was 300 metres away, ran.', 'Smith'), undefined);
  assert.equal(at('a 5-year-old girl, her father, John Smith, said', 'John Smith'), undefined);
  assert.equal(at('Smith said 12 people died.', 'Smith'), undefined);
});

test('no age above STORY_MAX_AGE (120; the checks read up to MAX_AGE, 124) or of 0 (property)', () => {
  assert.equal(STORY_MAX_AGE, 120);
  assert.ok(STORY_MAX_AGE < MAX_AGE);
  fc.assert(fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
    const v = at(`Lee, ${n}, said so.`, 'Lee');
    assert.equal(v, n >= 1 && n <= STORY_MAX_AGE ? n : undefined);
  }));
  // review probe: 122 beside a name is no age for the story reader (83dd916 had read it)
  assert.equal(at('The oldest survivor, Maria Silva, 122, was rescued.', 'Silva'), undefined);
  assert.equal(at('The oldest survivor, Maria Silva, 119, was rescued.', 'Silva'), 119);
  assert.equal(at('The oldest survivor, Maria Silva (120), was rescued.', 'Silva'), 120);
  assert.equal(at('The oldest survivor, Maria Silva, aged 121, was rescued.', 'Silva'), undefined);
});

test('an age is a fact of the person, one reading per report', () => {
  const s = story([
    ['AAA', '2015-03-26', 'The co-pilot, Andreas Lubitz, 27, locked the captain out of the cockpit, prosecutors said.'],
    ['BBB', '2015-03-27', 'Prosecutors said 27-year-old co-pilot Andreas Lubitz crashed the plane deliberately.'],
  ]);
  const f = s.facts.filter((x) => x.attribute === 'age');
  assert.equal(f.length, 1);
  assert.match(f[0]!.subject, /Lubitz/);
  assert.deepEqual(f[0]!.values.map((v) => [v.value, v.unit, v.sources.length]), [[27, 'year', 2]]);
  assert.equal(f[0]!.consistent, true);
});

test('an age beside a name is the person\'s own: a title or noun phrase between, no speaker before (review probes as negatives)', () => {
  assert.equal(at('the 27-year-old German co-pilot Andreas Lubitz said', 'Andreas Lubitz'), 27);
  assert.equal(at('a 45-year-old bus driver John Smith said', 'John Smith'), 45);
  assert.equal(at('The 61-year-old Mayor John Smith said', 'John Smith'), 61);
  // negatives: someone else's age, across a verb, a conjunction or a possessive
  assert.equal(at('A 22-year-old man stabbed Mayor John Smith on Friday.', 'John Smith'), undefined);
  assert.equal(at('a 19-year-old student told Mayor John Smith that', 'John Smith'), undefined);
  assert.equal(at('The gunman killed a 12-year-old and her mother Jane Brown.', 'Jane Brown'), undefined);
  assert.equal(at('A 30-year-old man shot Mayor John Smith.', 'John Smith'), undefined);
  // negatives: a figure after a speaker opens the reported words; "had"/"has" after a figure is no age
  assert.equal(at('According to police chief Mark Jones, 40 had been arrested.', 'Mark Jones'), undefined);
  assert.equal(at('"It is over," said Mark Jones, 40 of them were freed.', 'Mark Jones'), undefined);
  assert.equal(at('Jones, 40 had been arrested.', 'Jones'), undefined);
  assert.equal(at('Mark Jones, 40, said so.', 'Mark Jones'), 40);
});

test('a person ages a year per year between reports, one year either way in any case (review probe)', async () => {
  const { judgeAges } = await import('../../src/story/ages.js');
  const r = (value: number, asOf: string) => ({ value, unit: 'year', asOf, label: `"${value}"` });
  assert.equal(judgeAges([r(27, '2023-01-10'), r(28, '2023-11-20')]).consistent, true);
  assert.equal(judgeAges([r(27, '2023-01-10'), r(28, '2023-01-10')]).consistent, true, 'one year either way');
  assert.equal(judgeAges([r(27, '2021-01-10'), r(29, '2023-03-01')]).consistent, true);
  // negatives: two years apart on one day, younger two years later, five years older in a year
  assert.equal(judgeAges([r(27, '2023-01-10'), r(29, '2023-01-11')]).consistent, false);
  assert.equal(judgeAges([r(29, '2021-01-10'), r(27, '2023-01-10')]).consistent, false);
  assert.equal(judgeAges([r(27, '2023-01-10'), r(32, '2023-12-10')]).consistent, false);
  const s = story([
    ['AAA', '2023-01-10', 'The driver, John Miller, 27, was arrested in Leeds, police said.'],
    ['BBB', '2023-11-20', 'The driver, John Miller, 28, was jailed in Leeds, the court heard.'],
  ]);
  const f = s.facts.filter((x) => x.attribute === 'age');
  assert.equal(f.length, 1, JSON.stringify(s.facts.map((x) => x.attribute)));
  assert.equal(f[0]!.consistent, true, f[0]!.why);
});

test('one definition of an age beside a name: the story reader and the checks read the same phrases (the story a lower bound)', async () => {
  const { isAge, MAX_AGE } = await import('../../src/nlp/age-phrases.js');
  const { ageChecks } = await import('../../src/nlp/checks/ages.js');
  assert.ok(isAge(MAX_AGE) && !isAge(MAX_AGE + 1) && !isAge(0));
  for (const [text, name, age] of [['Kim, 39, was born in 1984.', 'Kim', 39], ['The 39-year-old Kim was born in 1984.', 'Kim', 39]] as const) {
    const i = text.indexOf(name);
    assert.equal(ageAt(text, { start: i, end: i + name.length })?.value, age, text);
    assert.equal(ageChecks(text, '2023-06-01', [[0, text.length]]).length, 1, text);
  }
  // Kim, age 39 (the story's own 'age N' beside the shared 'aged N')
  assert.equal(at('Kim, age 39, was born in 1984.', 'Kim'), 39);
  assert.equal(at('Kim, aged 39, was born in 1984.', 'Kim'), 39);
  // a figure past the bound beside a name is no age for either (a head count: "Smith, 300, …" is left out too)
  const big = `Kim, ${MAX_AGE + 1}, was born in 1900.`;
  assert.equal(ageAt(big, { start: 0, end: 3 }), undefined);
  assert.equal(ageChecks(big, '2023-06-01', [[0, big.length]]).length, 0);
});
