import assert from 'node:assert/strict';
import type { TimeExpr } from '../../../src/core/types.js';
import { newDoc } from '../../../src/nlp/doc.js';
import { timeStage } from '../../../src/nlp/time/index.js';

/** Runs the time stage alone on `text` with a pinned publication date (or none). */
export function times(text: string, publishedAt?: string): TimeExpr[] {
  const doc = newDoc({ id: 'test', text, language: 'en', publishedAt });
  timeStage.run(doc);
  return doc.times;
}

/** The single time whose text contains `needle`, or undefined. */
export function timeAt(text: string, needle: string, publishedAt?: string): TimeExpr | undefined {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`test bug: "${needle}" not in text`);
  return times(text, publishedAt).find((t) => t.start < i + needle.length && i < t.end);
}

/** [text, time text expected exactly, value, type, mod?]: the time overlapping the span must match it. */
export type SpanCase = [string, string, string, string, string?];

/** Checks each case's span, value, type (and mod when given; '' means none) against a pinned date. */
export function checkCases(pub: string | undefined, cases: SpanCase[], assertEq: (a: unknown, b: unknown, msg: string) => void): void {
  for (const [text, span, value, type, mod] of cases) {
    const i = text.indexOf(span);
    if (i < 0) throw new Error(`test bug: "${span}" not in text`);
    const t = times(text, pub).find((x) => x.start < i + span.length && i < x.end);
    assertEq(t?.text, span, `span in: ${text} (rule ${t?.rule})`);
    assertEq(t?.value, value, `value of "${span}" in: ${text} (rule ${t?.rule})`);
    assertEq(t?.type, type, `type of "${span}" in: ${text}`);
    if (mod !== undefined) assertEq(t?.mod, mod === '' ? undefined : mod, `mod of "${span}" in: ${text}`);
  }
}

/** checkCases with node's strict assert: the check every time test file uses. */
export function check(pub: string | undefined, cases: SpanCase[]): void {
  checkCases(pub, cases, (a, b, m) => assert.equal(a, b, m));
}
