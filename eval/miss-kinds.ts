// Misses of the shared scorer (`--verbose` lines "  miss LABEL: …"), counted by kind with every text, name and
// anchor dropped, so a held-out set can say *what kind* of thing is missed (an event type, a check's kind and
// status, a certainty confusion) without anyone reading its reports. EVAL_MISS_KINDS=1 prints these counts.

/** The kind of one miss line, or undefined for a line that is not a miss. */
export function missKind(line: string): string | undefined {
  const m = /^\s*miss [^:]*: (.*)$/.exec(line);
  if (!m) return undefined;
  const body = m[1]!;
  let k: RegExpExecArray | null;
  if ((k = /^entity .* \(([A-Z_]+)\)$/.exec(body))) return `entity missed (${k[1]})`;
  if (body.startsWith('link ')) return 'entity linked wrongly or not at all';
  if (body.startsWith('time ')) return / got /.test(body) ? 'time found, wrong value or mod' : 'time not found';
  if (body.startsWith('quantity ')) return 'quantity not found or wrong';
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

/** Counts of miss kinds, most frequent first. */
export function countMissKinds(output: string): [string, number][] {
  const n = new Map<string, number>();
  for (const line of output.split('\n')) {
    const kind = missKind(line);
    if (kind) n.set(kind, (n.get(kind) ?? 0) + 1);
  }
  return [...n.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
