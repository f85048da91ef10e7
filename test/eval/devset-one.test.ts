// eval/devset-one.ts: no folder, or a folder that does not exist, is a user's error: one line on stderr, exit code 2,
// nothing on stdout (before, it printed usage on stdout and exited 0, or scored a missing folder).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { folderArgError } from '../../eval/devset-one.js';

const script = fileURLToPath(new URL('../../eval/devset-one.js', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

test('no folder given: exit code 2, one usage line on stderr, nothing on stdout', () => {
  const r = run();
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /^devset-one: usage: .*FOLDER \(no folder given\)\n$/);
});

test('a folder that does not exist: exit code 2, one usage line naming it', () => {
  const r = run('/nonexistent-devset-for-test');
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^devset-one: usage: .*\(no such folder: \/nonexistent-devset-for-test\)\n$/);
});

test('a file is no folder; an existing folder passes', () => {
  assert.match(folderArgError(script) ?? '', /no such folder/);
  assert.equal(folderArgError(fileURLToPath(new URL('.', import.meta.url))), null);
});
