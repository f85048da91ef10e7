// Benchmark child: a baseline library over the same JSONL, as one process, start-up included.
//   compromise: people(), places(), organizations() on each document
//   wink: readDoc + its entities; wink-tokens: readDoc alone (its bare tokenising rate)
import { readFileSync } from 'node:fs';
const t0 = performance.now();
const which = process.argv[2];
const file = process.argv[3]!;
const texts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
let run: (t: string) => number;
if (which === 'compromise') {
  const nlp = (await import('compromise')).default;
  run = (t) => { const d = nlp(t); return d.people().out('array').length + d.places().out('array').length + d.organizations().out('array').length; };
} else {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const its = nlp.its;
  run = which === 'wink-tokens'
    ? (t) => nlp.readDoc(t).tokens().length()
    : (t) => { const d = nlp.readDoc(t); return d.entities().out(its.value).length + d.tokens().length(); };
}
let words = 0, sink = 0;
for (const t of texts) { sink += run(t); words += t.split(/\s+/).filter(Boolean).length; }
const t1 = performance.now();
process.stdout.write(JSON.stringify({ words, sink, totalMs: t1 - t0, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
