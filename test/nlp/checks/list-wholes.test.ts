// COUNT checks on lists of parts must take the right whole: a figure placed by the list's own kind of phrase is its
// first part ("Seven people died in Derna, five in Benghazi and three in Tobruk"), and the figure of an adjunct
// ("in two days", "in 3 villages") is not what "including …" splits. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

const ANCHOR = '2024-05-08';
const rule = (text: string, name: string): string[] =>
  checksOf(text, ANCHOR).filter((c) => c.kind === 'COUNT' && (c as { rule?: string }).rule === `checks:count:${name}`).map((c) => `${c.status} ${(c as { detail?: string }).detail ?? ''}`);

test('parts by place: a figure placed in the same way as the items, then a comma, may be the first part: only agreement makes it the total', () => {
  assert.deepEqual(rule('Seven people died in Derna, five in Benghazi and three in Tobruk.', 'parts-by-place'), []);
  assert.deepEqual(rule('Twelve people were held in Lagos, four in Abuja and two in Kano on Monday.', 'parts-by-place'), []);
  assert.deepEqual(rule('Nine people were hurt in Gaza City, four in Rafah and two in Khan Younis.', 'parts-by-place'), []);
  // a figure placed in a wider place whose parts add up to it is that place's total: agreement is said
  assert.match(rule('Twelve people died in Libya, seven in Derna and five in Benghazi.', 'parts-by-place').join(), /^CONSISTENT/);
  // negatives: a total before a colon or a comma, placed more widely or not at all, is still checked both ways
  assert.match(rule('Twelve people died in Libya: seven in Derna and five in Benghazi.', 'parts-by-place').join(), /^CONSISTENT/);
  assert.match(rule('Fifteen people died in the storm, seven in Derna, five in Benghazi and three in Tobruk.', 'parts-by-place').join(), /^CONSISTENT/);
  assert.match(rule('Twelve people died, seven in Derna and four in Benghazi.', 'parts-by-place').join(), /^INCONSISTENT/);
});

test('enumeration subset: the figure of an adjunct before "including" is not the whole; the count before it is', () => {
  assert.match(rule('The raids killed 30 people in two days, including 10 children and 8 women.', 'enumeration-subset').join(), /^CONSISTENT .*≤ the stated total 30/);
  assert.match(rule('Soldiers detained 12 men in 3 villages, including 5 teachers and 4 farmers.', 'enumeration-subset').join(), /^CONSISTENT .*total 12/);
  assert.match(rule('The fire destroyed 9 homes across 2 districts, including 6 farmhouses and 5 barns.', 'enumeration-subset').join(), /^INCONSISTENT .*total 9/);
  // an adjunct's figure the parts do not fit, with no count before it: nothing to check against
  assert.deepEqual(rule('Rescuers worked in 3 shifts, including 5 divers and 4 medics.', 'enumeration-subset'), []);
  // negative: an adjunct's figure the parts fit may be the whole ("on 12 counts")
  assert.match(rule('He was convicted on 12 counts, including 5 counts of fraud and 4 of bribery.', 'enumeration-subset').join(), /^CONSISTENT .*total 12/);
  // negatives: a whole that is no adjunct's figure is taken as before (here by the rule on the quantities' parts)
  assert.match(rule('The raids killed 30 people, including 10 children and 8 women.', 'parts-subset').join(), /^CONSISTENT .*total 30/);
  assert.match(rule('Police arrested 6 people, including 4 students and 3 lecturers.', 'parts-subset').join(), /^INCONSISTENT .*total 6/);
  assert.deepEqual(rule('Police arrested 6 people, including 4 students and 3 lecturers.', 'enumeration-subset'), []);
  assert.match(rule('The team won a total of 25 medals: 12 gold, 8 silver and 5 bronze.', 'enumeration-total').join(), /^CONSISTENT .*total 25/);
  // the same holds before a colon: the medals, not the weeks, are the whole
  assert.match(rule('The team won 25 medals in 2 weeks: 12 gold, 8 silver and 5 bronze.', 'enumeration-total').join(), /^CONSISTENT .*total 25/);
});
