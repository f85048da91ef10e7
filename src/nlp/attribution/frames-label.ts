// "Name: words" labels and '"…" ― Name' signatures.
import { S, PARTICLE, DET, LABEL_STOP, OFFICIAL_ROLE } from './words.js';
import { entityAt } from '../claims/sources.js';

const LABEL_PREP = S(['to', 'at', 'on', 'in', 'before', 'after']);
import { isPunct, isCloseQuote, pushFrame, type Ctx, type SentCtx } from './frame.js';
import { namedLink } from './source-link.js';

/** The words [s, e) are one place (a country, city or region) and nothing more. */
function placeLabel(ctx: Ctx, s: number, e: number): boolean {
  const ent = entityAt(ctx.mix, s, e);
  return !!ent && /^(GPE|LOC)$/.test(ent.type) && ent.mentions.some((m) => m.start === s && m.end === e);
}

/** "Name: words" at a sentence start (headlines, transcripts), and '"…" ― Name' signatures. */
export function labelFrames(ctx: Ctx, sc: SentCtx): void {
  const { toks } = sc;
  const n = toks.length;
  // "Pence: Gennifer Flowers won't be there"
  // a transcript line inside an opening quotation mark: '"WALLACE: Let's start …'
  const f0 = n > 1 && toks[0]!.q && toks[1]!.w ? 1 : 0;
  let c = f0;
  while (c < n && c < 6 + f0 && toks[c]!.w && (toks[c]!.cap || PARTICLE.has(toks[c]!.l)) || (c < n && c < 6 + f0 && toks[c]!.t === '.')) c++;
  // "Mayor to residents: …", "Senator at rally: …": a headline label naming the speaker and the audience or place
  let colon = c;
  if (c > 0 && c <= 4 && toks[c]?.w && LABEL_PREP.has(toks[c]!.l) && !DET.has(toks[c - 1]!.l)) {
    let m = c + 1;
    while (m < n && m - c <= 5 && toks[m]!.w) m++;
    // a person, body or place named ("Limited Tools to Fight Terrorism:" is a section heading)
    const ent = entityAt(ctx.mix, toks[0]!.s, toks[c - 1]!.e);
    const named = OFFICIAL_ROLE.has(toks[0]!.l) || (!!ent && /^(PERSON|ORG|GPE|NORP)$/.test(ent.type));
    if (m - c >= 2 && isPunct(toks[m], ':') && named) colon = m;
  }
  if (f0 === 0 && colon > c && n - colon > 4 && !LABEL_STOP.has(toks[0]!.l) && toks[0]!.w && toks[0]!.cap) {
    const l = namedLink(ctx, toks, 0, c - 1, [toks[colon]!], 'attr.label-to');
    pushFrame(sc, { sent: sc.si, links: [l], content: [[toks[colon + 1]!.s, toks[n - 1]!.e]], material: [toks[0]!.s, toks[colon]!.e], rule: 'attr.label-to', cue: colon });
  } else if (c > f0 && c <= 5 + f0 && isPunct(toks[c], ':') && n - c > 4 && !LABEL_STOP.has(toks[f0]!.l) && toks[f0]!.w && !DET.has(toks[f0]!.l) && !/'s$/.test(toks[c - 1]!.l)
    // inside a quotation only an all-capitals speaker name makes a transcript label
    && (f0 === 0 || toks.slice(f0, c).every((x) => !x.w || x.t === x.t.toUpperCase()))
    // a place before the colon heads a topic or a dateline, not a speaker: "Sudan: aid convoys reach Darfur"
    && !placeLabel(ctx, toks[f0]!.s, toks[c - 1]!.e)) {
    const l = namedLink(ctx, toks, f0, c - 1, [toks[c]!], 'attr.label');
    pushFrame(sc, { sent: sc.si, links: [l], content: [[toks[c + 1]!.s, toks[n - 1]!.e]], material: [toks[f0]!.s, toks[c]!.e], rule: 'attr.label', cue: c });
  }
  // '"…" ― Name'
  for (let j = 1; j + 1 < n; j++) {
    const t = toks[j]!;
    if (!(t.t === '―' || t.t === '—' || t.t === '–')) continue;
    if (!isCloseQuote(toks[j - 1], sc.quotes) || !toks[j + 1]!.cap) continue;
    let e = j + 1;
    while (e + 1 < n && e - j < 5 && (toks[e + 1]!.cap || PARTICLE.has(toks[e + 1]!.l))) e++;
    const q = sc.quotes.byClose.get(toks[j - 1]!.e);
    let qs = q ? q[0] : -1;
    if (qs < 0) { let o = j - 2; while (o > 0 && !toks[o]!.q) o--; qs = toks[o]!.s; }
    const l = namedLink(ctx, toks, j + 1, e, [t], 'attr.signature');
    pushFrame(sc, { sent: sc.si, links: [l], content: [[qs, toks[j - 1]!.e]], material: [t.s, toks[e]!.e], rule: 'attr.signature', cue: j });
  }
}
