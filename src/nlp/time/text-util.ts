// Small look-around helpers over raw text (no tokens needed).

const WORD_BEFORE = /([A-Za-z][A-Za-z.'’-]*|\d[\d,.]*|[$€£¥%])[\s]*$/;

/** The word just before `pos` (within 40 characters, same line), without trailing dots. */
export function wordBefore(text: string, pos: number): string {
  const s = text.slice(Math.max(0, pos - 40), pos);
  if (/\n\s*$/.test(s)) return '';
  const m = WORD_BEFORE.exec(s);
  return m ? m[1]!.replace(/\.$/, '') : '';
}

/** The two words before `pos`, lower-cased, joined by a space. */
export function twoWordsBefore(text: string, pos: number): string {
  const s = text.slice(Math.max(0, pos - 60), pos);
  const m = /([A-Za-z]+)\s+([A-Za-z]+)\s*$/.exec(s);
  return m ? `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}` : '';
}

const WORD_AFTER = /^\s*([A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[$€£¥%])/;
export function wordAfter(text: string, pos: number): string {
  const s = text.slice(pos, pos + 40);
  if (/^\s*\n/.test(s)) return '';
  const m = WORD_AFTER.exec(s);
  return m ? m[1]! : '';
}

export const isCap = (w: string): boolean => /^[A-Z]/.test(w);

/** True when `pos` starts a sentence: only spaces/quotes since a sentence end or line start. */
export function atSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[\s"“‘'(—–-]/.test(text[i]!)) { if (text[i] === '\n') return true; i--; }
  if (i < 0) return true;
  return /[.!?:]/.test(text[i]!);
}
