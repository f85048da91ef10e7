// Runs ../shared/tools/score.mjs on a folder of reports with gold files through bin/newsgraph and prints
// what it wrote: the shared examples (eval/run.ts) and the held-out devsets (scorers/devset.ts) alike.
// EVAL_VERBOSE=1 passes --verbose (every miss is listed); EVAL_MISS_KINDS=1 prints only counts of the misses by
// kind, with no text (for held-out sets, whose misses nobody may read). For the quantity misses it keeps the
// CLI output the scorer saw (a tee around bin/newsgraph in a temporary folder) to say why each was missed; from the
// same analyses each missed event is told by its cause (eval/event-misses.ts), and each wrong attribution chain by
// where its extra link's cue and its missing gold source stand (eval/attribution-miss.ts).
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, openSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { projectRoot } from '../src/core/shared.js';
import { countKinds, entityMissKinds, type GoldEntity, type SysAnalysis } from './entity-miss-kinds.js';
import { eventMissCauses, type GoldDoc, type SysDoc } from './event-misses.js';
import { countMissKinds, eventCauseCounts, type QuantityResolver } from './miss-kinds.js';
import { timeMissDetail } from './time-miss.js';
import { quantityMissKinds } from './quantity-miss.js';
import { claimMissDetail, type ShapeAnalysis } from './claim-shape.js';
import { attributionLineDetail } from './attribution-miss.js';
import { checkLineDetail } from './check-miss.js';
import { attributionRuleKeys, foldRuleKeys } from './attribution-rules.js';
import { prepareBatch, replayCli } from './batch-replay.js';

/** The name a kept analysis is stored under: the article path the scorer passed. */
const keptName = (article: string): string => `${encodeURIComponent(resolve(article))}.json`;

/** A CLI that runs bin/newsgraph and keeps a copy of each analysis in `keep`. */
function teeCli(keep: string): string {
  const path = join(keep, 'newsgraph-tee.mjs');
  writeFileSync(path, `#!${process.execPath}
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
const args = process.argv.slice(2);
const r = spawnSync(${JSON.stringify(process.execPath)}, [${JSON.stringify(join(projectRoot, 'bin', 'newsgraph'))}, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
if (r.status === 0 && args[0] === 'analyze' && args[1]) writeFileSync(join(${JSON.stringify(keep)}, encodeURIComponent(resolve(args[1])) + '.json'), r.stdout);
process.stdout.write(r.stdout ?? '');
process.exitCode = r.status ?? 1;
`);
  chmodSync(path, 0o755);
  return path;
}

/** Every gold file under `dir` by the scorer's label (its last two path parts), as the scorer walks them. */
function goldsByLabel(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (p: string): void => {
    if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) walk(join(p, f));
    else if (p.endsWith('gold.json')) out.set(p.split('/').slice(-2).join('/'), p);
  };
  walk(resolve(dir));
  return out;
}

/** Gold label → the analysis kept for its article (for the shape of a claim miss), read when first asked. */
function keptAnalyses(dir: string, keep: string): (label: string) => ShapeAnalysis | undefined {
  const golds = goldsByLabel(dir);
  const cache = new Map<string, ShapeAnalysis | undefined>();
  return (label) => {
    if (cache.has(label)) return cache.get(label);
    let a: ShapeAnalysis | undefined;
    try {
      const gp = golds.get(label);
      const gold = gp ? JSON.parse(readFileSync(gp, 'utf8')) as { file?: string } : undefined;
      const kept = gp && gold?.file ? join(keep, keptName(join(dirname(gp), gold.file))) : undefined;
      if (kept && existsSync(kept)) a = JSON.parse(readFileSync(kept, 'utf8')) as ShapeAnalysis;
    } catch { a = undefined; }
    cache.set(label, a);
    return a;
  };
}

/** Classes quantity misses from the gold files and the kept analyses; each (label, text) miss takes the next kind. */
export function keptQuantityResolver(dir: string, keep: string): QuantityResolver {
  const golds = goldsByLabel(dir);
  const cache = new Map<string, Map<string, string[]>>();
  return (label, text) => {
    let kinds = cache.get(label);
    if (!kinds) {
      const gp = golds.get(label);
      if (!gp) return undefined;
      const gold = JSON.parse(readFileSync(gp, 'utf8')) as { file?: string; quantities?: [] };
      const kept = gold.file ? join(keep, keptName(join(dirname(gp), gold.file))) : '';
      const out = kept && existsSync(kept) ? JSON.parse(readFileSync(kept, 'utf8')) as Parameters<typeof quantityMissKinds>[1] : undefined;
      kinds = quantityMissKinds(gold, out);
      cache.set(label, kinds);
    }
    return kinds.get(text)?.shift();
  };
}

/**
 * Why each gold entity of the folder was missed or linked wrongly (entity-miss-kinds.ts), from the analyses the
 * scorer saw; a report whose analysis failed counts all its gold entities as missed, as the scorer does. Kinds only.
 */
export function keptEntityMissKinds(dir: string, keep: string): string[] {
  const kinds: string[] = [];
  for (const gp of goldsByLabel(dir).values()) {
    const gold = JSON.parse(readFileSync(gp, 'utf8')) as { story?: unknown; file?: string; entities?: GoldEntity[] };
    if (gold.story) continue;
    const kept = gold.file ? join(keep, keptName(join(dirname(gp), gold.file))) : '';
    if (!kept || !existsSync(kept)) { kinds.push(...(gold.entities ?? []).map((g) => `entity missed (${g.type}): no analysis (analyze failed)`)); continue; }
    kinds.push(...entityMissKinds(gold, JSON.parse(readFileSync(kept, 'utf8')) as SysAnalysis));
  }
  return kinds;
}

/**
 * Why each gold event of the folder was missed (event-misses.ts), from the analyses the scorer saw; a report whose
 * analysis failed has found nothing, so each of its events lacks its type. Kinds only.
 */
export function keptEventMissCauses(dir: string, keep: string): string[] {
  const causes: string[] = [];
  for (const gp of goldsByLabel(dir).values()) {
    const gold = JSON.parse(readFileSync(gp, 'utf8')) as GoldDoc & { story?: unknown; file?: string };
    if (gold.story) continue;
    const kept = gold.file ? join(keep, keptName(join(dirname(gp), gold.file))) : '';
    const out = kept && existsSync(kept) ? JSON.parse(readFileSync(kept, 'utf8')) as SysDoc : {};
    causes.push(...eventMissCauses(gold, out));
  }
  return causes;
}

/** The rules of our chain for every gold claim we found, right or wrong (attribution-rules.ts). Kinds only. */
export function keptAttributionRuleKeys(dir: string, keep: string): string[] {
  const keys: string[] = [];
  for (const gp of goldsByLabel(dir).values()) {
    const gold = JSON.parse(readFileSync(gp, 'utf8')) as Parameters<typeof attributionRuleKeys>[0] & { story?: unknown; file?: string };
    if (gold.story) continue;
    const kept = gold.file ? join(keep, keptName(join(dirname(gp), gold.file))) : '';
    if (!kept || !existsSync(kept)) continue;
    keys.push(...attributionRuleKeys(gold, JSON.parse(readFileSync(kept, 'utf8')) as Parameters<typeof attributionRuleKeys>[1]));
  }
  return keys;
}

/**
 * Runs the scorer with its stdout in a file, not a pipe: the scorer ends with process.exit(), which drops what a pipe
 * has not yet taken (a verbose run over 64 KB lost its score line that way).
 */
function runScorerToFile(argv: string[], name: string): { out: string; failure: string } {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-score-'));
  const file = join(dir, 'out.txt');
  const fd = openSync(file, 'w');
  try {
    const r = spawnSync(process.execPath, argv, { stdio: ['ignore', fd, 'inherit'] });
    const out = readFileSync(file, 'utf8').trimEnd();
    // the scorer exits 1 only when a --min is missed; print whatever it wrote
    const failure = r.error ? r.error.message : r.status === 0 ? '' : `exit ${r.status ?? r.signal}`;
    return { out: out || `${name}: scorer failed: ${failure || 'no output'}`, failure };
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

export function runSharedScorer(shared: string, dir: string, name: string): void {
  const kinds = Boolean(process.env.EVAL_MISS_KINDS);
  const keep = kinds ? mkdtempSync(join(tmpdir(), 'newsgraph-kept-')) : '';
  // one batch analysis of the folder, replayed to the scorer (eval/batch-replay.ts); EVAL_BATCH=0: one process per report
  const work = process.env.EVAL_BATCH === '0' ? '' : mkdtempSync(join(tmpdir(), 'newsgraph-batch-'));
  let cli = '';
  if (work) {
    const b = prepareBatch(dir, work);
    if ('stored' in b) cli = replayCli(work, keep);
    else if (b.skipped !== 'no reports') console.error(`${name}: batch analysis skipped (${b.skipped}); the scorer runs one process per report`);
  }
  if (!cli) cli = keep ? teeCli(keep) : join(projectRoot, 'bin', 'newsgraph');
  const argv = [join(shared, 'tools', 'score.mjs'), '--cmd', cli, ...(process.env.EVAL_VERBOSE || kinds ? ['--verbose'] : []), dir];
  let scored: { out: string; failure: string };
  try { scored = runScorerToFile(argv, name); } finally { if (work) rmSync(work, { recursive: true, force: true }); }
  const { out, failure } = scored;
  if (!kinds) { console.log(out); return; }
  // only the score line and the counts: per-document lines and miss texts stay unprinted
  const score = out.split('\n').filter((l) => /score:/.test(l));
  // a scorer that stopped before its score line is said, not hidden behind the counts of what it did print
  if (!score.length) score.push(`${name}: the scorer printed no score line${failure ? ` (${failure})` : ''}; its counts below are partial`);
  try {
    const analysisOf = keptAnalyses(dir, keep);
    // EVAL_TIME_SIGNALS=1 splits time misses by the closed-class signal words around the gold span
    const timeSignals = Boolean(process.env.EVAL_TIME_SIGNALS);
    const counts = countMissKinds(out, keptQuantityResolver(dir, keep), (line) => claimMissDetail(line, analysisOf) ?? attributionLineDetail(line, analysisOf) ?? checkLineDetail(line, analysisOf)
      ?? (timeSignals ? timeMissDetail(line, analysisOf) : undefined));
    const line = ([k, c]: [string, number]): string => `  ${String(c).padStart(4)}  ${k}`;
    // the scorer's "event TYPE" counts give way to the causes, by cause and by type and cause
    const lines = [...score, ...counts.filter(([k]) => !k.startsWith('event ')).map(line)];
    const events = keptEventMissCauses(dir, keep);
    const scorerEvents = counts.filter(([k]) => k.startsWith('event ')).reduce((a, [, c]) => a + c, 0);
    const ev = eventCauseCounts(events);
    lines.push(`  event misses by cause (${events.length} misses${events.length === scorerEvents ? '' : `; the scorer counted ${scorerEvents}`}; one lacking two names counts under both):`);
    lines.push(...ev.summary.map(line), '  event misses by type and cause:', ...ev.detail.map(line));
    // why entities were missed or linked wrongly; the replay must count what the scorer counted
    const causes = keptEntityMissKinds(dir, keep);
    const scorerN = counts.filter(([k]) => k.startsWith('entity ')).reduce((a, [, c]) => a + c, 0);
    lines.push(`  entity and link misses by cause${causes.length === scorerN ? '' : ` (replay counted ${causes.length}, the scorer ${scorerN})`}:`);
    lines.push(...countKinds(causes).map(([k, c]) => `  ${String(c).padStart(6)}  ${k}`));
    // how often each attribution rule of ours is right on the claims we found (EVAL_ATTR_RULES=1)
    if (process.env.EVAL_ATTR_RULES) {
      lines.push('  attribution of found claims by our rules (ok / wrong):');
      lines.push(...foldRuleKeys(keptAttributionRuleKeys(dir, keep)).map(([k, o, w]) => `  ${String(o).padStart(6)} ${String(w).padStart(4)}  ${k}`));
    }
    console.log(lines.join('\n'));
  } finally {
    rmSync(keep, { recursive: true, force: true });
  }
}
