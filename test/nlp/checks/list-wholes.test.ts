// COUNT checks on lists of parts must take the right whole: a figure placed by the list's own kind of phrase is its
// first part ("Seven people died in Derna, five in Benghazi and three in Tobruk"), and the figure of an adjunct
// ("in two days", "in 3 villages") is not what "including …" splits. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

const ANCHOR = '2024-05-08';
const rule = (text: string, name: string): string[] =>
  checksOf(text, ANCHOR).filter((c) => c.kind === 'COUNT' && (c as { rule?: string }).rule === `checks:count:${name}`).map((c) => `${c.status} ${(c as { detail?: string }).detail ?? ''}`);

test('parts by place: a figure placed in the same way as the items, then a comma, is the first part, not the total', () => {
  assert.deepEqual(rule('Seven people died in Derna, five in Benghazi and three in Tobruk.', 'parts-by-place'), []);
  assert.deepEqual(rule('Twelve people were held in Lagos, four in Abuja and two in Kano on Monday.', 'parts-by-place'), []);
  assert.deepEqual(rule('Nine people were hurt in Gaza City, four in Rafah and two in Khan Younis.', 'parts-by-place'), []);
  // negatives: a total before a colon or a comma, placed more widely or not at all, is still checked both ways
  assert.match(rule('Twelve people died in Libya: seven in Derna and five in Benghazi.', 'parts-by-place').join(), /^CONSISTENT/);
  assert.match(rule('Fifteen people died in the storm, seven in Derna, five in Benghazi and three in Tobruk.', 'parts-by-place').join(), /^CONSISTENT/);
  assert.match(rule('Twelve people died, seven in Derna and four in Benghazi.', 'parts-by-place').join(), /^INCONSISTENT/);
});
