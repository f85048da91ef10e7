// Table helpers for the source import script; the RFC 4180 parser itself is the KB build's.

import { parseDelimited } from '../../src/kb/compile.js';

export { parseDelimited };

/** Rows as objects keyed by the header line. Lines starting with '#' are skipped (for hand-edited TSV). */
export function readTable(text: string, delim = ','): Record<string, string>[] {
  const rows = parseDelimited(text, delim).filter((r) => r.length > 1 || (r[0] ?? '').trim() !== '');
  const data = rows.filter((r) => !(r[0] ?? '').startsWith('#'));
  const header = data.shift() ?? [];
  return data.map((r) => {
    const o: Record<string, string> = {};
    header.forEach((h, k) => { o[h.trim()] = (r[k] ?? '').trim(); });
    return o;
  });
}

/** Serialise rows as TSV (tabs/newlines inside fields become spaces). */
export function toTsv(header: string[], rows: Record<string, string>[]): string {
  const clean = (s: string | undefined) => (s ?? '').replace(/[\t\r\n]+/g, ' ');
  return [header.join('\t'), ...rows.map((r) => header.map((h) => clean(r[h])).join('\t'))].join('\n') + '\n';
}
