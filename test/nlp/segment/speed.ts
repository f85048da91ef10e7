// Speed check (not a test): node dist/test/nlp/segment/speed.js [dir]
// Segments the text of every TimeML file under the TE3-silver corpus (tags stripped) and prints
// words per second, once per document and once on one concatenated text.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../../../src/nlp/segment/index.js';
import { sharedDir } from '../../../src/core/shared.js';

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (name.endsWith('.tml')) out.push(p);
  }
  return out;
}

function textOf(xml: string): string {
  const m = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  return (m ? m[1] : xml).replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim();
}

const t0 = performance.now();
const root = process.argv[2] ?? join(sharedDir() ?? '/work/shared', 'corpora', 'te3-silver');
const docs = files(root).map((f) => textOf(readFileSync(f, 'utf8')));
const words = docs.reduce((n, d) => n + (d.match(/\S+/g)?.length ?? 0), 0);
const tLoad = performance.now();

let tokens = 0;
let sentences = 0;
const t1 = performance.now();
for (const d of docs) {
  const r = segment(d);
  tokens += r.tokens.length;
  sentences += r.sentences.length;
}
const t2 = performance.now();
const big = docs.join('\n\n');
const t3 = performance.now();
segment(big);
const t4 = performance.now();
const wps = (ms: number): string => `${Math.round(words / (ms / 1000)).toLocaleString('en')} words/s`;
console.log(`${docs.length} docs, ${words} words, ${tokens} tokens, ${sentences} sentences (load ${Math.round(tLoad - t0)} ms)`);
console.log(`per document:   ${Math.round(t2 - t1)} ms  ${wps(t2 - t1)}`);
console.log(`one text:       ${Math.round(t4 - t3)} ms  ${wps(t4 - t3)}`);
