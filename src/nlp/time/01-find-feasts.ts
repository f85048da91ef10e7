// Feasts of the Islamic, Hebrew, Chinese, Korean and Persian calendars ("Eid al-Fitr", "Rosh Hashanah",
// "Lunar New Year", "Nowruz"): a DATE on the feast's (first) day, nearest the anchor as the clause's tense
// says, or in the year written after it ("Eid al-Adha 2024"). Names and calendar days: data/lexicon/time-feasts.tsv.
import { type Finder, scanNear } from './cand.js';
import { wordTrigger } from './word-triggers.js';
import { diffDays, fmtDate, type Ymd } from './date-math.js';
import { FEASTS, feastDates, feastKey } from './feasts.js';
import { YEAR4 } from './patterns.js';

const NAMES = [...new Set([...FEASTS.values()].map((f) => f.name))].sort((a, b) => b.length - a.length);
/** Each name with its hyphens and spaces interchangeable, in any case ("EID AL-FITR", "Eid Al-Adha"). */
const anyCase = (w: string): string => w.replace(/[A-Za-z]/g, (ch) => `[${ch.toUpperCase()}${ch.toLowerCase()}]`).replace(/'/g, "['’]");
const namePattern = (n: string): string => n.split(/[\s-]+/).map(anyCase).join('[\\s-]+');
const FIRST = [...new Set(NAMES.map((n) => n.split(/[\s-]+/)[0]!.toLowerCase()))];
const T_FEAST = wordTrigger(new RegExp(`\\b(?:${FIRST.join('|')})\\b`, 'gi'), {
  prefixes: FIRST, test: (w, l) => FIRST.includes(l) && (l !== 'day' || w === 'Day'),
});

export const findFeasts: Finder = (text, out) => {
  if (!NAMES.length) return;
  FEAST_RE ??= new RegExp(`\\b(?:([Ll]ast|[Tt]his|[Nn]ext)\\s+)?(${NAMES.map(namePattern).join('|')})(?:,?\\s+(${YEAR4}))?(?![\\w-])`, 'g');
  scanNear(T_FEAST, FEAST_RE, text, 8, 40, (m) => {
    const feast = FEASTS.get(feastKey(m[2]!));
    if (!feast) return;
    const det = m[1]?.toLowerCase();
    const y = m[3] ? +m[3] : undefined;
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'date.feast', priority: 4,
      resolve(ctx, c) {
        if (y) {
          const d = feastDates(feast, y)[0];
          return d ? { type: 'DATE', value: fmtDate(d) } : undefined;
        }
        const a = ctx.anchor;
        if (!a) return { type: 'DATE', value: 'XXXX-XX-XX' };
        const all: Ymd[] = [...feastDates(feast, a.y - 1), ...feastDates(feast, a.y), ...feastDates(feast, a.y + 1)];
        const t = det === 'last' ? 'PAST' : det === 'next' ? 'FUTURE' : det === 'this' ? undefined : (c.tense ?? ctx.tense(c.start, c.end));
        let best: Ymd | undefined;
        for (const d of all) {
          const k = diffDays(d, a);
          if (t === 'PAST' ? k > 0 || (det === 'last' && k === 0) : t === 'FUTURE' ? k < 0 || (det === 'next' && k === 0) : false) continue;
          // the latest past one, the earliest coming one, or (no tense) the nearest, ties to the past
          if (!best) { best = d; continue; }
          const kb = diffDays(best, a);
          if (t === 'PAST' ? k > kb : t === 'FUTURE' ? k < kb : Math.abs(k) < Math.abs(kb) || (Math.abs(k) === Math.abs(kb) && k < kb)) best = d;
        }
        return best ? { type: 'DATE', value: fmtDate(best) } : { type: 'DATE', value: 'XXXX-XX-XX' };
      } });
  });
};
let FEAST_RE: RegExp | undefined;
