// The report-spans rule reads the report's years once, not once per sentence: a long report finishes quickly.
// Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportSpanChecks } from '../../../src/nlp/checks/reportSpans.js';

test('a long report with many lengths of years and no year near them finishes in under a second', () => {
  const parts = ['The club was founded in 1950 by dock workers.'];
  for (let i = 0; i < 16000; i++) parts.push(i % 2 ? 'Fans have waited many years for a title, and the wait goes on.' : 'The ground has stood for decades beside the river.');
  const text = parts.join(' ');
  const sentences: [number, number][] = [];
  let at = 0;
  for (const p of parts) { sentences.push([at, at + p.length]); at += p.length + 1; }
  const t0 = performance.now();
  const out = reportSpanChecks(text, [], '2024-05-01', sentences);
  const ms = performance.now() - t0;
  assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  assert.deepEqual(out, []);
});
