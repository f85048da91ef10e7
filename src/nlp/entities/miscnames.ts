// Fixed capitalised phrases that name nothing of a scored type (data/lexicon/misc-names.txt): "the State of the Union",
// "Lunar New Year", "Dow Jones Industrial Average". A match is one OTHER candidate, so that no word inside it is taken
// for a place ("Union"), a person ("Jones Industrial Average") or an organisation ("Good Friday").
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import type { Cand } from './recognize.js';
import type { Tok } from './tokenize.js';

/** Lower case, accents off, hyphens as spaces, other punctuation (but & and ') dropped, single spaces. */
export function miscKey(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’]/g, "'").replace(/[-‐‑–—]/g, ' ')
    .replace(/[^\p{L}\p{N}' &]+/gu, ' ').replace(/ '/g, "'").replace(/\s+/g, ' ').trim();
}

let cached: { names: Set<string>; first: Set<string>; maxWords: number } | undefined;
function table(): { names: Set<string>; first: Set<string>; maxWords: number } {
  if (cached) return cached;
  const path = join(projectRoot, 'data', 'lexicon', 'misc-names.txt');
  const names = new Set<string>(); const first = new Set<string>(); let maxWords = 1;
  if (existsSync(path)) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const l = line.trim();
      if (!l || l.startsWith('#')) continue;
      const k = miscKey(l);
      names.add(k); first.add(k.split(' ')[0]!); first.add(k.split(/[ &']/)[0]!);
      maxWords = Math.max(maxWords, k.split(' ').length + 2);
    }
  }
  cached = { names, first, maxWords };
  return cached;
}

/** OTHER candidates for every listed phrase in the text (longest match from each capitalised token). */
export function miscNameCandidates(toks: readonly Tok[], text: string): Cand[] {
  const { names, first, maxWords } = table();
  if (!names.size) return [];
  const out: Cand[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.isWord || !(t.cap || t.allCaps) || !first.has(t.lower)) continue;
    let best = -1;
    for (let j = i; j < toks.length && j - i < maxWords + 2; j++) {
      if (toks[j]!.sent !== t.sent) break;
      const tj = toks[j]!;
      if ((tj.isWord || /^\p{N}/u.test(tj.text)) && names.has(miscKey(text.slice(t.start, tj.end)))) best = j;
    }
    if (best < 0) continue;
    out.push({ s: i, e: best + 1, type: 'OTHER', src: 'head', rule: 'misc-name', score: 0 });
    i = best;
  }
  return out;
}
