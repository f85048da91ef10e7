// runSharedScorer keeps everything the scorer printed, even when the scorer ends with process.exit() after more
// output than a pipe holds (the shared scorer does: a verbose run of a 12-report set lost its score line that way).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSharedScorer } from '../../eval/shared-scorer.js';

function fakeShared(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-fake-shared-'));
  mkdirSync(join(dir, 'tools'));
  writeFileSync(join(dir, 'tools', 'score.mjs'), body);
  return dir;
}

function captured(fn: () => void): string {
  const lines: string[] = [];
  const orig = console.log;
  console.log = (...a: unknown[]) => { lines.push(a.join(' ')); };
  try { fn(); } finally { console.log = orig; }
  return lines.join('\n');
}

test('the score line after 300 KB of output survives the scorer\'s process.exit()', () => {
  const shared = fakeShared(`for (let i = 0; i < 6000; i++) console.log('  miss x.gold.json: entity ' + 'y'.repeat(40) + ' ' + i);
console.log('score: entity_f1=0.500');
process.exit(0);
`);
  try {
    const out = captured(() => runSharedScorer(shared, shared, 'fake'));
    assert.match(out, /score: entity_f1=0\.500$/);
    assert.ok(out.length > 300_000);
  } finally { rmSync(shared, { recursive: true, force: true }); }
});

test('a scorer that exits non-zero still has its output printed', () => {
  const shared = fakeShared(`console.log('score: entity_f1=0.100'); process.exit(1);\n`);
  try {
    const out = captured(() => runSharedScorer(shared, shared, 'fake'));
    assert.equal(out, 'score: entity_f1=0.100');
  } finally { rmSync(shared, { recursive: true, force: true }); }
});

test('a scorer that prints nothing is reported as failed, with its exit status', () => {
  const shared = fakeShared(`process.exit(3);\n`);
  try {
    const out = captured(() => runSharedScorer(shared, shared, 'fake'));
    assert.match(out, /^fake: scorer failed: exit 3$/);
  } finally { rmSync(shared, { recursive: true, force: true }); }
});
