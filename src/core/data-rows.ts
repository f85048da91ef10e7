// Rows of the tab-separated data files under data/ (lexicons, tables): one row per line, cells trimmed, blank
// lines and lines starting with '#' left out. A header line, where a file has one, is the caller's first row.
import { existsSync, readFileSync } from 'node:fs';

/** The rows of a tab-separated text. */
export function dataRows(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    out.push(line.split('\t').map((c) => c.trim()));
  }
  return out;
}

/** The rows of a tab-separated data file; none when the file is absent. */
export function readDataRows(path: string): string[][] {
  return existsSync(path) ? dataRows(readFileSync(path, 'utf8')) : [];
}
