// npm run bench: throughput and memory of the whole analyze pipeline on 600 te3-silver documents, beside
// compromise and wink-nlp on the same documents in the same run. A report, never a test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot, sharedDir } from '../src/core/shared.js';
import { te3Silver } from './te3.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/** A whole-number setting from the environment, or one clear line and exit 2. */
function envCount(name: string, dflt: number, min: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return dflt;
  if (!/^\d+$/.test(v) || Number(v) < min) { console.error(`bench: ${name} must be a whole number ≥ ${min}, got "${v}"`); process.exit(2); }
  return Number(v);
}
const N = envCount('BENCH_DOCS', 600, 1);
const WARM_PASSES = envCount('BENCH_WARM_PASSES', 2, 0);
const shared = sharedDir();
if (!shared) { console.log('bench: ../shared is absent (needs corpora/te3-silver); nothing to measure'); process.exit(0); }
const dir = join(projectRoot, '.bench');
mkdirSync(dir, { recursive: true });
const jsonl = join(dir, `te3-silver-${N}.jsonl`);
if (!existsSync(jsonl)) {
  writeFileSync(jsonl, te3Silver(shared, N).map((d) => JSON.stringify({ text: d.text, publishedAt: d.publishedAt })).join('\n') + '\n');
}

interface Fig { words: number; totalMs: number; maxRssMb: number; bytes?: number; startupMs?: number; stageMs?: Record<string, number>; warmStageMs?: Record<string, number>; cpuMs?: number; stageCpuMs?: Record<string, number> }
const child = (script: string, args: string[]): Fig => JSON.parse(execFileSync(process.execPath, [join(here, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }));
const wps = (f: Fig) => f.words / (f.totalMs / 1000);

const ours = child('child-analyze.js', [jsonl]);
const comp = child('child-baseline.js', ['compromise', jsonl]);
const wink = child('child-baseline.js', ['wink', jsonl]);
const winkTok = child('child-baseline.js', ['wink-tokens', jsonl]);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`newsgraph bench — ${N} te3-silver documents, ${fmt(ours.words)} words, ${(ours.bytes! / 1048576).toFixed(2)} MB, one process each, start-up included`);
console.log('');
console.log('| run | words/s | MB/s | peak RSS MB | wall s |');
console.log('|---|---:|---:|---:|---:|');
console.log(`| newsgraph analyze (all stages) | ${fmt(wps(ours))} | ${(ours.bytes! / 1048576 / (ours.totalMs / 1000)).toFixed(2)} | ${ours.maxRssMb.toFixed(0)} | ${(ours.totalMs / 1000).toFixed(2)} |`);
console.log(`| compromise people/places/orgs | ${fmt(wps(comp))} | | ${comp.maxRssMb.toFixed(0)} | ${(comp.totalMs / 1000).toFixed(2)} |`);
console.log(`| wink-nlp readDoc + entities | ${fmt(wps(wink))} | | ${wink.maxRssMb.toFixed(0)} | ${(wink.totalMs / 1000).toFixed(2)} |`);
console.log(`| wink-nlp readDoc only (bare tokenising) | ${fmt(wps(winkTok))} | | ${winkTok.maxRssMb.toFixed(0)} | ${(winkTok.totalMs / 1000).toFixed(2)} |`);
console.log('');
console.log(`ratios: newsgraph / compromise = ${(wps(ours) / wps(comp)).toFixed(2)}× (target ≥ 5×); newsgraph / wink tokenising = ${(wps(ours) / wps(winkTok)).toFixed(2)}× (target ≥ 0.33×); target ≥ 50,000 words/s, peak RSS < 600 MB`);
console.log(`start-up (module load, KB): ${ours.startupMs!.toFixed(0)} ms`);
const kbLoad = JSON.parse(execFileSync(process.execPath, ['--expose-gc', join(here, 'child-kb.js')], { encoding: 'utf8' })) as { ms: number; heapMb: number; entries: number };
console.log(`knowledge base alone: ${fmt(kbLoad.entries)} entries loaded in ${kbLoad.ms.toFixed(0)} ms, +${kbLoad.heapMb.toFixed(0)} MB heap and buffers (targets < 300 ms, < 150 MB)`);
console.log('');
console.log('Per stage, words/s and MB/s of the stage alone. "cold": wall time inside the first pass (each stage\'s');
console.log('code and regexes compiled on first use, garbage of earlier stages collected wherever it falls); "warm": CPU');
console.log(`time of the stage alone, run over all documents in one loop in pass ${WARM_PASSES + 1} (steady state).`);
console.log('');
// CPU time is steadier than wall time on a loaded machine; the cold CPU share per stage says where the time goes.
const coldCpu = Object.values(ours.stageCpuMs ?? {}).reduce((a, b) => a + b, 0);
console.log(`first pass CPU time ${(ours.cpuMs ?? 0).toFixed(0)} ms (background compilation and GC threads included), of which stages ${coldCpu.toFixed(0)} ms`);
console.log('');
console.log('| stage | cold ms | cold words/s | cold MB/s | cold CPU ms (share) | warm ms | warm words/s | warm MB/s |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
const rate = (ms: number | undefined): [string, string, string] => (ms && ms > 0
  ? [ms.toFixed(0), fmt(ours.words / (ms / 1000)), (ours.bytes! / 1048576 / (ms / 1000)).toFixed(1)] : ['—', '—', '—']);
for (const [stage, ms] of Object.entries(ours.stageMs ?? {})) {
  const cpu = ours.stageCpuMs?.[stage] ?? 0;
  const cpuCell = coldCpu > 0 ? `${cpu.toFixed(0)} (${((100 * cpu) / coldCpu).toFixed(1)}%)` : '—';
  console.log(`| ${stage} | ${rate(ms).join(' | ')} | ${cpuCell} | ${rate(ours.warmStageMs?.[stage]).join(' | ')} |`);
}

// Further suites (ingest throughput, API latency) register themselves as bench/*.ts with a default export.
for (const extra of ['ingest.js', 'serve.js']) {
  const p = join(here, extra);
  if (!existsSync(p)) continue;
  console.log('');
  const mod = (await import(p)) as { default: (shared: string) => Promise<void> };
  await mod.default(shared);
}
