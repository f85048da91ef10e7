// Adversarial inputs of 1 MB must finish quickly: every scan is linear and regexes are bounded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/nlp/segment/index.js';

const MB = 1 << 20;

/** CPU milliseconds (user + system) of one call: unlike wall time, unaffected by a busy machine. */
function timed(text: string): number {
  const c0 = process.cpuUsage();
  const { sentences, tokens } = segment(text);
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  assert.ok(sentences.length > 0 && tokens.length > 0);
  return ms;
}

const cases: [string, string][] = [
  ['dots', '.'.repeat(MB)],
  ['dots and spaces', '. '.repeat(MB / 2)],
  ['abbreviations', 'U.S. Mr. a.m. Inc. No. '.repeat(MB / 23)],
  ['dotted letters without spaces', 'a.'.repeat(MB / 2)],
  ['digits', '1'.repeat(MB)],
  ['digit groups', '1,2.3:45/6-'.repeat(MB / 11)],
  ['one huge word', 'a'.repeat(MB)],
  ['hyphen chain', 'a-'.repeat(MB / 2)],
  ['apostrophe chain', "a'".repeat(MB / 2)],
  ['url-ish', 'http://' + 'a.'.repeat(MB / 2)],
  ['email-ish', 'a.'.repeat(MB / 4) + '@' + 'b.'.repeat(MB / 4)],
  ['email-ish repeated @', 'a@'.repeat(MB / 2)],
  ['caps and commas (dateline-like)', 'ABC, '.repeat(MB / 5)],
  ['dateline-like per line', 'ABC DEF, Ghi Jkl, Sept 11 (Reuters\n\n'.repeat(MB / 36)],
  ['newlines', 'a\n'.repeat(MB / 2)],
  ['quotes', '"\'“”'.repeat(MB / 4)],
  ['question runs', '?!'.repeat(MB / 2)],
  ['initials', 'A. '.repeat(MB / 3)],
  ['slashes', 'km/'.repeat(MB / 3)],
];

for (const [name, text] of cases) {
  test(`1 MB of ${name} finishes in < 1 s`, () => {
    // Best of two runs: a garbage collection or a busy machine must not fail a linear-time check
    // (catastrophic backtracking would take minutes, not a second).
    const ms = Math.min(timed(text), timed(text));
    assert.ok(ms < 1000, `${name}: ${ms.toFixed(0)} ms`);
  });
}
