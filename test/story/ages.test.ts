import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ageAt } from '../../src/story/ages.js';
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

test('no age above 120 or of 0 (property)', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
    const v = at(`Lee, ${n}, said so.`, 'Lee');
    assert.equal(v, n >= 1 && n <= 120 ? n : undefined);
  }));
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
