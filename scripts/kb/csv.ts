// Minimal RFC 4180 CSV / TSV reader used by the KB build (no dependency).

/** Parse delimited text into rows of fields. Handles quoted fields with doubled quotes and embedded newlines. */
export function parseDelimited(text: string, delim = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let inQuotes = false;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        inQuotes = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"' && field === '' && delim === ',') { inQuotes = true; i++; continue; }
    if (c === delim) { row.push(field); field = ''; i++; continue; }
    if (c === '\r') { i++; continue; }
    if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

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
