// Building regular expressions from word lists.

/** `s` with every character that has a meaning in a regular expression escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern: escaped, each space matching any run of white space. */
export function phrasePattern(s: string): string {
  return escapeRegExp(s).replace(/ /g, '\\s+');
}

/**
 * An alternation of `words`, longest first so that a longer phrase wins over its prefix, each made a pattern by
 * `pattern`. Exact duplicates appear once; words that differ only in case are the caller's to fold (harmless
 * under an `i` flag).
 */
export function alternation(words: Iterable<string>, pattern: (w: string) => string = escapeRegExp): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(pattern).join('|');
}

/**
 * The matches of the global regular expression `re` in `s`, exactly as `[...s.matchAll(re)]` gives them (from
 * `re.lastIndex` on; an empty match steps one character, or one code point under the u or v flag), with
 * `re.lastIndex` left as it was. Unlike matchAll it does not clone `re`: matchAll builds a new RegExp from the
 * source each call, and once V8's regexp cache has aged that source out (it does every few garbage collections),
 * a long pattern is parsed and compiled again — per sentence, for the checks that scan sentence by sentence.
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches: ${re} is not global`);
  const start = re.lastIndex;
  const unicode = re.flags.includes('u') || re.flags.includes('v');
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  try {
    while ((m = re.exec(s)) !== null) {
      out.push(m);
      if (m[0] === '') re.lastIndex = advanceIndex(s, re.lastIndex, unicode);
    }
  } finally {
    re.lastIndex = start;
  }
  return out;
}

/** ECMAScript's AdvanceStringIndex: the index after `i`, past a whole surrogate pair when `unicode`. */
function advanceIndex(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
