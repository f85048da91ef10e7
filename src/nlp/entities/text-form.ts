// The report's own spelling of a KB-linked name (issue #3: "the KB's spelling replacing the text's"). A mention keeps
// the text as written, and so does the entity's name when the report never writes the KB name: "Volodymyr Zelensky"
// (KB "Volodymyr Zelenskyy"), "Marrakech" (KB "Marrakesh"), "Kiev" (KB "Kyiv") are the same name spelled otherwise;
// "Anbar" (KB "Al Anbar"), "the Aegean" (KB "Aegean Sea") are a place named shorter than the KB names it. The KB's
// name stays in `kb.name` (resolve.ts toEntity), so the link is unchanged.
import { normAlias } from '../../kb/normalize.js';
import { readWordSet } from '../../core/word-lists.js';

export interface FormMention { text: string; adj: boolean; rule: string; headline: boolean; linked: boolean }

/** Levenshtein distance of a and b, stopping early above `max` (returns max + 1). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      low = Math.min(low, cur[j]!);
    }
    if (low > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Two words that are one name spelled two ways: the same first letter, four letters at least, at most two edits
 *  ("zelensky"/"zelenskyy", "marrakech"/"marrakesh", "kiev"/"kyiv"); one edit only under six letters. */
export function sameWordSpelledOtherwise(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 4) return false;
  return editDistance(a, b, 2) <= (Math.min(a.length, b.length) < 6 ? 1 : 2);
}

const bare = (t: string): string => t.replace(/^(?:the|The|THE)\s+/, '').replace(/[’']s$/, '').trim();
const usable = (m: FormMention): boolean => m.linked && !m.adj && m.rule !== 'role-holder' && !m.rule.startsWith('coref') && /^[\p{Lu}\p{N}]/u.test(bare(m.text));

/** The report's spelling of the KB name `kbName` when it never writes that name but writes every word of it, one or
 *  more spelled otherwise ("Volodymyr Zelensky"); else undefined. Not for headline-only forms. */
export function spellingVariant(kbName: string, ms: readonly FormMention[]): string | undefined {
  const kw = normAlias(kbName).split(' ');
  let hit: FormMention | undefined;
  for (const m of ms) {
    if (!usable(m)) continue;
    const w = normAlias(bare(m.text)).split(' ');
    if (w.join(' ') === kw.join(' ')) return undefined;
    if (w.length !== kw.length || !w.every((x, i) => sameWordSpelledOtherwise(x, kw[i]!))) continue;
    if (!hit || (hit.headline && !m.headline)) hit = m;
  }
  return hit && !hit.headline ? bare(hit.text) : undefined;
}

let articles: ReadonlySet<string> | undefined;

/** A place the report names only by a shorter form of its KB name, all of whose words are the KB name's, from its
 *  first word or after a leading article ("Anbar" for "Al Anbar", "Aegean" for "Aegean Sea"): that form, the longest
 *  such outside headlines; else undefined. Not for countries (resolve.ts: "Korea" stays "South Korea"). */
export function shortPlaceForm(kbName: string, ms: readonly FormMention[]): string | undefined {
  const kw = normAlias(kbName).split(' ');
  let best: { t: string; n: number } | undefined;
  for (const m of ms) {
    if (!usable(m)) continue;
    const t = bare(m.text);
    const w = normAlias(t).split(' ');
    if (w.join(' ') === kw.join(' ')) return undefined;
    if (m.headline || w.length >= kw.length || !w.every((x) => kw.includes(x))) continue;
    // the KB name's first word leads the short form too ("Washington, D.C." is never "D.C."), unless it is an
    // article ("Al Anbar" → "Anbar")
    articles ??= readWordSet('place-name-articles.txt');
    if (w[0] !== kw[0] && !(articles.has(kw[0]!) && w[0] === kw[1])) continue;
    if (!best || w.length > best.n) best = { t, n: w.length };
  }
  return best?.t;
}

/** A place (no country) the report never names by its KB name, nor by a spelling or shorter form of it: the report's
 *  own name, the longest written outside headlines ("Gisenyi" where the KB files the town under "Rubavu", "Bombay"
 *  for "Mumbai"); a reader names the place as the report does. Not an abbreviation in capitals ("NSW" stays "New South
 *  Wales"), not a form seen only in headlines; else undefined. */
export function ownPlaceName(kbName: string, ms: readonly FormMention[]): string | undefined {
  const k = normAlias(kbName);
  let best: string | undefined;
  for (const m of ms) {
    if (!usable(m)) continue;
    const t = bare(m.text);
    if (normAlias(t) === k) return undefined;
    if (m.headline || !/\p{Ll}/u.test(t)) continue;
    if (!best || t.length > best.length) best = t;
  }
  return best;
}
