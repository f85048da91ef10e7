// Why a gold check was missed, without text: gold checks name only a kind and a status, so the detail says what
// our analysis of the same report holds of that kind — none, or the statuses and rule names (our own) it gave.
import { unitClass } from './quantity-miss.js';

export interface CheckAnalysis {
  document?: { text?: string };
  checks?: Array<{ kind: string; status: string; rule?: string; refs?: unknown[] }>;
  quantities?: Array<{ unit: string; start?: number; end?: number; equivalentOf?: number }>;
}

/** "ours: none of the kind" or "ours of the kind: INCONSISTENT by count:list, …", for a scorer line `check KIND STATUS`. */
export function checkMissDetail(a: CheckAnalysis | undefined, kind: string): string {
  if (!a) return 'no analysis';
  const mine = (a.checks ?? []).filter((c) => c.kind === kind);
  if (!mine.length) {
    const shapes = [docShapes(kind, a.document?.text ?? ''), kind === 'UNIT_CONVERSION' ? conversionShapes(a) : ''].filter(Boolean).join(', ');
    return `ours: none of the kind${shapes ? `; the report has ${shapes}` : ''}`;
  }
  // a conversion names the classes of its two units (currency, physical, count noun), never the units
  const units = (c: NonNullable<CheckAnalysis['checks']>[number]): string => {
    if (kind !== 'UNIT_CONVERSION') return '';
    const cls = (c.refs ?? []).filter((r): r is number => typeof r === 'number').map((r) => unitClass(a.quantities?.[r]?.unit));
    return cls.length ? ` (${cls.join('/')})` : '';
  };
  const parts = [...new Set(mine.map((c) => `${c.status} by ${(c.rule ?? 'no rule').replace(/^checks:/, '')}${units(c)}`))].sort();
  return `ours of the kind: ${parts.join(', ')}`;
}

export function checkLineDetail(line: string, analysisOf: (label: string) => unknown): string | undefined {
  const m = /^\s*miss ([^:]*): check ([A-Z_]+) ([A-Z_]+)$/.exec(line);
  if (!m) return undefined;
  return checkMissDetail(analysisOf(m[1]!) as CheckAnalysis | undefined, m[2]!);
}

const NUMW = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a|an)`;
const YEAR_RE = /\b(?:1[6-9]|20)\d\d\b/;
/** Closed-class shapes a report holds that a check of the kind could be read from (present or not; never text). */
const SHAPES: Readonly<Record<string, ReadonlyArray<[string, RegExp, 'sentence' | 'text']>>> = {
  DATE_ARITHMETIC: [
    ['a year and a count of years in one sentence', new RegExp(String.raw`\b${NUMW}[\s-]+(?:years?|decades?)\b`, 'i'), 'sentence'],
    ['"ago"', /\bago\b/i, 'text'],
    ['"anniversary"', /\banniversary\b/i, 'text'],
    ['"since" a year', /\bsince\s+(?:[A-Z][a-z]+\s+)?(?:1[6-9]|20)\d\d\b/, 'text'],
    ['an age', /\b\d{1,3}-year-old\b|\baged\s+\d{1,3}\b|,\s*\d{1,3},/, 'text'],
    ['a count of months or weeks', new RegExp(String.raw`\b${NUMW}[\s-]+(?:months?|weeks?)\b`, 'i'), 'text'],
    ['"later" or "earlier" after a count', /\b(?:years?|months?|weeks?|days?)\s+(?:later|earlier|after|before)\b/i, 'text'],
  ],
  COUNT: [
    ['a count then a colon', new RegExp(String.raw`\b${NUMW}\s+[a-z]+(?:\s+[a-z]+)?\s*:`, 'i'), 'text'],
    ['"including" then a figure', /\bincluding\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b/i, 'text'],
    ['"of whom" or "of them"', /\bof\s+(?:whom|them|which)\b/i, 'text'],
    ['"total" or "in all"', /\btotal\b|\bin all\b|\baltogether\b/i, 'text'],
    ['"both"', /\bboth\b/i, 'text'],
    ['percentages', /\d\s*(?:%|per\s?cent|percent)/i, 'text'],
    ['a figure with "of the" and a figure', /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:the|its|their)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i, 'text'],
    ['a vote tally', /\b\d{1,3}\s*[-–]\s*\d{1,3}\b|\bvotes? to\b/i, 'text'],
  ],
};
function docShapes(kind: string, text: string): string {
  const table = SHAPES[kind];
  if (!table || !text) return '';
  const sentences = text.split(/(?<=[.!?])\s+|\n+/);
  const found = table.filter(([, re, scope]) => scope === 'sentence' ? sentences.some((s) => YEAR_RE.test(s) && re.test(s)) : re.test(text)).map(([name]) => name);
  return found.length ? found.join(', ') : 'none of the shapes looked for';
}

/**
 * For a missed conversion: whether two quantities of one class (two currencies, two physical units) stand within
 * 80 characters of each other, and what lies between them, as closed-class words and punctuation only.
 */
function conversionShapes(a: CheckAnalysis): string {
  const text = a.document?.text ?? '';
  const qs = (a.quantities ?? []).filter((q) => q.start !== undefined && q.end !== undefined);
  const out = new Set<string>();
  for (let i = 0; i + 1 < qs.length; i++) {
    const x = qs[i]!, y = qs[i + 1]!;
    const cx = unitClass(x.unit), cy = unitClass(y.unit);
    if (cx !== cy || (cx !== 'currency' && cx !== 'physical') || x.unit === y.unit) continue;
    const gap = text.slice(x.end, y.start);
    if (gap.length > 80) continue;
    const words = gap.toLowerCase().replace(/\d[\d.,]*/g, '#').replace(/[^a-z#()\[\],;:/=—–-]+/g, ' ').trim().split(/\s+/)
      .map((w) => (CLOSED_WORDS.has(w) || /^[#()\[\],;:/=—–-]+$/.test(w) ? w : 'w')).join(' ');
    out.add(`${x.equivalentOf === undefined ? 'unlinked' : 'linked'} ${cx} pair, gap "${words}"`);
  }
  return [...out].slice(0, 3).join(', ');
}
const CLOSED_WORDS: ReadonlySet<string> = new Set(['or', 'and', 'about', 'around', 'roughly', 'nearly', 'some', 'almost', 'approximately',
  'equivalent', 'to', 'of', 'the', 'a', 'an', 'worth', 'is', 'was', 'which', 'that', 'at', 'in', 'per', 'than', 'more', 'less', 'over',
  'under', 'just', 'close', 'valued', 'amounting', 'equal', 'from', 'by', 'with', 'for', 'each', 'dollar', 'dollars', 'rate', 'exchange']);
