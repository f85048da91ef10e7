// Benchmark child: the whole analyze pipeline over a JSONL file, as one process, start-up included.
// Prints one JSON line of figures to stdout.
import { readFileSync } from 'node:fs';
const t0 = performance.now();
const { analyze } = await import('../src/analyze.js');
const { enableStageTiming, stageTimes } = await import('../src/nlp/pipeline.js');
const file = process.argv[2]!;
enableStageTiming(true);
const tLoad = performance.now();
let words = 0, bytes = 0, docs = 0, sink = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  const d = JSON.parse(line) as { text: string; publishedAt?: string };
  const a = analyze({ text: d.text }, { publishedAt: d.publishedAt });
  sink += JSON.stringify(a).length; // output is part of the job
  words += d.text.split(/\s+/).filter(Boolean).length;
  bytes += Buffer.byteLength(d.text);
  docs++;
}
const t1 = performance.now();
process.stdout.write(JSON.stringify({
  docs, words, bytes, sink, startupMs: tLoad - t0, totalMs: t1 - t0,
  maxRssMb: process.resourceUsage().maxRSS / 1024, stageMs: stageTimes,
}) + '\n');
