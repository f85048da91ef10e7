// Misses of the shared scorer (`--verbose` lines "  miss LABEL: …"), counted by kind with every text, name and
// anchor dropped, so a held-out set can say *what kind* of thing is missed (an event type, a check's kind and
// status, a certainty confusion) without anyone reading its reports. EVAL_MISS_KINDS=1 prints these counts.

import { calendarShape } from './value-shape.js';

/**
 * Classes a missed quantity from its scorer label (the gold file) and gold text, or undefined when it cannot
 * (see quantity-miss.ts); the answer must name no text.
 */
export type QuantityResolver = (label: string, text: string) => string | undefined;

/** The kind of one miss line, or undefined for a line that is not a miss. */
export function missKind(line: string, quantity?: QuantityResolver): string | undefined {
  const m = /^\s*miss ([^:]*): (.*)$/.exec(line);
  if (!m) return undefined;
  const body = m[2]!;
  let k: RegExpExecArray | null;
  if ((k = /^entity .* \(([A-Z_]+)\)$/.exec(body))) return `entity missed (${k[1]})`;
  if (body.startsWith('link ')) return 'entity linked wrongly or not at all';
  if (body.startsWith('time ')) return timeMissKind(body);
  if (body.startsWith('quantity ')) {
    const q = /^quantity "(.*)"$/.exec(body);
    return (q && quantity?.(m[1]!, q[1]!)) ?? 'quantity not found or wrong';
  }
  if (body.startsWith('claim ')) return 'claim not found';
  if ((k = /^attribution ".*" want (\[.*\]) got (\[.*\])$/.exec(body))) {
    let want: unknown[][] = [];
    let got: unknown[] = [];
    try { want = JSON.parse(k[1]!) as unknown[][]; got = JSON.parse(k[2]!) as unknown[]; } catch { return 'attribution wrong'; }
    const lengths = [...new Set(want.map((c) => c.length))].sort().join('|');
    return `attribution chain length want ${lengths} got ${got.length}`;
  }
  if ((k = /^certainty ".*" want (\w+) got (\w+)$/.exec(body))) return `certainty want ${k[1]} got ${k[2]}`;
  if ((k = /^status ".*" want (.+) got (\w+)$/.exec(body))) return `status want ${k[1]} got ${k[2]}`;
  if ((k = /^event ([A-Z_]+)\b/.exec(body))) return `event ${k[1]}`;
  if ((k = /^check ([A-Z_]+) ([A-Z_]+)$/.exec(body))) return `check ${k[1]} ${k[2]}`;
  return 'other';
}

/** A TIMEX3 value's shape: what kind of time it names, never the time itself. */
export function valueShape(v: string): string {
  if (/_REF$/.test(v)) return 'ref';
  if (/^P/.test(v)) return 'duration';
  if (/^R\d*P/.test(v)) return 'set';
  if (/^X/.test(v)) return 'unresolved';
  return calendarShape(v, /W\d|-WE$/);
}

const DAY_MS = 86400000;
/** The coarse make of a time text with digits: a clock, a year, a number with a unit or month name. */
function digitsMake(t: string): string {
  if (/\d[:.]\d\d|\d\s*(?:a\.?m\b|p\.?m\b)|\b\d{4}\s*(?:gmt|utc|bst|hrs|hours|local)\b/.test(t)) return 'clock digits';
  if (/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.test(t)) return 'digits and a month name';
  if (/\b(?:second|minute|hour|day|night|week|month|year|decade|century)s?\b/.test(t)) return 'digits and a unit word';
  if (/^\D*\d{4}\D*$/.test(t)) return 'a four-digit number';
  return 'other digits';
}
/** How two clock values differ: the day, the clock, only a zone suffix, or a part of day. */
function clockDiff(gv: string, sv: string): string {
  const [gd, gt = ''] = gv.split('T'); const [sd, st = ''] = sv.split('T');
  const part = (x: string): boolean => /^[A-Z]{2}$/.test(x);
  const bare = (x: string): string => x.replace(/(?:Z|[+-]\d\d(?::?\d\d)?)$/, '').replace(/^(\d\d:\d\d):\d\d$/, '$1');
  const what = part(gt) || part(st) ? 'part of day' : bare(gt) === bare(st) ? 'only the zone or seconds' : 'the clock';
  return gd === sd ? `same day, differs in ${what}` : `other day (sys ${sd! > gd! ? 'later' : 'earlier'}), differs in ${what === 'only the zone or seconds' ? 'nothing else' : what}`;
}
/**
 * A wrong time reduced to shapes and a coarse direction: "gold day / sys day, sys 7 days later", "mod want END
 * got none", "gold duration / sys day". No span text and no value is printed.
 */
function timeMissKind(body: string): string {
  const m = /^time ".*" (\S+)(?: ([A-Z_]+))? got (\S+)(?: ([A-Z_]+))?$/.exec(body);
  if (!m) {
    // not found: only the coarse make of the gold text (digits, a calendar name, a unit word, other words)
    const t = /^time "(.*)"$/.exec(body)?.[1]?.toLowerCase() ?? '';
    const make = /\d/.test(t) ? digitsMake(t)
      : /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.test(t) ? 'weekday or month name'
        : /\b(?:second|minute|hour|day|night|week|weekend|month|year|decade|century)s?\b/.test(t) ? 'unit word'
          : 'other words';
    return `time not found (${make})`;
  }
  const [, gv, gm, sv, sm] = m as unknown as [string, string, string | undefined, string, string | undefined];
  if (gv === sv) return `time mod: want ${gm ?? 'none'} got ${sm ?? 'none'}`;
  const gs = valueShape(gv); const ss = valueShape(sv);
  let k = `time value: gold ${gs} / sys ${ss}`;
  if (gs === ss && gs === 'day') {
    const d = Math.round((Date.parse(sv) - Date.parse(gv)) / DAY_MS);
    const a = Math.abs(d);
    k += `, sys ${a === 1 ? '1 day' : a < 7 ? '2-6 days' : a === 7 ? '7 days' : a < 32 ? '8-31 days' : 'over a month'} ${d > 0 ? 'later' : 'earlier'}`;
  } else if (gs === ss && gs === 'time-of-day') {
    k += `, ${clockDiff(gv, sv)}`;
  } else if (gs === ss && gs === 'duration') {
    const unit = (v: string): string => v.replace(/[\d.X]+/g, '#');
    k += unit(gv) === unit(sv) ? ', same unit' : ', other unit';
  } else if (gs === ss && gs !== 'ref') k += sv > gv ? ', sys later' : ', sys earlier';
  else if (gs !== ss && (gv.startsWith(sv) || sv.startsWith(gv))) k += ', same period at another granularity';
  if (gm || sm) k += ` (mod want ${gm ?? 'none'} got ${sm ?? 'none'})`;
  return k;
}

/**
 * Counts of miss kinds, most frequent first. `detail`, when given, may add to a line's kind a finer class read from
 * elsewhere (the analysis the scorer scored: a claim miss's shape, a wrong status's cues), again without text.
 */
export function countMissKinds(output: string, quantity?: QuantityResolver, detail?: (line: string) => string | undefined): [string, number][] {
  const n = new Map<string, number>();
  for (const line of output.split('\n')) {
    let kind = missKind(line, quantity);
    const more = kind && detail ? detail(line) : undefined;
    if (kind && more) kind = `${kind}: ${more}`;
    if (kind) n.set(kind, (n.get(kind) ?? 0) + 1);
  }
  return [...n.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * Event-miss causes (eval/event-misses.ts kinds, "event TYPE: cause") counted twice: by cause alone over all types
 * (summary: no event of the type / another type holds the names / a participant or place missing, split by its
 * entity type and whether the entity was found), and by type and cause (detail). Most frequent first.
 */
export function eventCauseCounts(causes: string[]): { summary: [string, number][]; detail: [string, number][] } {
  const count = (keys: string[]): [string, number][] => {
    const n = new Map<string, number>();
    for (const k of keys) n.set(k, (n.get(k) ?? 0) + 1);
    return [...n.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const summary: string[] = [];
  for (const c of causes) {
    const cause = c.replace(/^event [A-Z_]+: /, '');
    if (cause.startsWith('no system event')) summary.push(cause.includes(' holds every name') ? 'no event of the type; another type holds every name' : 'no event of the type (nor of another holding every name)');
    else for (const part of cause.replace(/^type present, missing /, '').split(' + ')) summary.push(`type present, missing ${part}`);
  }
  return { summary: count(summary), detail: count(causes) };
}
