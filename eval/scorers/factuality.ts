// MEANTIME (CC BY 4.0) event factuality: for every annotated event mention, the smallest claim holding its
// token is compared with the mention's certainty (CERTAIN/PROBABLE/POSSIBLE), polarity (POS/NEG) and time
// (FUTURE/NON_FUTURE, against our status). UNDERSPECIFIED and empty values are left out.
// Usage: part of `npm run eval`; standalone: node dist/eval/scorers/factuality.js
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Claim } from '../../src/core/types.js';
import { newDoc } from '../../src/nlp/doc.js';
import { runPipeline } from '../../src/nlp/pipeline.js';
import { sha256 } from '../../src/ingest/normalize.js';

export interface MtEvent { start: number; end: number; certainty: string; polarity: string; time: string; text: string }
export interface MtDoc { text: string; dct?: string; events: MtEvent[] }

const decode = (s: string): string => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Rebuilds the text of a MEANTIME (NAF-like) file: tokens joined by spaces, one sentence a line. */
export function parseMeantime(xml: string): MtDoc {
  const tokRe = /<token[^>]*?sentence="(\d+)"[^>]*?t_id="(\d+)"[^>]*>([^<]*)<\/token>/g;
  const pos = new Map<string, [number, number]>();
  let text = '';
  let sent = -1;
  let m: RegExpExecArray | null;
  while ((m = tokRe.exec(xml))) {
    const s = Number(m[1]);
    const t = decode(m[3]!);
    if (sent >= 0) text += s !== sent ? (sent === 0 ? '\n\n' : '\n') : ' ';
    sent = s;
    pos.set(m[2]!, [text.length, text.length + t.length]);
    text += t;
  }
  const events: MtEvent[] = [];
  const evRe = /<EVENT_MENTION([^>]*)>([\s\S]*?)<\/EVENT_MENTION>/g;
  while ((m = evRe.exec(xml))) {
    const attrs = m[1]!;
    const get = (k: string): string => new RegExp(`\\b${k}="([^"]*)"`).exec(attrs)?.[1] ?? '';
    const anchors = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((x) => pos.get(x[1]!)).filter((x): x is [number, number] => !!x);
    if (!anchors.length) continue;
    const start = Math.min(...anchors.map((a) => a[0])), end = Math.max(...anchors.map((a) => a[1]));
    events.push({ start, end, certainty: get('certainty'), polarity: get('polarity'), time: get('time'), text: text.slice(start, end) });
  }
  const dct = /functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1]
    ?? /value="(\d{4}-\d{2}-\d{2})"[^>]*functionInDocument="CREATION_TIME"/.exec(xml)?.[1];
  return { text, dct, events };
}

export function smallestClaim(claims: Claim[], s: number, e: number): Claim | undefined {
  let best: Claim | undefined;
  for (const c of claims) if (c.start <= s && c.end >= e && (!best || c.end - c.start < best.end - best.start)) best = c;
  return best;
}

interface Tally { n: number; ok: number; byGold: Record<string, [number, number]> }
const tally = (): Tally => ({ n: 0, ok: 0, byGold: {} });
function add(t: Tally, gold: string, ok: boolean): void {
  t.n++; if (ok) t.ok++;
  const b = (t.byGold[gold] ??= [0, 0]); b[1]++; if (ok) b[0]++;
}

export default async function run(shared: string): Promise<void> {
  const base = join(shared, 'corpora', 'meantime', 'intra-doc_annotation');
  if (!existsSync(base)) { console.log(`factuality: ${base} absent; skipped`); return; }
  const cert = tally(), pol = tally(), time = tally();
  let docs = 0, events = 0, inClaim = 0;
  for (const sub of readdirSync(base).sort()) {
    const dir = join(base, sub);
    if (!existsSync(dir) || !sub.startsWith('corpus')) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.xml')).sort()) {
      const d = parseMeantime(readFileSync(join(dir, f), 'utf8'));
      if (!d.text) continue;
      const info = { id: sha256(d.text), text: d.text, language: 'en', ...(d.dct ? { publishedAt: d.dct } : {}) };
      const doc = runPipeline(newDoc(info));
      docs++;
      for (const ev of d.events) {
        events++;
        const c = smallestClaim(doc.claims, ev.start, ev.end);
        if (!c) continue;
        inClaim++;
        // a reporting cue ("said") is an event the outer chain asserts: certain, positive, not future
        const isCue = c.attribution.some((l) => l.cueSpan && l.cueSpan.start <= ev.start && l.cueSpan.end >= ev.end);
        const sc = isCue ? 'CERTAIN' : c.certainty, sp = isCue ? 'POSITIVE' : c.polarity, st = isCue ? 'PAST' : c.status;
        if (['CERTAIN', 'PROBABLE', 'POSSIBLE'].includes(ev.certainty)) add(cert, ev.certainty, sc === ev.certainty);
        if (ev.polarity === 'POS' || ev.polarity === 'NEG') add(pol, ev.polarity, (sp === 'NEGATIVE') === (ev.polarity === 'NEG'));
        if (ev.time === 'FUTURE' || ev.time === 'NON_FUTURE') add(time, ev.time, (st === 'FUTURE') === (ev.time === 'FUTURE'));
      }
    }
  }
  const pct = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '-');
  const row = (name: string, t: Tally): string => {
    const classes = Object.entries(t.byGold).sort((a, b) => b[1][1] - a[1][1]);
    const majority = classes[0] ? classes[0][1][1] / t.n : 0;
    const macro = classes.length ? classes.reduce((s, [, [k, n]]) => s + k / n, 0) / classes.length : 0;
    const per = classes.map(([g, [k, n]]) => `${g} ${k}/${n}`).join(', ');
    return `| ${name.padEnd(9)} | ${pct(t.ok, t.n)} | ${majority.toFixed(3)} | ${macro.toFixed(3)} | ${per} |`;
  };
  console.log(`MEANTIME factuality: ${docs} documents, ${events} event mentions, ${inClaim} inside a claim`);
  console.log('| attribute | agreement | majority baseline | macro recall | per gold class (agree/total) |');
  console.log('|-----------|-----------|-------------------|--------------|------------------------------|');
  console.log(row('certainty', cert));
  console.log(row('polarity', pol));
  console.log(row('time', time));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { sharedDir } = await import('../../src/core/shared.js');
  const sh = sharedDir();
  if (sh) await run(sh);
}
