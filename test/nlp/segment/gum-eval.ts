// Accuracy check (not a test): node dist/test/nlp/segment/gum-eval.js [--show]
// Rebuilds the running text of the GUM news/interview documents from their CoNLL-U files
// (paragraphs separated by a blank line, sentences by a space, or by a newline after a sentence
// without final punctuation) and compares our sentence ends
// with the gold ones. Prints precision/recall/F1 of sentence ends; --show lists the misses;
// --wrap hard-wraps the text first.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../../../src/nlp/segment/index.js';
import { sharedDir } from '../../../src/core/shared.js';

const dir = join(sharedDir() ?? '/work/shared', 'corpora', 'gum-news', 'conllu');
const show = process.argv.includes('--show');
// --wrap: hard-wrap every paragraph at 72 columns (as in fixed-width wire copy). Spaces become
// newlines, so offsets and gold ends stay valid.
const wrap = process.argv.includes('--wrap');

function hardWrap(text: string, width: number): string {
  const out = text.split('');
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < out.length; i++) {
    if (out[i] === '\n') { lineStart = i + 1; lastSpace = -1; continue; }
    if (out[i] === ' ') lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart) {
      out[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return out.join('');
}
let tp = 0;
let fp = 0;
let fn = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.conllu'))) {
  let text = '';
  const goldEnds = new Set<number>();
  for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
    if (line.startsWith('# newpar') && !line.startsWith('# newpar_block')) {
      if (text) text += '\n\n';
    } else if (line.startsWith('# text = ')) {
      // A sentence without final punctuation (title, date line, caption) sat on its own line.
      if (text && !text.endsWith('\n')) text += /[.!?"”’)]$/.test(text) ? ' ' : '\n';
      text += line.slice(9);
      goldEnds.add(text.length);
    }
  }
  if (wrap) text = hardWrap(text, 72);
  const ends = new Set(segment(text).sentences.map((s) => s.end));
  for (const e of ends) {
    if (goldEnds.has(e)) tp++;
    else {
      fp++;
      if (show) console.log(`FP ${name}: …${text.slice(Math.max(0, e - 60), e)}|${text.slice(e, e + 40)}…`.replace(/\n/g, '⏎'));
    }
  }
  for (const e of goldEnds) {
    if (!ends.has(e)) {
      fn++;
      if (show) console.log(`FN ${name}: …${text.slice(Math.max(0, e - 60), e)}|${text.slice(e, e + 40)}…`.replace(/\n/g, '⏎'));
    }
  }
}
const p = tp / (tp + fp);
const r = tp / (tp + fn);
console.log(`sentence ends: P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${((2 * p * r) / (p + r)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
