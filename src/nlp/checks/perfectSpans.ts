import type { Check, TimeExpr } from '../../core/types.js';
import { dated } from './datedTime.js';
import { countValue } from './numbers.js';
import { ruled } from './rule.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';
import { anchorDayMs } from './anchorDate.js';

// "The rover landed in February 2021 and has been exploring for more than three years"; "The bank raised rates in July
// 2023 and has held them for ten months": a dated past event joined by "and" to a present perfect "for N months/years"
// in the same sentence. The perfect state usually begins with the event, but not always ("was born in 1960 and has
// taught for 30 years"), so the pair is reported only when the arithmetic agrees: the date to the report's date.

// "has lasted five months", "has now lasted three months": a verb of lasting takes the count without "for"
const PERFECT_FOR_RE = /\b(?:has|have)\s+(?:(?:been\s+)?(?:[a-z]+\s+){0,4}?for|(?:now\s+|already\s+)?(?:lasted|spanned|stretched\s+on|gone\s+on|run|dragged\s+on))\s+(?:(more than|over|nearly|almost|about|around|roughly|some|less than|under|at least)\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(weeks?|months?|years?)\b(?!\s+(?:ago|later|earlier|before|after))/gi;
/** Between the date and the perfect: a few words, then "and" (with the subject again or not), no clause of its own. */
const JOIN_RE = /^(?![^.;:]*\b(?:but|while|although|whereas|when|after|before|since|until)\b)[^.;:!?()]{0,60}?\band\s+(?:(?:it|he|she|they|we|the\s+[a-z]+)\s+)?$/i;
// "The siege, which began in October, has lasted five months"; "The truce, in place since November, has held for four
// months": the date closes a relative clause or phrase of beginning set off by commas before the perfect's verb
const RELATIVE_BEFORE_RE = /(?:,|[—–])\s*(?:(?:which|that)\s+(?:began|started|erupted|broke\s+out|opened|took\s+effect|came\s+into\s+force|was\s+(?:launched|imposed|declared|agreed|called|announced))\s+(?:in|on|last)|(?:in\s+place|in\s+force|under\s+way|underway|running)\s+since)\s+$/i;
const RELATIVE_AFTER_RE = /^\s*(?:,|[—–])\s*(?:now\s+|already\s+)?$/;
const DAY = 86_400_000;
const PER: Record<string, number> = { week: 7, month: 30.44, year: 365.2425 };

export function perfectSpanChecks(text: string, times: readonly TimeExpr[], anchor: string | undefined, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  if (!anchor) return out;
  const pub = anchorDayMs(anchor);
  if (!Number.isFinite(pub)) return out;
  PERFECT_FOR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERFECT_FOR_RE.exec(text)) !== null) {
    const n = countValue(m[2]!);
    if (n === undefined || n <= 0) continue;
    const s = sentenceIndex(sentences, m.index);
    if (s === -1) continue;
    const sentStart = sentences[s]![0];
    // the nearest written date before the perfect in its sentence, joined to it by "and"
    let best: { i: number; earliest: number; latest: number; label: string; text: string } | undefined;
    times.forEach((t, i) => {
      if (t.start < sentStart || t.end > m!.index) return;
      const d = dated(t, i);
      if (!d || d.latest > pub) return;
      const gap = text.slice(t.end, m!.index);
      const relative = RELATIVE_AFTER_RE.test(gap) && RELATIVE_BEFORE_RE.test(text.slice(Math.max(sentStart, t.start - 60), t.start));
      if (!relative && !JOIN_RE.test(gap)) return;
      if (!best || t.start > times[best.i]!.start) best = { i, earliest: d.earliest, latest: d.latest, label: d.label, text: t.text };
    });
    if (!best) continue;
    const unit = m[3]!.toLowerCase().replace(/s$/, '');
    const per = PER[unit]!;
    const lo = (pub - best.latest) / DAY / per;
    const hi = (pub - best.earliest) / DAY / per;
    const mod = m[1]?.toLowerCase();
    // the count is itself rounded: half a unit either way, a whole one for "about"
    const ok = mod === 'more than' || mod === 'over' || mod === 'at least' ? hi >= n
      : mod === 'less than' || mod === 'under' ? lo < n
        : mod ? n >= lo - 1 && n <= hi + 1 : n >= lo - 0.5 && n <= hi + 0.5;
    if (!ok) continue;
    const end = m.index + m[0].length;
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: 'CONSISTENT',
      refs: [{ start: m.index, end, text: m[0] }, { time: best.i }],
      detail: `${best.label} ("${best.text}") to the report's date ${anchor.slice(0, 10)} = ${Math.max(0, lo).toFixed(1)}–${hi.toFixed(1)} ${unit}s; stated "${m[0]}"`,
    }, 'date-arithmetic:perfect-since-event'));
  }
  return out;
}
