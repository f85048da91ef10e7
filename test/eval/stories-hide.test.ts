// EVAL_STORIES_HIDE: a name that is no story folder is refused (one line, exit code 2) before any report is ingested,
// so a typo cannot print a measure-only story's misses; EVAL_STORIES_ORDERS that is no whole number is refused the same
// way. The shared folder given is absent: the refusal must come first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import run from '../../eval/scorers/stories.js';

async function capture(hide: string, orders?: string): Promise<{ out: string[]; err: string[]; code: typeof process.exitCode }> {
  const out: string[] = []; const err: string[] = [];
  const [log, error, before] = [console.log, console.error, process.exitCode];
  console.log = (...a: unknown[]) => { out.push(a.join(' ')); };
  console.error = (...a: unknown[]) => { err.push(a.join(' ')); };
  process.env.EVAL_STORIES_HIDE = hide;
  if (orders !== undefined) process.env.EVAL_STORIES_ORDERS = orders;
  try { await run('/nonexistent-shared-for-test'); return { out, err, code: process.exitCode }; }
  finally { console.log = log; console.error = error; process.exitCode = before; delete process.env.EVAL_STORIES_HIDE; delete process.env.EVAL_STORIES_ORDERS; }
}

test('a hide name that is no story folder is refused with one line and exit code 2, nothing scored', async () => {
  const r = await capture('wayanad-landslides-2024, no-such-story-1999');
  assert.equal(r.code, 2);
  assert.equal(r.err.length, 1);
  assert.match(r.err[0]!, /EVAL_STORIES_HIDE names no story folder .*: no-such-story-1999$/);
  assert.equal(r.out.length, 0);
});

test('EVAL_STORIES_ORDERS that is no whole number (a word, a fraction, a negative) is refused with one line and exit code 2', async () => {
  for (const bad of ['thirty', '2.5', '-1']) {
    const r = await capture('wayanad-landslides-2024', bad);
    assert.equal(r.code, 2, bad);
    assert.equal(r.err.length, 1, bad);
    assert.match(r.err[0]!, new RegExp(`EVAL_STORIES_ORDERS must be a whole number .*"${bad.replace('.', '\\.')}"$`));
    assert.equal(r.out.length, 0, bad);
  }
});
