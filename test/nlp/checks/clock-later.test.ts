import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

function checks(text: string) {
  const quantities = findQuantities({ text, sentences: [], times: [] });
  return runChecks({ text, sentences: [], quantities, times: [], entities: [], anchorDate: '2024-05-15' })
    .filter((c) => /clock-later|match-minutes/.test((c as { rule?: string }).rule ?? ''));
}

// [invented text, status of the one check, or undefined when nothing may be checked]
const CASES: Array<[string, string | undefined]> = [
  ['The first tremor struck at 9:15 a.m.; a second followed 40 minutes later, at 9:55 a.m.', 'CONSISTENT'],
  ['The first tremor struck at 9:15 a.m.; a second followed 20 minutes later, at 9:55 a.m.', 'INCONSISTENT'],
  ['The ferry left at 8:05 a.m. and docked at 10:35 a.m., two and a half hours later.', 'CONSISTENT'],
  ['The ferry left at 8:05 a.m. and docked at 11:35 a.m., two and a half hours later.', 'INCONSISTENT'],
  ['The blaze broke out at 2 a.m. and was put out at 9 a.m., after seven hours.', 'CONSISTENT'],
  ['The blast happened at 6:40 p.m. Medics arrived at 7:10 p.m., half an hour later.', 'CONSISTENT'],
  ['The blast happened at 6:40 p.m. Medics arrived at 7:10 p.m., an hour and a half later.', 'INCONSISTENT'],
  ['Polls opened at 7 a.m. and the count began at 11 p.m., about 16 hours later.', 'CONSISTENT'],
  ['Okafor scored in the 23rd minute and Lindqvist doubled the lead 10 minutes later, in the 33rd minute.', 'CONSISTENT'],
  ['Okafor scored in the 23rd minute and Lindqvist doubled the lead 12 minutes later, in the 33rd minute.', 'INCONSISTENT'],
  ['Okafor scored in the 23rd minute. Lindqvist added a second in the 61st minute, 38 minutes later.', 'CONSISTENT'],
  // the modifier's kind (data/lexicon/checks-span-mods.tsv) sets the slack: "at least" one way up, "close to" one way down
  ['The alarm sounded at 9:00 a.m.; crews arrived at least 40 minutes later, at 9:55 a.m.', 'CONSISTENT'],
  ['The alarm sounded at 9:00 a.m.; crews arrived at least 40 minutes later, at 9:30 a.m.', 'INCONSISTENT'],
  ['The alarm sounded at 9:00 a.m.; crews arrived close to 40 minutes later, at 9:35 a.m.', 'CONSISTENT'],
  ['The alarm sounded at 9:00 a.m.; crews arrived close to 40 minutes later, at 9:50 a.m.', 'INCONSISTENT'],
  // no later moment written with the length: nothing to check
  ['The hearing began at 10 a.m. Two hours later, the judge adjourned it.', undefined],
  // two earlier moments, and the length fits neither: the earlier one is not known
  ['He landed at 9 a.m. and spoke at 11 a.m.; three hours later, at 4 p.m., he left.', undefined],
  // an ordinal that is no minute of a match
  ['The 21st century began 24 years ago, and 10 minutes later the lights went out.', undefined],
];

for (const [text, status] of CASES) {
  test(`clock later ${status ?? 'silent'}: ${text}`, () => {
    const cs = checks(text);
    if (status === undefined) { assert.equal(cs.length, 0, JSON.stringify(cs)); return; }
    assert.equal(cs.length, 1, JSON.stringify(cs));
    assert.equal(cs[0]!.kind, 'DATE_ARITHMETIC');
    assert.equal(cs[0]!.status, status, cs[0]!.detail);
  });
}

test('the clock check says its arithmetic', () => {
  const [c] = checks('The ferry left at 8:05 a.m. and docked at 10:35 a.m., two and a half hours later.');
  assert.equal(c!.detail, '8:05 a.m. to 10:35 a.m. = 2 h 30 min; stated "two and a half hours later"');
});

test('"after N hours, around T": the length before the later moment, across midnight; agreement only', () => {
  assert.deepEqual(checks('The fire broke out around 3:30pm and spread fast. It was brought under control after nearly 10 hours, around 1:30am.').map((c) => c.status), ['CONSISTENT']);
  assert.deepEqual(checks('Talks began at 9 a.m. and ended after five hours, at 2 p.m.').map((c) => c.status), ['CONSISTENT']);
  // a length that does not fit may count from a moment the report leaves out: nothing
  assert.deepEqual(checks('The fire broke out around 3:30pm and spread fast. It was brought under control after four hours, around 1:30am.'), []);
  // no "after" before the length, no comma: no tie to the moment
  assert.deepEqual(checks('Talks began at 9 a.m. and went on for five hours at the ministry until 2 p.m.'), []);
});
