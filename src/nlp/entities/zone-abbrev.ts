// A time-zone abbreviation after a clock time ("shortly before 6:30 p.m. PT", "polls close at 5pm ICT", "17:00 WIB")
// or opening a zone's brackets ("Philippine Standard Time (PHT, UTC+8)", "All times are Bangkok time (ICT)") is no organisation (issue #3: the tagger and
// the KB — "PT" is also a party's acronym — made them ORGs). The same letters elsewhere keep their names ("the
// Workers' Party (PT)"). Zones: the time stage's offsets (src/nlp/time/lexicon.ts ZONES) and
// data/lexicon/zone-abbreviations.txt.
import { readWordSet } from '../../core/word-lists.js';
import { ZONES } from '../time/lexicon.js';
import type { Cand } from './recognize.js';
import type { Tok } from './tokenize.js';

let zones: ReadonlySet<string> | undefined;
const zoneWords = (): ReadonlySet<string> =>
  (zones ??= new Set([...Object.keys(ZONES).map((z) => z.toLowerCase()), ...readWordSet('zone-abbreviations.txt')]));

const CLOCK = /^(?:\d{1,2}(?:[:.]\d{2})?(?:am|pm)?|\d{4}|\d{2}|[ap]\.?m\.?)$/i;

/** The token before `i` is a clock time, or the word "time" of a zone written out ("… Standard Time (PHT", "Bangkok time (ICT)"). */
function afterClock(toks: readonly Tok[], i: number): boolean {
  let p = toks[i - 1];
  if (p?.text === '(') p = toks[i - 2];
  if (!p) return false;
  return CLOCK.test(p.text) || p.lower === 'time';
}

/** Whether the one-token candidate is a zone abbreviation after a clock. */
export function isZoneAfterClock(toks: readonly Tok[], c: Cand): boolean {
  if (c.e - c.s !== 1 || c.cs !== undefined) return false;
  const t = toks[c.s]!;
  return t.allCaps && zoneWords().has(t.lower) && afterClock(toks, c.s);
}
