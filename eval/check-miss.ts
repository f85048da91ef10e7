// Why a gold check was missed, without text: gold checks name only a kind and a status, so the detail says what
// our analysis of the same report holds of that kind — none, or the statuses and rule names (our own) it gave.
import { unitClass } from './quantity-miss.js';

export interface CheckAnalysis {
  checks?: Array<{ kind: string; status: string; rule?: string; refs?: unknown[] }>;
  quantities?: Array<{ unit: string }>;
}

/** "ours: none of the kind" or "ours of the kind: INCONSISTENT by count:list, …", for a scorer line `check KIND STATUS`. */
export function checkMissDetail(a: CheckAnalysis | undefined, kind: string): string {
  if (!a) return 'no analysis';
  const mine = (a.checks ?? []).filter((c) => c.kind === kind);
  if (!mine.length) return 'ours: none of the kind';
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
