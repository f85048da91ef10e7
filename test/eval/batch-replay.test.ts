// The batch replay (eval/batch-replay.ts) must hand the scorer exactly what one bin/newsgraph process per report
// would: the same analysis for each command line the scorer builds, a real run for any other, and no cache at all
// when the batch cannot analyse every report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareBatch, replayCli, replayKey, scorerArgv } from '../../eval/batch-replay.js';
import { projectRoot } from '../../src/core/shared.js';

const BIN = join(projectRoot, 'bin', 'newsgraph');

function folder(reports: { name: string; text: string | Buffer; gold: Record<string, unknown> }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-batch-'));
  for (const r of reports) {
    writeFileSync(join(dir, `${r.name}.txt`), r.text);
    writeFileSync(join(dir, `${r.name}.gold.json`), JSON.stringify({ file: `${r.name}.txt`, ...r.gold }));
  }
  return dir;
}

test('scorerArgv is the command line score.mjs builds, flags only for the fields the gold has', () => {
  assert.deepEqual(scorerArgv('/x/a.gold.json', { file: 'a.txt', publishedAt: '2024-05-01', outlet: 'AP' }),
    ['analyze', '/x/a.txt', '--json', '--published', '2024-05-01', '--outlet', 'AP']);
  assert.deepEqual(scorerArgv('/x/a.gold.json', { file: 'a.txt', title: 'T' }), ['analyze', '/x/a.txt', '--json', '--title', 'T']);
  assert.equal(scorerArgv('/x/a.gold.json', {}), undefined);
});

test('replayKey names the article by its absolute path and keeps every other argument', () => {
  const cwd = process.cwd();
  assert.equal(replayKey(['analyze', 'a.txt', '--json']), replayKey(['analyze', join(cwd, 'a.txt'), '--json']));
  assert.notEqual(replayKey(['analyze', '/x/a.txt', '--json', '--published', '2024-05-01']),
    replayKey(['analyze', '/x/a.txt', '--json', '--published', '2024-05-02']));
  assert.notEqual(replayKey(['analyze', '/x/a.txt', '--json']), replayKey(['analyze', '/x/b.txt', '--json']));
});

test('the replayed analyses are byte for byte what one process per report prints; other command lines run for real', () => {
  const dir = folder([
    { name: 'a', text: 'Storm hits coast\nPublished: 2024-05-01\n\nAt least 20 people died on Tuesday, officials said.\n', gold: { publishedAt: '2024-05-01', outlet: 'AP' } },
    { name: 'b', text: 'Minister resigns\n\nThe minister resigned last week, according to Reuters.\n', gold: { title: 'Minister resigns' } },
  ]);
  const work = mkdtempSync(join(tmpdir(), 'ng-batch-work-'));
  try {
    assert.deepEqual(prepareBatch(dir, work), { stored: 2 });
    const cli = replayCli(work, '');
    for (const [name, gold] of [['a', { file: 'a.txt', publishedAt: '2024-05-01', outlet: 'AP' }], ['b', { file: 'b.txt', title: 'Minister resigns' }]] as const) {
      const argv = scorerArgv(join(dir, `${name}.gold.json`), gold)!;
      const direct = execFileSync(process.execPath, [BIN, ...argv], { encoding: 'utf8' });
      assert.equal(execFileSync(cli, argv, { encoding: 'utf8' }), direct);
    }
    // a command line the batch did not prepare (another date) is analysed for real, not served the cached one
    const other = ['analyze', join(dir, 'a.txt'), '--json', '--published', '2020-01-01'];
    const replayed = JSON.parse(execFileSync(cli, other, { encoding: 'utf8' })) as { document?: { publishedAt?: string } };
    assert.equal(JSON.stringify(replayed), JSON.stringify(JSON.parse(execFileSync(process.execPath, [BIN, ...other], { encoding: 'utf8' }))));
    // and a bad command line keeps its error and exit code
    const bad = spawnSync(cli, ['analyze', join(dir, 'missing.txt'), '--json'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
  } finally { rmSync(dir, { recursive: true, force: true }); rmSync(work, { recursive: true, force: true }); }
});

test('a report analyze would refuse is left out of the batch, so the scorer sees the same refusal from a real run', () => {
  const dir = folder([
    { name: 'a', text: 'Fine report\n\nThe council met on Monday.\n', gold: { publishedAt: '2024-05-01' } },
    { name: 'b', text: Buffer.from([0x41, 0x00, 0x42]), gold: {} },
  ]);
  const work = mkdtempSync(join(tmpdir(), 'ng-batch-work-'));
  try {
    assert.deepEqual(prepareBatch(dir, work), { stored: 1 });
    const argv = ['analyze', join(dir, 'b.txt'), '--json'];
    const direct = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8' });
    const replayed = spawnSync(replayCli(work, ''), argv, { encoding: 'utf8' });
    assert.equal(direct.status, 2);
    assert.equal(replayed.status, direct.status);
    assert.equal(replayed.stdout, '');
  } finally { rmSync(dir, { recursive: true, force: true }); rmSync(work, { recursive: true, force: true }); }
});

test('a folder without reports is skipped quietly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-batch-empty-'));
  try { assert.deepEqual(prepareBatch(dir, dir), { skipped: 'no reports' }); } finally { rmSync(dir, { recursive: true, force: true }); }
});
