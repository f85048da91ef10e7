// Faster scoring runs: the shared scorer starts bin/newsgraph once per report (~2 s of start-up each, more than the
// analysis itself). Before it runs, every report of the folder is analysed in ONE batch process (analyze on a JSONL
// file, the same pipeline), each analysis is stored under the exact command line the scorer will use, and the scorer
// is handed a small replay CLI that prints the stored analysis — or, for any command line it was not prepared for,
// runs bin/newsgraph itself (so does any report the batch does not take: not .txt, or text analyze would refuse). The scorer and its rules are untouched; only where the analysis comes from changes.
// EVAL_BATCH=0 turns it off (one process per report, as the scorer alone does). Any failure of the batch (a report
// it skipped, a crash) drops the whole cache, so a run is never scored from a partial batch.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { projectRoot } from '../src/core/shared.js';
import { decodeUtf8 } from '../src/ingest/normalize.js';
import { goldFiles } from './gold-files.js';

/** The scorer's command line for one gold file (score.mjs: analyze FILE --json [--published] [--outlet] [--title]). */
export function scorerArgv(goldPath: string, gold: { file?: string; publishedAt?: string; outlet?: string; title?: string }): string[] | undefined {
  if (!gold.file) return undefined;
  const argv = ['analyze', join(dirname(goldPath), gold.file), '--json'];
  if (gold.publishedAt) argv.push('--published', gold.publishedAt);
  if (gold.outlet) argv.push('--outlet', gold.outlet);
  if (gold.title) argv.push('--title', gold.title);
  return argv;
}

/** The cache key of a command line: the article by its absolute path, then the other arguments as given. */
export function replayKey(argv: readonly string[]): string {
  const [verb, file, ...rest] = argv;
  return createHash('sha1').update(JSON.stringify([verb, file ? resolve(file) : '', ...rest])).digest('hex');
}

/**
 * Analyses every report of `dir` in one batch process and stores each analysis in `work/cache` under its scorer
 * command line. Returns how many were stored, or a reason when nothing was (then the caller leaves the scorer alone).
 */
export function prepareBatch(dir: string, work: string): { stored: number } | { skipped: string } {
  const jobs: { key: string; line: string }[] = [];
  for (const gp of goldFiles(dir)) {
    let gold: { story?: unknown; file?: string; publishedAt?: string; outlet?: string; title?: string };
    try { gold = JSON.parse(readFileSync(gp, 'utf8')); } catch { continue; } // the scorer reports it itself
    if (gold.story) continue;
    const argv = scorerArgv(gp, gold);
    // only plain-text articles; anything else (a missing file, HTML) is left to a real run, which reports it itself
    if (!argv || !argv[1]!.endsWith('.txt') || !existsSync(argv[1]!)) continue;
    // the article's text exactly as analyze reads a .txt file; one it would refuse (NUL bytes, not UTF-8, too big)
    // is left to a real run too, so the scorer sees the same refusal
    let text: string;
    try { text = decodeUtf8(readFileSync(argv[1]!), argv[1]!); } catch { continue; }
    const meta: Record<string, string> = {};
    if (gold.publishedAt) meta.publishedAt = gold.publishedAt;
    if (gold.outlet) meta.outlet = gold.outlet;
    if (gold.title) meta.title = gold.title;
    jobs.push({ key: replayKey(argv), line: JSON.stringify({ text, ...meta }) });
  }
  if (!jobs.length) return { skipped: 'no reports' };
  const cache = join(work, 'cache');
  mkdirSync(cache, { recursive: true });
  const input = join(work, 'batch.jsonl');
  writeFileSync(input, jobs.map((j) => j.line).join('\n') + '\n');
  const r = spawnSync(process.execPath, [join(projectRoot, 'bin', 'newsgraph'), 'analyze', input, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) return { skipped: `batch analyze exited ${r.status ?? r.signal}: ${(r.stderr ?? '').trim().split('\n')[0] ?? ''}` };
  const outs = (r.stdout ?? '').split('\n').filter((l) => l.trim());
  if (outs.length !== jobs.length) return { skipped: `batch analyze gave ${outs.length} analyses for ${jobs.length} reports` };
  jobs.forEach((j, i) => writeFileSync(join(cache, `${j.key}.json`), outs[i] + '\n'));
  return { stored: jobs.length };
}

/**
 * Writes the replay CLI into `work`: a command line found in the cache prints the stored analysis; any other runs
 * bin/newsgraph. With `keep`, every analysis of an article is also copied there under `keptName` (the tee of
 * EVAL_MISS_KINDS runs).
 */
export function replayCli(work: string, keep: string): string {
  const path = join(work, 'newsgraph-replay.mjs');
  writeFileSync(path, `#!${process.execPath}
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
const args = process.argv.slice(2);
const [verb, file, ...rest] = args;
const key = createHash('sha1').update(JSON.stringify([verb, file ? resolve(file) : '', ...rest])).digest('hex');
const cached = join(${JSON.stringify(join(work, 'cache'))}, key + '.json');
let out, status;
if (existsSync(cached)) { out = readFileSync(cached, 'utf8'); status = 0; }
else {
  const r = spawnSync(${JSON.stringify(process.execPath)}, [${JSON.stringify(join(projectRoot, 'bin', 'newsgraph'))}, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
  out = r.stdout ?? ''; status = r.status ?? 1;
}
const keep = ${JSON.stringify(keep)};
if (keep && status === 0 && verb === 'analyze' && file) writeFileSync(join(keep, encodeURIComponent(resolve(file)) + '.json'), out);
process.stdout.write(out);
process.exitCode = status;
`);
  chmodSync(path, 0o755);
  return path;
}
