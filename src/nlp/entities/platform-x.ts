// The platform X (formerly Twitter) written as a bare capital letter: "a post on X", "saying on X that",
// "welcomed the invitation on X", "X, formerly Twitter", "on TikTok and X". A bare capital letter is otherwise no
// name ("Plan X", "Malcolm X", "Generation X"). Cue words are data: data/lexicon/entities-platform-x-cues.txt
// (posting and speech words up to five tokens before "on X" / "to X") and data/lexicon/entities-social-platforms.txt
// (platforms X is listed with).
import { readWordSet } from '../../core/word-lists.js';
import type { Tok } from './tokenize.js';

let cues: ReadonlySet<string> | undefined;
let platforms: ReadonlySet<string> | undefined;

/** Token indexes of the bare capital X that names the platform. */
export function platformXIndexes(toks: readonly Tok[]): number[] {
  cues ??= readWordSet('entities-platform-x-cues.txt');
  platforms ??= readWordSet('entities-social-platforms.txt');
  const out: number[] = [];
  const isPlatform = (k: number): boolean => {
    const t = toks[k];
    if (!t || !t.cap || !t.isWord) return false;
    if (platforms!.has(t.lower)) return true;
    const n = toks[k + 1];
    return !!n && n.sent === t.sent && platforms!.has(`${t.lower} ${n.lower}`);
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.text !== 'X' || t.headline) continue;
    const p = toks[i - 1]; const prev = p && p.sent === t.sent ? p.lower : '';
    const nx = toks[i + 1]; const nxl = nx && nx.sent === t.sent ? nx.lower : '';
    const nx2 = toks[i + 2]?.lower ?? '';
    // "X, formerly Twitter", "X (formerly Twitter)"
    let hit = (nxl === ',' || nxl === '(') && nx2 === 'formerly';
    // "said on X", "welcomed the invitation on X", "saying on X that": a cue word within five tokens of "on"/"to"
    if (!hit && (prev === 'on' || prev === 'to')) {
      for (let k = Math.max(0, i - 6); k < i - 1 && !hit; k++) if (toks[k]!.sent === t.sent && cues.has(toks[k]!.lower)) hit = true;
      // "on X that the country had …": reported speech after the platform
      if (!hit && prev === 'on' && nxl === 'that') hit = true;
    }
    // "on TikTok and X", "X, Facebook and Instagram": listed with another platform
    if (!hit) {
      const before = (prev === 'and' || prev === 'or' || prev === ',') && i >= 2 && (isPlatform(i - 2) || (i >= 3 && isPlatform(i - 3)));
      const after = (nxl === 'and' || nxl === 'or' || nxl === ',') && isPlatform(i + 2);
      hit = before || after;
    }
    if (hit) out.push(i);
  }
  return out;
}
