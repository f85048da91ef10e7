// Speed: whole-text rule regexes that start with a free word ("\b([a-z]+)\s+years?") try every word of a report.
// When each match holds a literal anchor ("year") and everything before the anchor inside a match is letters, digits,
// hyphens and white space, a match can only start inside the run of such characters that ends at an anchor hit. The
// regex is then run from the start of that run instead of from the end of the last match: the skipped text holds no
// match, so the matches (and their order, groups and indices) are exactly those of the plain `while (re.exec(text))`
// loop. Proof sketch: a match starting at p >= pos holds its anchor at a >= p, and every character in [p, a) is a lead
// character; the first anchor hit y at or after pos has y <= a, so every character in [p, y) is a lead character and p
// lies at or after the start of the run that ends at y.

/** Letters, digits, '-' and what `\s` matches: the characters allowed before the anchor inside a match. */
const LEAD_RE = /[A-Za-z0-9\s-]/;
function isLead(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 32 || (c >= 9 && c <= 13);
  return LEAD_RE.test(String.fromCharCode(c));
}

/**
 * `re.exec(text)` for a global `re` whose every match contains a hit of `anchor` (flag g) preceded within the match only
 * by letters, digits, hyphens and white space (see above): the same match, found from the start of the lead run before
 * the next anchor hit at or after `re.lastIndex`; null (and lastIndex 0) as exec gives when no match is left.
 * Use it as exec: `while ((m = execAnchored(RE, ANCHOR, text)) !== null)`.
 */
export function execAnchored(re: RegExp, anchor: RegExp, text: string): RegExpExecArray | null {
  const pos = re.lastIndex;
  anchor.lastIndex = pos;
  const a = anchor.exec(text);
  if (!a) { re.lastIndex = 0; return null; }
  let ws = a.index;
  while (ws > pos && isLead(text.charCodeAt(ws - 1))) ws--;
  re.lastIndex = ws;
  return re.exec(text);
}
