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
