// Stop 28 (issue #7, stories): counts of the dead by nationality whose plural is the singular ("four Chinese", "two
// Swiss") or written with "nationals"/"citizens" ("two Japanese nationals", "five Iranian citizens") are shares of the
// toll by origin, one fact per nationality, like "14 Iranians"; never readings of the toll itself. Invented reports
// (places real, details not any real event's); reference dates pinned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { story, factsOf } from './helpers.js';
import { countedGroup, groupShare, isNationalityGroup } from '../../src/story/build.js';

const vals = (f: { values: { value: unknown }[] } | undefined) => (f?.values ?? []).map((v) => Number(v.value)).sort((a, b) => a - b);

test('a nationality with the same plural, or with "nationals"/"citizens", names its group', () => {
  assert.equal(countedGroup('four Chinese'), 'Chinese');
  assert.equal(countedGroup('two Japanese nationals'), 'Japanese');
  assert.equal(countedGroup('five Iranian nationals'), 'Iranians');
  assert.equal(countedGroup('three Swiss citizens'), 'Swiss');
  assert.equal(countedGroup('14 Iranians'), 'Iranians');
  assert.ok(isNationalityGroup('Chinese') && isNationalityGroup('Iranians'));
  // not a nationality: a body's citizens, a lower-case noun, a plain name
  assert.equal(countedGroup('two EU citizens'), undefined);
  assert.equal(countedGroup('two Senior citizens'), undefined);
  assert.ok(!isNationalityGroup('Chinatown'));
  assert.equal(groupShare({ text: 'four Chinese' }, ' were killed', ''), 'Chinese among the dead');
  assert.equal(groupShare({ text: 'two Japanese nationals' }, '', 'The crush killed 156 people, including '), 'Japanese among the dead');
  assert.equal(groupShare({ text: 'four Chinese' }, ' attended the service', ''), undefined, 'no harm word');
});

test('counts of the dead by nationality are facts of their own, not the toll', () => {
  const s = story([
    ['AAA', '2031-05-01', 'A crowd crush in Port Varne killed 150 people on Saturday, including four Chinese nationals and two Japanese nationals, officials said.'],
    ['BBB', '2031-05-02', 'Among the dead in Port Varne were five Iranians, four Chinese and two Japanese, the interior ministry said. The toll stood at 151.'],
  ]);
  const all = JSON.stringify(s.facts.map((f) => `${f.subject}/${f.attribute}/${f.values.map((v) => v.value)}`));
  assert.deepEqual(factsOf(s, 'death toll').flatMap(vals).sort((a, b) => a - b), [150, 151], all);
  const chinese = s.facts.filter((f) => /^Chinese\b/.test(f.attribute));
  assert.deepEqual(chinese.flatMap(vals), [4, 4], all);
  const japanese = s.facts.filter((f) => /^Japanese\b/.test(f.attribute));
  assert.deepEqual(japanese.flatMap(vals), [2, 2], all);
});

// Review: "-ish"/"-ch"/"-ese" adjectives took a bare "s" ("Turkishs", "Polishs"); their plurals come from
// data/lexicon/nationality-plurals.tsv, so "five Turkish nationals" joins "14 Turks".
test('a nationality adjective takes its people\'s plural, not a bare "s"', () => {
  assert.equal(countedGroup('five Turkish nationals'), 'Turks');
  assert.equal(countedGroup('14 Turks'), 'Turks');
  assert.equal(countedGroup('two Polish citizens'), 'Poles');
  assert.equal(countedGroup('three Danish nationals'), 'Danes');
  assert.equal(countedGroup('four Dutch nationals'), 'Dutch');
  assert.equal(countedGroup('two French citizens'), 'French');
  assert.equal(countedGroup('six Chinese nationals'), 'Chinese');
  assert.equal(countedGroup('five Iranian nationals'), 'Iranians');
  assert.equal(countedGroup('two Iraqi citizens'), 'Iraqis');
  assert.ok(isNationalityGroup('Dutch') && isNationalityGroup('Turks'));
  assert.ok(!isNationalityGroup('Turkish'));
});
