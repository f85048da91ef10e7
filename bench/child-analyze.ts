// Benchmark child: the whole analyze pipeline over a JSONL file, as one process, start-up included.
// Prints one JSON line of figures to stdout.
//   stageMs: wall time per stage in the first (cold) pass, JIT and regex compilation included; stageCpuMs: the
//   same as CPU time (steadier on a loaded machine); cpuMs: CPU time of the whole first pass.
//   warmStageMs: CPU time per stage in later passes over the same documents (steady state: code compiled,
//   caches warm), stage by stage: each stage runs over all documents in one timed loop, after the stages
//   before it ran on them all, so only its own work (and its own garbage) counts; the last of
//   BENCH_WARM_PASSES passes (default 2, 0 = skip) is reported.
import { readFileSync } from 'node:fs';
import { tuneJitForBatch } from '../src/ingest/jit.js';
const t0 = performance.now();
tuneJitForBatch(); // as `newsgraph analyze` does for a JSONL batch
const { analyze, prepareDocument } = await import('../src/analyze.js');
const { enableStageTiming, stageTimes, stageCpu, STAGES } = await import('../src/nlp/pipeline.js');
const { newDoc } = await import('../src/nlp/doc.js');
const file = process.argv[2]!;
enableStageTiming(true);
const tLoad = performance.now();
const cpu0 = process.cpuUsage();
let words = 0, bytes = 0, docs = 0, sink = 0;
const inputs: { text: string; publishedAt?: string }[] = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  const d = JSON.parse(line) as { text: string; publishedAt?: string };
  const a = analyze({ text: d.text }, { publishedAt: d.publishedAt });
  sink += JSON.stringify(a).length; // output is part of the job
  words += d.text.split(/\s+/).filter(Boolean).length;
  bytes += Buffer.byteLength(d.text);
  docs++;
  inputs.push(d);
}
const t1 = performance.now();
const cpu = process.cpuUsage(cpu0);
const maxRssMb = process.resourceUsage().maxRSS / 1024;
enableStageTiming(false);

const passes = Number(process.env.BENCH_WARM_PASSES ?? 2);
let warmStageMs: Record<string, number> | undefined;
for (let p = 0; p < passes; p++) {
  // Stage-major: each stage runs over every document in one loop, after the stages before it ran on all.
  const ms: Record<string, number> = {};
  const all = inputs.map((d) => newDoc(prepareDocument({ text: d.text }, { publishedAt: d.publishedAt })));
  for (const stage of STAGES) {
    const c0 = process.cpuUsage();
    for (const doc of all) stage.run(doc);
    const c = process.cpuUsage(c0);
    ms[stage.name] = (c.user + c.system) / 1000;
  }
  warmStageMs = ms; // the last pass counts
}
process.stdout.write(JSON.stringify({
  docs, words, bytes, sink, startupMs: tLoad - t0, totalMs: t1 - t0,
  maxRssMb, stageMs: stageTimes, warmStageMs, cpuMs: (cpu.user + cpu.system) / 1000, stageCpuMs: stageCpu,
}) + '\n');
