import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../helpers/cli.js';
import { checksOf } from './pipeline.js';

// COUNT: a count split after "of whom"/"of them" into parts told one after another. Sentences written for these tests;
// run through the real segmenter, time and quantity stages, with a pinned publication date.
function splits(text: string): Array<{ status: string; detail: string }> {
  const anchor = '2024-06-01';
  return checksOf(text, anchor)
    .filter((c) => (c as { rule?: string }).rule === 'checks:count:of-whom-split').map((c) => ({ status: c.status, detail: c.detail }));
}
const statuses = (t: string) => splits(t).map((c) => c.status);

test('parts after "of whom" that add up to the whole, or less: CONSISTENT, the sum in the detail', () => {
  const c = splits('The ministry recorded 66 confirmed cases since the outbreak began in March, of whom 13 died and 53 recovered.');
  assert.deepEqual(c.map((x) => x.status), ['CONSISTENT']);
  assert.match(c[0]!.detail, /13 \+ 53 = 66 = the whole/);
  assert.deepEqual(statuses('Officials counted 14 victims after the blaze on Friday, of whom nine died at the scene and five died later in hospital.'), ['CONSISTENT']);
  // one part, the whole far before the cue (a date between): within the whole
  assert.deepEqual(statuses('The outbreak has infected 230 people in the region since January, of whom 31 have died.'), ['CONSISTENT']);
});

test('parts told by outcomes that exceed the whole: INCONSISTENT', () => {
  const c = splits('The ministry recorded 66 confirmed cases since the outbreak began in March, of whom 15 died and 53 recovered.');
  assert.deepEqual(c.map((x) => x.status), ['INCONSISTENT']);
  assert.match(c[0]!.detail, /15 \+ 53 = 68 > the whole "66 confirmed cases"/);
});

test('no check where the parts may overlap, the whole is open, or the figures are not parts', () => {
  // nouns, not outcomes: women and the elderly may overlap
  assert.deepEqual(statuses('The clinic treated 60 patients, of whom 40 were women and 30 were elderly.'), []);
  // "at least 60": the whole is a lower bound, more parts may fit it
  assert.deepEqual(statuses('Police detained at least 60 people, of whom 40 were released and 30 were charged.'), []);
  // shares and ages are no parts of a count
  assert.deepEqual(statuses('The survey asked 500 voters, of whom 60% backed the plan and 30% opposed it.'), []);
  // no cue: two unrelated figures in one sentence are never summed
  assert.deepEqual(statuses('The ministry recorded 66 confirmed cases, and 15 died while 53 recovered in other provinces.'), []);
  // a clause break (semicolon) between the count and the cue: the cue may name another group
  assert.deepEqual(statuses('The team has 40 players; of them 30 played and 25 scored.'), []);
});

test('e2e: bin/newsgraph reports the split with its arithmetic', () => {
  const text = 'The health ministry said the country had recorded 66 confirmed cases since the outbreak began, of whom 15 died and 53 recovered.\n';
  const r = runCli(['analyze', '-', '--json', '--published', '2024-06-01'], text);
  assert.equal(r.code, 0, r.stderr);
  const checks = (JSON.parse(r.stdout) as { checks: Array<{ kind: string; status: string; detail: string }> }).checks;
  const c = checks.find((x) => x.kind === 'COUNT' && /of whom/.test(x.detail));
  assert.ok(c, JSON.stringify(checks));
  assert.equal(c.status, 'INCONSISTENT');
  assert.match(c.detail, /68 > the whole/);
});
