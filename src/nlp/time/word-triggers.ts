// Speed: instead of one regex pass per trigger, one hand-written pass over the text splits it into letter
// and digit runs and hands each run to the triggers registered for its first letters. A trigger only has
// to over-approximate where its rules can match (windows around its hits are then searched by the real
// regexes), so a word-level test is enough.

export interface WordTrigger {
  /** Lower-case word prefixes that fire the test (at most 3 characters are used as the key). */
  prefixes: readonly string[];
  /** Exact test on the word as written and lower-cased; default: true. */
  test?: (word: string, lower: string) => boolean;
  /**
   * Fire on digit runs instead of words; the test gets the text and the run's [start, end) (no string is cut
   * for it: digit runs are the densest words of a table or a pathological line).
   */
  digits?: (text: string, start: number, end: number) => boolean;
}

const wordReg = new Map<RegExp, WordTrigger>();
/** The scan's index tables (see `compile`); cleared by every registration. */
let compiled: Compiled | undefined;
const digitTriggers: RegExp[] = [];
const digitTests: Array<(text: string, start: number, end: number) => boolean> = [];
/**
 * Triggers by the first three letters of a word, case-folded to 1–26 (0: no letter there), as a flat table
 * of list numbers: one typed-array read per word. A shorter prefix ("hr", "q") fills every slot it covers.
 */
const table = new Uint16Array(32 * 32 * 32);
const lists: RegExp[][] = [[]];
const slot = (c0: number, c1: number, c2: number): number => ((c0 & 31) << 10) | ((c1 & 31) << 5) | (c2 & 31);

function addToSlot(k: number, re: RegExp): void {
  const cur = lists[table[k]!]!;
  if (cur.includes(re)) return;
  lists.push([...cur, re]);
  table[k] = lists.length - 1;
}

/** Declares how to find a trigger's hits from words; returns the trigger for use as a key. */
export function wordTrigger(re: RegExp, t: WordTrigger): RegExp {
  compiled = undefined; // the scan's index tables are rebuilt on next use
  lastText = undefined; // and the last text's hits, which lack this trigger
  wordReg.set(re, t);
  if (t.digits) { digitTriggers.push(re); digitTests.push(t.digits); }
  for (const p of t.prefixes) {
    const c = [0, 1, 2].map((i) => (i < p.length ? p.charCodeAt(i) & 31 : -1));
    for (let b = 0; b < 32; b++) {
      if (c[1] !== -1 && b !== c[1]) continue;
      for (let d = 0; d < 32; d++) {
        if (c[2] !== -1 && d !== c[2]) continue;
        addToSlot(slot(c[0]!, b, d), re);
      }
    }
  }
  return re;
}

/** A digit test accepting every run of digits ("\\d+"): not called per run. */
export const ACCEPT_ALL = (): boolean => true;

export function isWordTrigger(re: RegExp): boolean { return wordReg.has(re); }

let lastText: string | undefined;
let lastHits = new Map<RegExp, Int32Array>();

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Hits ([start, end) pairs) of every word trigger in one pass; cached for the current text. */
export function wordHits(re: RegExp, text: string): ArrayLike<number> {
  if (lastText !== text) {
    lastText = text;
    lastHits = scanWords(text);
  }
  return lastHits.get(re) ?? NONE;
}

const NONE = new Int32Array(0);

/** The registrations as index tables for the scan; built once after the last `wordTrigger` call, not per text. */
interface Compiled { regs: RegExp[]; defs: WordTrigger[]; digitIds: number[]; allDigits: boolean[]; listIds: number[][] }
function compile(): Compiled {
  const regs = [...wordReg.keys()];
  const ids = new Map<RegExp, number>(regs.map((r, i) => [r, i]));
  return {
    regs,
    defs: regs.map((r) => wordReg.get(r)!),
    digitIds: digitTriggers.map((r) => ids.get(r)!),
    allDigits: digitTests.map((t) => t === ACCEPT_ALL),
    listIds: lists.map((l) => l.map((r) => ids.get(r)!)),
  };
}

/**
 * One pass over the text. Hits go to one flat typed array per trigger, found by the trigger's index (no
 * map look-up and no boxed array growth per hit: a table or a line of numbers has a hit every few
 * characters); a digit trigger whose test accepts every run (`\d+`) is not called per run. A trigger fires
 * at most once per word (two table keys may reach it for one word).
 */
function scanWords(text: string): Map<RegExp, Int32Array> {
  const { regs, defs, digitIds, allDigits, listIds } = (compiled ??= compile());
  const acc: Int32Array[] = regs.map(() => NONE);
  const used = new Int32Array(regs.length);
  const add = (id: number, s: number, e: number): void => {
    let a = acc[id]!;
    const k = used[id]!;
    if (k + 2 > a.length) { const b = new Int32Array(Math.max(64, a.length * 2)); b.set(a); acc[id] = a = b; }
    a[k] = s; a[k + 1] = e; used[id] = k + 2;
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      let j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      const len = j - i;
      // The triggers for the first three letters, without building strings; words only for candidates.
      const li = table[slot(c, len > 1 ? text.charCodeAt(i + 1) : 0, len > 2 ? text.charCodeAt(i + 2) : 0)]!;
      if (li !== 0) {
        const word = text.slice(i, j);
        const lower = word.toLowerCase();
        const list = listIds[li]!;
        for (let k = 0; k < list.length; k++) {
          const id = list[k]!;
          if (fires(defs[id]!, word, lower) && (used[id] === 0 || acc[id]![used[id]! - 2] !== i)) add(id, i, j);
        }
      }
      i = j;
    } else if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      for (let k = 0; k < digitIds.length; k++) {
        if (allDigits[k] || digitTests[k]!(text, i, j)) add(digitIds[k]!, i, j);
      }
      i = j;
    } else i++;
  }
  const out = new Map<RegExp, Int32Array>();
  for (let k = 0; k < regs.length; k++) if (used[k]) out.set(regs[k]!, acc[k]!.subarray(0, used[k]));
  return out;
}

function fires(t: WordTrigger, word: string, lower: string): boolean {
  let any = false;
  for (let k = 0; k < t.prefixes.length && !any; k++) any = lower.startsWith(t.prefixes[k]!);
  return any && (!t.test || t.test(word, lower));
}
