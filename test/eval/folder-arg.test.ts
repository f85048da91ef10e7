// eval/devset-one.ts and eval/entity-errors.ts: no folder, or a folder that does not exist, is a user's error: one line on stderr, exit code 2,
// nothing on stdout (before, it printed usage on stdout and exited 0, or scored a missing folder).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { folderArgError } from '../../eval/folder-arg.js';

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
  assert.match(folderArgError('u', script) ?? '', /^u \(no such folder: /);
  assert.equal(folderArgError('u', fileURLToPath(new URL('.', import.meta.url))), null);
});

test('entity-errors.ts refuses a missing folder the same way (it threw ENOENT with a stack trace, exit code 1)', () => {
  const ee = fileURLToPath(new URL('../../eval/entity-errors.js', import.meta.url));
  for (const args of [[], ['--counts'], ['/nonexistent-devset-for-test', '--counts']]) {
    const r = spawnSync(process.execPath, [ee, ...args], { encoding: 'utf8' });
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^entity-errors: usage: .*FOLDER \[--counts\] \[--by-rule\] \((no folder given|no such folder: \/nonexistent-devset-for-test)\)\n$/);
  }
});
