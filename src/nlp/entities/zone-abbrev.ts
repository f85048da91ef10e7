// A time-zone abbreviation after a clock time ("shortly before 6:30 p.m. PT", "polls close at 5pm ICT", "17:00 WIB")
// or opening a zone's brackets ("Philippine Standard Time (PHT, UTC+8)", "All times are Bangkok time (ICT)") is no organisation (issue #3: the tagger and
// the KB — "PT" is also a party's acronym — made them ORGs). The same letters elsewhere keep their names ("the
// Workers' Party (PT)"). Zones: the time stage's offsets (src/nlp/time/lexicon.ts ZONES) and
// data/lexicon/zone-abbreviations.txt; a bare hour is a clock only after data/lexicon/zone-clock-preps.txt.
import { readWordSet } from '../../core/word-lists.js';
import { ZONES } from '../time/lexicon.js';
import type { Cand } from './recognize.js';
import type { Tok } from './tokenize.js';

let zones: ReadonlySet<string> | undefined;
const zoneWords = (): ReadonlySet<string> =>
  (zones ??= new Set([...Object.keys(ZONES).map((z) => z.toLowerCase()), ...readWordSet('zone-abbreviations.txt')]));

// A clock written as one: minutes after a period or a colon, am/pm ("6.30pm", "5pm", "p.m."); the tokenizer splits
// "17:00" into "17", ":", "00", so two digits after a colon are its minutes. A bare hour or a military time ("6",
// "0410") is a clock only right after a preposition of time ("at 6 PT", "by 0600 GMT"): a count or a year before the
// letters is no clock ("The 68 PT deputies", "In 2022 PT candidate Lula", "The 2019 ICT ministry"; review r2 finding 3).
const CLOCK = /^(?:\d{1,2}(?:\.\d{2})?(?:am|pm)|\d{1,2}\.\d{2}|[ap]\.?m\.?)$/i;
const BARE_HOUR = /^(?:\d{1,2}|(?:[01]\d|2[0-3])[0-5]\d)$/;
let preps: ReadonlySet<string> | undefined;
const clockPreps = (): ReadonlySet<string> => (preps ??= readWordSet('zone-clock-preps.txt'));

/** The token at p ends a clock time. */
function clockAt(toks: readonly Tok[], p: number): boolean {
  const t = toks[p];
  if (!t) return false;
  if (CLOCK.test(t.text)) return true;
  if (/^\d{2}$/.test(t.text) && toks[p - 1]?.text === ':' && /^\d{1,2}$/.test(toks[p - 2]?.text ?? '')) return true;
  return BARE_HOUR.test(t.text) && clockPreps().has(toks[p - 1]?.lower ?? '');
}

/** The token before `i` is a clock time, or the word "time" of a zone written out ("… Standard Time (PHT", "Bangkok time (ICT)"). */
function afterClock(toks: readonly Tok[], i: number): boolean {
  let p = i - 1;
  if (toks[p]?.text === '(') p--;
  if (!toks[p]) return false;
  return clockAt(toks, p) || toks[p]!.lower === 'time';
}

/** Whether the one-token candidate is a zone abbreviation after a clock. */
export function isZoneAfterClock(toks: readonly Tok[], c: Cand): boolean {
  if (c.e - c.s !== 1 || c.cs !== undefined) return false;
  const t = toks[c.s]!;
  return t.allCaps && zoneWords().has(t.lower) && afterClock(toks, c.s);
}
