// Speed: a batch run (tuneJitForBatch) turns V8's regexp tier-up off, so a regex is compiled once, to native code,
// instead of to bytecode and then native code at its first execution (see src/ingest/jit.ts). Checked in a child
// process with V8's own test hooks (%RegexpHasBytecode, %RegexpHasNativeCode), since flags are process-wide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

const JIT = new URL('../../src/ingest/jit.js', import.meta.url).href;

function probe(tune: boolean): { native: boolean; bytecode: boolean; match: string } {
  const code = `
    const { tuneJitForBatch } = await import(${JSON.stringify(JIT)});
    if (${tune}) tuneJitForBatch();
    const re = new RegExp('\\\\b(?:about|nearly|some)\\\\s+(\\\\d+|seven|eleven)\\\\s+(?:people|passengers)\\\\b', 'g');
    const m = re.exec('Officials said about eleven passengers were hurt.');
    process.stdout.write(JSON.stringify({ native: %RegexpHasNativeCode(re, true), bytecode: %RegexpHasBytecode(re, true), match: m && m[1] }));`;
  return JSON.parse(execFileSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', code], { encoding: 'utf8' }));
}

test('batch JIT tuning: a regex is compiled to native code only, with the same match', () => {
  assert.deepEqual(probe(true), { native: true, bytecode: false, match: 'eleven' });
});

test('without the batch tuning V8 keeps its default (bytecode first): the probe sees the flag, not a constant', () => {
  assert.equal(probe(false).match, 'eleven');
  assert.equal(probe(false).bytecode, true);
});
