// Precision check of the WordNet trigger widening (data/lexicon/events-triggers-wordnet.tsv): runs the pipeline on each
// .txt of the READABLE folders given and counts, per document, the events with the full lexicon and with the hand
// lexicon alone (the same NlpDoc, events re-extracted), and lists the events only the full lexicon gives, each with its
// sentence, for a reader to judge. Never pass a measure-only folder: it prints text.
// Usage: node dist/eval/wordnet-triggers.js FOLDER... [--quiet]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDoc, prepareDocument } from '../src/analyze.js';
import { buildLexicon, lexicon, lexiconSources } from '../src/nlp/events/lexicon.js';
import { extractEvents } from '../src/nlp/events/index.js';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
// the hand lexicon alone: the same sources as lexicon(), without the WordNet rows
const handOnly = buildLexicon({ ...lexiconSources(), wordnet: undefined });
let docs = 0, before = 0, after = 0;
for (const dir of args.filter((a) => !a.startsWith('--'))) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const doc = analyzeDoc(prepareDocument(text));
    const full = extractEvents(doc, lexicon());
    const hand = extractEvents(doc, handOnly);
    docs++; before += hand.length; after += full.length;
    const key = (e: { type: string; trigger: { start: number } }): string => `${e.type}@${e.trigger.start}`;
    const old = new Set(hand.map(key));
    for (const e of full) {
      if (old.has(key(e)) || quiet) continue;
      const s0 = text.lastIndexOf('\n', e.trigger.start) + 1;
      const s1 = text.indexOf('\n', e.trigger.end);
      console.log(`+ ${join(dir, f)}\t${e.type}\t${e.trigger.text}\t${JSON.stringify(e.args)}\t${text.slice(Math.max(s0, e.trigger.start - 90), Math.min(s1 < 0 ? text.length : s1, e.trigger.end + 60)).replace(/\s+/g, ' ')}`);
    }
    const gone = full.length < hand.length || hand.some((e) => !full.some((x) => key(x) === key(e)));
    if (gone && !quiet) for (const e of hand.filter((h) => !full.some((x) => key(x) === key(h)))) console.log(`- ${join(dir, f)}\t${e.type}\t${e.trigger.text}`);
  }
}
console.log(`documents ${docs}; events hand lexicon ${before}, with WordNet ${after} (+${after - before}, ${(100 * (after - before) / Math.max(1, before)).toFixed(1)}%)`);
