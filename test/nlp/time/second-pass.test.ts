// Second pass on the time stage: financial-period anaphora, span conventions, week phrases, spelled-out
// years. Sentences are our own; publication dates are pinned per case.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { times } from './helpers.js';

/** [text, time text expected exactly, value, type, mod?] — the span must match exactly. */
type Case = [string, string, string, string, string?];

function check(pub: string | undefined, cases: Case[]): void {
  for (const [text, span, value, type, mod] of cases) {
    const all = times(text, pub);
    const i = text.indexOf(span);
    if (i < 0) throw new Error(`test bug: "${span}" not in text`);
    const t = all.find((x) => x.start < i + span.length && i < x.end);
    assert.ok(t, `no time for "${span}" in: ${text}`);
    assert.equal(t.text, span, `span in: ${text} (rule ${t.rule})`);
    assert.equal(t.value, value, `value of "${span}" in: ${text} (rule ${t.rule})`);
    assert.equal(t.type, type, `type of "${span}" in: ${text}`);
    if (mod !== undefined) assert.equal(t.mod, mod === '' ? undefined : mod, `mod of "${span}" in: ${text}`);
    assert.ok(t.rule, 'every time carries a rule');
  }
}

/** No time at all overlapping `span`. */
function none(pub: string | undefined, text: string, span: string): void {
  const i = text.indexOf(span);
  const t = times(text, pub).find((x) => x.start < i + span.length && i < x.end);
  assert.equal(t, undefined, `unexpected time "${t?.text}" (${t?.rule}) in: ${text}`);
}

describe('time (second pass): results-story anaphora', () => {
  it('a year-ago comparison does not become the quarter under discussion', () => {
    const pub = '2023-11-02';
    const text = 'Acme said net income rose 12% in the third quarter. A year ago, it earned $3 million. '
      + 'Sales in the quarter were $40 million, and the year-earlier period included a charge.';
    check(pub, [
      [text, 'the third quarter', '2023-Q3', 'DATE'],
      [text, 'A year ago', '2022-Q3', 'DATE'],
      [text, 'the quarter', '2023-Q3', 'DATE'],
      [text, 'the year-earlier period', '2022-Q3', 'DATE'],
    ]);
  });
});
