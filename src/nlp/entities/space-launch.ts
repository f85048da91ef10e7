// A named rocket in a space launch is a launch vehicle, not a weapon: "An Ariane 5 rocket carried the telescope aloft",
// "lifted off on an LVM3 rocket", "aboard a SpaceX Falcon 9 rocket from Cape Canaveral", "launched on an H2A rocket from
// the Tanegashima Space Center". The weapon-cue rule (recognize.ts) skips a name before "rocket"/"rockets" when the
// cue's sentence, or the one before or after it, holds a word of data/lexicon/entities-space-launch-words.txt; a
// "Grad rocket" or "Qassam rockets" in a report of an attack keeps its weapon reading, and missiles never change.
import { readWordSet } from '../../core/word-lists.js';
import type { Tok } from './tokenize.js';

const LAUNCH_CUES = new Set(['rocket', 'rockets']);
let words: ReadonlySet<string> | undefined;

/** Whether one token range holds a space-launch word (one token, or two consecutive ones: "lifted off"). */
function holdsLaunchWord(toks: readonly Tok[], from: number, to: number): boolean {
  words ??= readWordSet('entities-space-launch-words.txt');
  for (let i = from; i < to; i++) {
    const w = toks[i]!.lower;
    if (words.has(w)) return true;
    if (i + 1 < to && words.has(`${w} ${toks[i + 1]!.lower}`)) return true;
  }
  return false;
}

/**
 * Whether the weapon cue at token `cue` (in sentence `at` of `sents`) is a rocket of a space launch: "rocket"/"rockets"
 * with a launch word in its sentence or the sentence before or after.
 */
export function spaceLaunchRocket(toks: readonly Tok[], sents: readonly { from: number; to: number }[], at: number, cue: number): boolean {
  if (!LAUNCH_CUES.has(toks[cue]?.lower ?? '')) return false;
  for (let k = Math.max(0, at - 1); k <= Math.min(sents.length - 1, at + 1); k++) {
    if (holdsLaunchWord(toks, sents[k]!.from, sents[k]!.to)) return true;
  }
  return false;
}
