// "two 2,000-pound bombs", "12 155mm shells", "five 20-foot containers", "three 30-storey towers": a count written
// right before a measure (or a size) used as a modifier counts the noun that measure modifies. The measure is a
// quantity of its own ("2,000-pound", lb); the count is another (2 bombs), read here so that the number before the
// measure is not dropped as a bare figure.
import type { ScanContext, Num } from './candidate.js';
import { countedNoun, type CountedNoun } from './nouns.js';
import { isYearLike } from './filters.js';
import { parseNumber } from './numberAt.js';
import { tailAfter } from './tail.js';
import { YEAR_CUES } from './lexicon.js';

const YEAR_CUE_SET = new Set(YEAR_CUES);

/** The largest count read this way (a larger figure before a measure is more likely a reading of another kind). */
const MAX_COUNT = 100000;

/**
 * The noun counted by the number `num` when a modifying measure follows it, or undefined. The measure must be a
 * number right after (a space between), with a physical unit glued to it ("155mm", "2,000-pound", "20-ft") or a
 * hyphenated count noun ("30-storey", "15-member"), and a plural noun right after the measure ("bombs", "shells").
 * Not for a year, a decimal or a figure glued to what is before it ("14:10 30-storey building" is a time stamp).
 */
export function measuredItemNoun(ctx: ScanContext, num: Num): CountedNoun | undefined {
  const { toks } = ctx;
  const first = toks[num.end]!;
  if (!Number.isInteger(num.value) || num.value < 2 || num.value > MAX_COUNT || num.scaled || num.vague) return undefined;
  const before = toks[num.start - 1];
  // "By 2030 10-tonne trucks will …": a year before the measure is no count; a four-digit figure is a year only after a
  // year cue or at the sentence's start ("the US sent 1800 2,000-pound bombs" counts 1,800 bombs)
  if (isYearLike(num) && (!before || before.sent !== first.sent || YEAR_CUE_SET.has(before.text.toLowerCase()))) return undefined;
  if (before && !toks[num.start]!.space && (before.kind === 'num' || before.text === ':' || before.text === '.' || before.text === ',')) return undefined;
  const k = num.end + 1;
  const m = toks[k];
  if (!m || m.kind !== 'num' || !m.space || m.sent !== first.sent || m.newline) return undefined;
  const measure = parseNumber(ctx, k, false);
  if (!measure || measure.words) return undefined;
  const glued = toks[measure.end + 1];
  // the unit touches the figure ("155mm") or a hyphen joins them ("2,000-pound", "30-storey")
  if (!glued || glued.space || glued.sent !== first.sent) return undefined;
  const tail = tailAfter(ctx, measure, undefined);
  if (!tail || !(tail.physical || tail.rule === 'count:hyphen-noun' || tail.rule === 'count:people-size')) return undefined;
  const n = toks[tail.end + 1];
  if (!n || !n.space || n.kind !== 'word' || n.sent !== first.sent) return undefined;
  const noun = countedNoun(toks, tail.end + 1, num.value);
  if (!noun || noun.rule === 'count:singular-noun' || noun.rule === 'count:stand-in') return undefined;
  return noun;
}
