// Modals that do not set the claim's status: a capitalised "May"/"Will" inside a sentence is a month or a name
// ("Talks between Juncker and May ended …"), and a modal coordinated inside a relative clause on the subject belongs
// to that clause ("Residents who were warned and could leave fled the town": the main verb is "fled").
import type { Tok } from '../claims/text.js';

const REL = new Set(['who', 'which']);
const MAIN_VERB = /^(is|are|was|were|has|have|had)$/;

/** The modal at token i is not the claim's own. `past(t)` says whether a token is a past form. */
export function modalOutOfScope(toks: Tok[], i: number, past: (t: Tok) => boolean): boolean {
  const t = toks[i]!;
  // (not in a title-case line: "Fed May Raise Rates")
  if (t.cap && i > 0 && toks[i - 1]!.w && !toks[i - 1]!.cap) return true;
  if (toks[i - 1]?.l !== 'and' && toks[i - 1]?.l !== 'but') return false;
  let r = -1;
  for (let j = i - 2; j >= 0; j--) {
    const x = toks[j]!;
    if (!x.w && (x.t === ',' || x.t === ';' || x.t === ':')) break;
    if (x.w && REL.has(x.l)) { r = j; break; }
  }
  if (r < 0) return false;
  // a finite verb after the modal's phrase, before the clause ends, is the main clause's
  for (let k = i + 3; k < toks.length; k++) {
    const x = toks[k]!;
    if (!x.w && (x.t === ',' || x.t === ';' || x.t === ':' || x.t === '.')) return false;
    if (x.w && !x.cap && (MAIN_VERB.test(x.l) || past(x)) && !/^(be|been|have|has|had|not)$/.test(toks[k - 1]!.l)) return true;
  }
  return false;
}
