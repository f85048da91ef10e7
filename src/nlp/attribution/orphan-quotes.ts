// Quotations without a frame of their own: continued speakers and dash signatures.
import type { AttributionLink, Sentence } from '../../core/types.js';
import { kindOf } from '../claims/sources.js';
import type { Frame } from './frame.js';
import { lowerBound } from '../../core/lower-bound.js';

export const DASH_SIG = /^\s*([―—–]|--)\s*(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3})(?=\s*(?:\n|$|[“"]))/u;

/** Rules of a speaker's own reported speech: "Idris added that supplies were low", "supplies were low, Idris said". */
const SPEECH_RULES = new Set(['attr.pre', 'attr.post', 'attr.post-inverted']);

/**
 * The frames in which one person speaks (a one-link chain, PERSON or OFFICIAL, naming one person), ordered by where
 * their words stand.
 */
function personSpeech(frames: Frame[]): Frame[] {
  return frames.filter((f) => !f.local && f.sent >= 0 && SPEECH_RULES.has(f.rule) && f.links.length === 1
    && (f.links[0]!.kind === 'PERSON' || f.links[0]!.kind === 'OFFICIAL') && onePerson(f.links[0]!))
    .sort((a, b) => a.material[0] - b.material[0]);
}

/** A link naming one person: an entity, "he"/"she", or a phrase ending in a name ("spokesman Ahmed Idris"; not "officials"). */
function onePerson(l: AttributionLink): boolean {
  if (l.entity) return true;
  const w = l.source.trim().split(/\s+/);
  return /^(he|she)$/i.test(l.source.trim()) || (w.length > 1 && /^\p{Lu}\p{Ll}/u.test(w[w.length - 1]!));
}

export function attachOrphanQuotes(frames: Frame[], quotes: Array<[number, number]>, sents: Sentence[], text: string): Frame[] {
  const out: Frame[] = [];
  let lastSpeaker: { links: AttributionLink[]; para: number; at: number } | null = null;
  const speech = personSpeech(frames);
  let sp = 0;
  const paraOf = (off: number): number => {
    // the last sentence starting at or before off, the first when none does
    const ans = Math.max(0, lowerBound(sents.length, (m) => sents[m]!.start <= off) - 1);
    return sents[ans]?.paragraph ?? ans;
  };
  for (const q of quotes) {
    // scare quotes and short phrases; a short full sentence right after an attributed quote still continues it
    const short = q[1] - q[0] < 25;
    if (short && q[1] - q[0] < 10) continue;
    const own = frames.find((f) => !f.local && f.content.some(([a, b]) => a <= q[0] + 1 && b >= q[1] - 2));
    // a quotation running on past its frame's sentence: 'X said the country "will not yield. We will respond."' —
    // the rest of the quotation is still X's
    const opened = own ? undefined : frames.find((f) => !f.local && f.content.some(([a, b]) => a <= q[0] + 1 && b > q[0] + 1 && b < q[1] - 2));
    if (opened) {
      const b = Math.max(...opened.content.filter(([a, x]) => a <= q[0] + 1 && x > q[0] + 1).map(([, x]) => x));
      out.push({ sent: -1, links: opened.links.map((l) => ({ ...l })), content: [[b, q[1]]], material: [b, b], rule: 'attr.quote-runs-on', cue: -1 });
      lastSpeaker = { links: opened.links, para: paraOf(q[0]), at: q[0] };
      continue;
    }
    if (own && short) { lastSpeaker = { links: own.links, para: paraOf(q[0]), at: q[0] }; continue; }
    // the last to speak before this quotation may be a named person's reported speech, not a quotation: '"…," Kindiki
    // said. Idris added that supplies were low. "We need help now."' → Idris (the nearest speaker, as a reader takes it)
    while (sp < speech.length && speech[sp]!.material[0] < q[0]) {
      const f = speech[sp++]!;
      if (!lastSpeaker || f.material[0] > lastSpeaker.at) lastSpeaker = { links: f.links, para: paraOf(f.material[0]), at: f.material[0] };
    }
    if (short && !(lastSpeaker && /^["“]?\p{Lu}/u.test(text.slice(q[0], q[0] + 2)) && /[.!?]["”]?$/.test(text.slice(q[0], q[1])))) continue;
    const para = paraOf(q[0]);
    if (own) { lastSpeaker = { links: own.links, para, at: q[0] }; continue; }
    // pull-quote signature: '"…" ― Maria Lopez' (a dash and a name closing the line)
    {
      let e = q[1];
      while (e < text.length && /["”’']/.test(text[e]!)) e++;
      const m = DASH_SIG.exec(text.slice(e, e + 60));
      if (m) {
        const ds = e + m.index + m[0].indexOf(m[1]!);
        const ns = e + m.index + m[0].lastIndexOf(m[2]!);
        const l: AttributionLink = { source: m[2]!, kind: kindOf(m[2]!, undefined, ''), cue: m[1]!, rule: 'attr.dash-signature',
          span: { start: ns, end: ns + m[2]!.length }, cueSpan: { start: ds, end: ds + m[1]!.length } };
        // the dash and the name are frame words, not a claim of their own
        out.push({ sent: -1, links: [l], content: [[q[0], q[1]]], material: [ds, ns + m[2]!.length], rule: 'attr.dash-signature', cue: -1 });
        lastSpeaker = { links: [l], para, at: q[0] };
        continue;
      }
    }
    if (lastSpeaker && para - lastSpeaker.para <= 1) {
      out.push({ sent: -1, links: lastSpeaker.links.map((l) => ({ ...l, rule: 'attr.quote-continued' })), content: [[q[0], q[1]]], material: [q[0], q[0]], rule: 'attr.quote-continued', cue: -1 });
      lastSpeaker.para = para;
      lastSpeaker.at = q[0];
      continue;
    }
    // a quotation standing as its own paragraph, its speaker opening the next one: '"Nobody told us anything." ¶
    // Maria Lopez, 62, said she had lost everything.'
    const next = speakerOpeningNext(frames, sents, text, q, para);
    if (next) {
      out.push({ sent: -1, links: next.links.map((l) => ({ ...l, rule: 'attr.quote-speaker-next' })), content: [[q[0], q[1]]], material: [q[0], q[0]], rule: 'attr.quote-speaker-next', cue: -1 });
      lastSpeaker = { links: next.links, para, at: q[0] };
    }
  }
  void text;
  return out;
}

/**
 * When quotation q fills its paragraph, the frame whose single named person source opens the next paragraph
 * ('Maria Lopez, 62, said …'); else undefined.
 */
function speakerOpeningNext(frames: Frame[], sents: Sentence[], text: string, q: [number, number], para: number): Frame | undefined {
  const mine = sents.filter((s) => (s.paragraph ?? -1) === para);
  if (!mine.length) return undefined;
  const pStart = mine[0]!.start, pEnd = mine[mine.length - 1]!.end;
  if (text.slice(pStart, q[0]).trim() !== '' || !/^["”’'.!?\s]*$/.test(text.slice(q[1], pEnd))) return undefined;
  const first = sents.findIndex((s) => (s.paragraph ?? -1) === para + 1);
  if (first < 0) return undefined;
  const open = sents[first]!.start;
  return frames.find((f) => !f.local && f.sent === first && f.links.length === 1 && f.links[0]!.kind === 'PERSON'
    && f.links[0]!.span !== undefined && f.links[0]!.span.start === open);
}
