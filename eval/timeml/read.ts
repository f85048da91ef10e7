// Readers for TIMEX3 gold: TimeML (.tml, TempEval-3 TBAQ / silver) and MEANTIME (CAT XML, token based).
// Both return the plain text we feed to the tagger plus gold spans as character offsets into it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldTimex { start: number; end: number; type: string; value: string; mod?: string }
export interface GoldDoc {
  id: string; text: string; dct?: string; timex: GoldTimex[];
  /** Only text before this offset was annotated (MEANTIME annotates the first sentences only). */
  scoredEnd?: number;
  /** CAT documents: [start, end) of each sentence number in the rebuilt text. */
  sentences?: Array<[number, number]>;
}

const ENT: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /(\w+)="([^"]*)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) out[m[1]!] = m[2]!;
  return out;
}

/** One .tml document: the text inside <TEXT>, DCT from <DCT>, TIMEX3 spans (nested tags stripped). */
export function readTimeml(id: string, xml: string): GoldDoc {
  const dct = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timex: GoldTimex[] = [];
  let open: { start: number; a: Record<string, string> } | undefined;
  const re = /<(\/?)([A-Za-z0-9_]+)([^>]*?)(\/?)>|&(lt|gt|amp|quot|apos);|[^<&]+|[<&]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    if (m[2]) {
      if (m[2] === 'TIMEX3') {
        if (!m[1] && !m[4]) open = { start: text.length, a: attrs(m[3]!) };
        else if (m[1] && open) {
          const g: GoldTimex = { start: open.start, end: text.length, type: open.a.type ?? '', value: open.a.value ?? '' };
          if (open.a.mod) g.mod = open.a.mod;
          if (g.end > g.start) timex.push(g);
          open = undefined;
        }
      }
    } else if (m[5]) text += ENT[m[5]]!;
    else text += m[0];
  }
  return { id, text, dct, timex };
}

export function readTimemlDir(dir: string, limit = Infinity): GoldDoc[] {
  const out: GoldDoc[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d).sort()) {
      if (out.length >= limit) return;
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.tml')) out.push(readTimeml(f, readFileSync(p, 'utf8')));
    }
  };
  walk(dir);
  return out;
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'S|’s|n't|'re|'ve|'ll|'d|'m)$/;
const NO_SPACE_AFTER = /^[(\[{$£€]$/;

/**
 * One MEANTIME document. The text is rebuilt from tokens (title and dateline on their own lines,
 * punctuation attached), so offsets are exact for our own text.
 */
export function readMeantime(id: string, xml: string): GoldDoc {
  const tokRe = /<token\b([^>]*)>([^<]*)<\/token>/g;
  const tokStart = new Map<string, number>();
  const tokEnd = new Map<string, number>();
  const tokSent = new Map<string, number>();
  const sentEnd: number[] = [];
  const sentStart: number[] = [];
  let text = '';
  let prevSent = -1;
  let prevTok = '';
  let m: RegExpExecArray | null;
  while ((m = tokRe.exec(xml)) !== null) {
    const a = attrs(m[1]!);
    const t = m[2]!.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ENT[e]!);
    const sent = +(a.sentence ?? 0);
    if (text.length) {
      if (sent !== prevSent && prevSent <= 1) text += '\n';
      else if (!(NO_SPACE_BEFORE.test(t) || NO_SPACE_AFTER.test(prevTok))) text += ' ';
    }
    tokStart.set(a.t_id!, text.length);
    sentStart[sent] ??= text.length;
    text += t;
    tokEnd.set(a.t_id!, text.length);
    tokSent.set(a.t_id!, sent);
    sentEnd[sent] = text.length;
    prevSent = sent;
    prevTok = t;
  }
  const timex: GoldTimex[] = [];
  let dct: string | undefined;
  const tx = /<TIMEX3\b([^>]*?)>([\s\S]*?)<\/TIMEX3>/g;
  while ((m = tx.exec(xml)) !== null) {
    const a = attrs(m[1]!);
    const ids = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((x) => x[1]!);
    if (a.functionInDocument === 'CREATION_TIME' && /^\d{4}-\d{2}-\d{2}/.test(a.value ?? '')) dct = a.value!.slice(0, 10);
    if (!ids.length) continue;
    const starts = ids.map((i) => tokStart.get(i)).filter((x): x is number => x !== undefined);
    const ends = ids.map((i) => tokEnd.get(i)).filter((x): x is number => x !== undefined);
    if (!starts.length) continue;
    const g: GoldTimex = { start: Math.min(...starts), end: Math.max(...ends), type: a.type ?? '', value: a.value ?? '' };
    if (a.mod) g.mod = a.mod;
    timex.push(g);
  }
  timex.sort((x, y) => x.start - y.start);
  // The last sentence with any markable bounds the annotated part.
  const mk = /<Markables>([\s\S]*?)<\/Markables>/.exec(xml)?.[1] ?? '';
  let maxSent = 0;
  for (const x of mk.matchAll(/t_id="(\d+)"/g)) maxSent = Math.max(maxSent, tokSent.get(x[1]!) ?? 0);
  const sentences: Array<[number, number]> = sentStart.map((st, i) => [st, sentEnd[i] ?? st]);
  return { id, text, dct, timex, scoredEnd: sentEnd[maxSent] ?? text.length, sentences };
}

export function readMeantimeDir(dir: string): GoldDoc[] {
  const out: GoldDoc[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.xml')) out.push(readMeantime(f, readFileSync(p, 'utf8')));
    }
  };
  walk(dir);
  return out;
}
