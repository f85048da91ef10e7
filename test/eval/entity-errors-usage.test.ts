// The entity-errors usage line names every flag the tool reads (--counts and --by-rule).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

test('entity-errors: the usage line names --counts and --by-rule', () => {
  const script = fileURLToPath(new URL('../../eval/entity-errors.js', import.meta.url));
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--counts/);
  assert.match(r.stderr, /--by-rule/);
});
