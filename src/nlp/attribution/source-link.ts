// Attribution links for source spans: entity linking, pronoun resolution, media after "told"/"speaking to".
import type { AttributionLink, Entity } from '../../core/types.js';
import type { Tok } from '../claims/text.js';
import { entityAt, isMedium, kindOf } from '../claims/sources.js';
import { PRON, SPEAKING, RIGHT_STOP, DET, DOC_HEADS, PLURAL, COLLECTIVE } from './words.js';
import { narratedSubject } from './narrated-subject.js';
import { describedEntity } from './described-source.js';
import { link, isPunct, isComma, spanText, type Ctx, type SentCtx } from './frame.js';
import { rightNP, isNameChunk } from './np.js';
import { namesOutlet } from './own-outlet.js';
import { attributionWords } from './data-words.js';
import { entityGenders, phraseGender, pronounGender, PRONOUN_MENTION, type Gender } from './gender.js';
import * as L from '../claims/lexicon.js';

const OCCASION = new Set(L.OCCASION_HEADS);
const REASONS = new Set(L.CITED_REASONS);

/**
 * What "citing" names is a reason, not a source: no capitalised word and a reason noun first or as head ("citing
 * privacy", "citing security concerns", "citing a lack of funds"). "citing two officials" and "citing Reuters" are sources.
 */
export function citedReason(toks: Tok[], a: number, b: number): boolean {
  let s = a;
  while (s <= b && (!toks[s]!.w || DET.has(toks[s]!.l) || /^(his|her|their|its|our|unspecified|unnamed|ongoing|growing|serious)$/.test(toks[s]!.l))) s++;
  if (s > b) return false;
  for (let k = s; k <= b; k++) if (toks[k]!.cap) return false;
  return REASONS.has(toks[s]!.l) || REASONS.has(toks[b]!.l) || REASONS.has(toks[s + 1]?.l ?? '');
}

/** Makes a named link for tokens [a, b], resolving pronouns and linking entities. */
export function namedLink(ctx: Ctx, toks: Tok[], a: number, b: number, cue: Tok[], rule: string, appos = ''): AttributionLink {
  const cueSpan: [number, number] = [cue[0]!.s, cue[cue.length - 1]!.e];
  const cueText = ctx.text.slice(cueSpan[0], cueSpan[1]);
  if (a === b && PRON.has(toks[a]!.l)) {
    const r = resolvePronoun(ctx, toks[a]!);
    if (r) return { ...r, cue: cueText, cueSpan: { start: cueSpan[0], end: cueSpan[1] }, span: { start: toks[a]!.s, end: toks[a]!.e }, rule: rule + '+pronoun' };
  }
  // strip a leading determiner-less possessive owner when the head is a role ("Kim's spokesman" keeps all)
  let s = a;
  while (s < b && !toks[s]!.w) s++;
  const text = spanText(ctx, toks, s, b);
  // ("the Chief Justice", "the central bank": a description of someone named earlier, see described-source.ts)
  let ent = entityAt(ctx.mix, toks[s]!.s, toks[b]!.e);
  // a place in a description's modifier is not its source: "the Las Vegas-based operator" is the company, not Las Vegas
  if (ent && ent.type !== 'PERSON' && ent.type !== 'ORG' && toks[s]!.l === 'the' && !toks[b]!.cap) ent = describedEntity(ctx.text, ctx.doc.entities, toks, s, b) ?? ent;
  ent ??= describedEntity(ctx.text, ctx.doc.entities, toks, s, b);
  let kind = kindOf(text, ent, appos);
  const bare = text.toLowerCase();
  if (/^(reports?|rumou?rs?)$/.test(bare)) kind = 'UNNAMED';
  const l = link(ctx, text, kind, cueText, [toks[s]!.s, toks[b]!.e], cueSpan, rule, ent);
  remember(ctx, l, toks[b]!);
  return l;
}

const BODY_HEADS = new Set(['office', 'offices', 'department', 'agency', 'embassy', 'consulate', 'company', 'firm', 'group', 'secretariat', 'headquarters']);

export function remember(ctx: Ctx, l: AttributionLink, head: Tok): void {
  if (l.kind === 'UNNAMED') return;
  // a document ("the survey", "the report") is no antecedent for "he"/"she"
  if (DOC_HEADS.has(head.l)) { ctx.lastOrg = l; return; }
  // nor is a body ("Haddad's office said", "the campaign said"), whatever person owns it
  if (!head.cap && (COLLECTIVE.has(head.l) || BODY_HEADS.has(head.l)) && !PLURAL.has(head.l)) { ctx.lastOrg = l; return; }
  if (l.kind === 'PERSON' || l.kind === 'OFFICIAL' || personPhrase(ctx, l)) {
    // a body of people ("Police said", "the crew said") is a "they", never the "he" or "she" of a later quote
    if ((/s$/.test(head.l) && !head.cap) || PLURAL.has(head.l)) ctx.lastPlural = l; else { ctx.lastPerson = l; ctx.lastPersonAt = head.s; }
  } else { ctx.lastOrg = l; if (/s$/.test(head.l)) ctx.lastPlural = l; }
}

/**
 * A source phrase that names one person though its kind is taken from a place or body inside it: a person named
 * before its "of/at/from" phrase ("Entomologist Kabirul Bashar of Jahangirnagar University"), or one described after
 * "a/an" by a singular lower-case head ("A Santiago-based fund manager"): the "he"/"she" of a later quote.
 */
function personPhrase(ctx: Ctx, l: AttributionLink): boolean {
  if (!l.span) return false;
  const src = l.source;
  // (the head before a prepositional phrase: "An economist at an Istanbul-based brokerage")
  const words = src.split(/\s+(?:of|at|from|with|in|for|on)\s+/)[0]!.split(/\s+/);
  const h = words[words.length - 1]!, hl = h.toLowerCase();
  if (/^(a|an)\s/i.test(src) && words.length > 1 && h === hl && !PLURAL.has(hl) && !COLLECTIVE.has(hl) && !BODY_HEADS.has(hl) && !DOC_HEADS.has(hl)
    && ((/(er|or|ist|ian|man|woman|person)$/.test(hl) && !attributionWords('describedNonPersonHeads').has(hl)) || attributionWords('describedPersonHeads').has(hl))) return true;
  const cut = /\s(of|at|from|with)\s/.exec(src);
  if (!cut) return false;
  const end = l.span.start + cut.index;
  return ctx.doc.entities.some((e) => e.type === 'PERSON' && e.mentions.some((m) => m.start >= l.span!.start && m.end <= end));
}

/** The gender a link's person shows: its entity's (gender.ts), else its own words ("Mr Lee", "the spokeswoman"). */
function linkGender(ctx: Ctx, l: AttributionLink): Gender | undefined {
  return (l.entity ? entityGenders(ctx.doc).get(l.entity) : undefined) ?? phraseGender(l.source);
}

/**
 * The person of gender `g` mentioned last before offset `at` (within 1,200 characters), as a link: a "she said"
 * after the last speaker was a man goes to the woman the report named last.
 */
function nearestOfGender(ctx: Ctx, at: number, g: Gender): (AttributionLink & { at?: number }) | undefined {
  const genders = entityGenders(ctx.doc);
  let best: Entity | undefined, bestStart = -1, name = '';
  for (const e of ctx.doc.entities) {
    if (e.type !== 'PERSON' || genders.get(e.id) !== g) continue;
    for (const m of e.mentions) {
      if (m.end <= at && at - m.end < 1200 && m.start > bestStart && !PRONOUN_MENTION.test(m.text.trim())) { best = e; bestStart = m.start; name = m.text; }
    }
  }
  return best ? { source: name, kind: kindOf(name, best, ''), cue: '', entity: best.id, at: bestStart } : undefined;
}

export function resolvePronoun(ctx: Ctx, t: Tok): AttributionLink | undefined {
  const g = pronounGender(t.l);
  // a person the outlet's own narration made its subject since the last speaker: "Nasri said two were missing.
  // Haddad toured the district. 'We will rebuild,' he said." → Haddad
  if (t.l === 'he' || t.l === 'she') {
    const subj = narratedSubject(ctx.doc, t.s, g, ctx.lastPerson && ctx.lastPersonAt !== undefined && t.s - ctx.lastPersonAt < 1200 ? ctx.lastPersonAt : -1);
    if (subj) return { source: subj.name, kind: kindOf(subj.name, subj.entity, ''), cue: '', entity: subj.entity.id };
  }
  if ((t.l === 'he' || t.l === 'she') && ctx.lastPerson && ctx.lastPersonAt !== undefined && t.s - ctx.lastPersonAt < 1200) {
    // the last speaker is of the other gender: the nearest person of the pronoun's gender, when the report shows one
    const lg = g ? linkGender(ctx, ctx.lastPerson) : undefined;
    const other = lg && lg !== g ? nearestOfGender(ctx, t.s, g!) : undefined;
    if (other) { delete other.at; return other; }
    const { span: _s, cueSpan: _c, ...rest } = ctx.lastPerson; void _s; void _c;
    return { ...rest };
  }
  if (ctx.resolver) {
    try {
      const r = ctx.resolver(ctx.doc, t.s) as { id?: string; name?: string; kind?: string; type?: string } | string | undefined;
      const ent = typeof r === 'string' ? ctx.doc.entities.find((e) => e.id === r) : (r && typeof r === 'object' && 'mentions' in r ? r as Entity : undefined);
      // "he"/"she" name a person: an organisation or place the resolver offers is no antecedent for them
      // nor is a person of the other gender ("she" after "Mr Lee"): the nearest person of the pronoun's gender
      if (ent && g && ent.type === 'PERSON') {
        const eg = entityGenders(ctx.doc).get(ent.id);
        const other = eg && eg !== g ? nearestOfGender(ctx, t.s, g) : undefined;
        if (other) { delete other.at; return other; }
      }
      if (ent && !((t.l === 'he' || t.l === 'she') && ent.type !== 'PERSON')) {
        // the source as last written before the pronoun ("OCHA"), linked to the entity
        let name = ent.name;
        let best = -1;
        for (const m of ent.mentions) if (m.end <= t.s && m.start > best && !PRONOUN_MENTION.test(m.text.trim())) { best = m.start; name = m.text; }
        return { source: name, kind: kindOf(name, ent, ''), cue: '', entity: ent.id };
      }
    } catch { /* fall back */ }
  }
  const p = t.l;
  const pick = p === 'he' || p === 'she' || p === 'i' ? ctx.lastPerson
    : p === 'it' ? ctx.lastOrg : p === 'they' || p === 'we' ? ctx.lastPlural ?? ctx.lastOrg ?? ctx.lastPerson : undefined;
  if (pick) { const { span: _s, cueSpan: _c, ...rest } = pick; void _s; void _c; return { ...rest }; }
  if (p === 'he' || p === 'she') {
    // nearest preceding capitalised multi-word name
    const before = ctx.text.slice(Math.max(0, t.s - 1500), t.s);
    const re = /(\p{Lu}[\p{L}'’-]+(?:\s+(?:al-|el-|bin\s|de\s)?\p{Lu}[\p{L}'’-]+)+)/gu;
    let m: RegExpExecArray | null;
    let last: string | undefined;
    // (not a name of the other gender: "she" after "Mr Bello")
    let lastAt = -1;
    while ((m = re.exec(before))) { const pg = phraseGender(m[1]!); if (!pg || pg === g) { last = m[1]; lastAt = t.s - before.length + m.index; } }
    // a person of the pronoun's gender named after that name wins ("Ms Okafor …. Mr Bello …. She said")
    const known = g ? nearestOfGender(ctx, t.s, g) : undefined;
    if (known && (!last || (known.at ?? -1) > lastAt)) { delete known.at; return known; }
    if (last) return { source: last, kind: 'PERSON', cue: '' };
  }
  return undefined;
}

/** A medium after "to"/"told": "the BBC's US partner, CBS" → CBS. Returns its link and last token. */
export function mediumAfter(ctx: Ctx, sc: SentCtx, a: number, cueToks?: Tok[]): { link: AttributionLink; end: number } | null {
  const sp = mediumSpan(ctx, sc, a);
  if (!sp) return null;
  const { toks } = sc;
  const [s, e, cueTok] = sp;
  const cue = cueToks ?? (cueTok.l === 'to' ? [toks[a - 2] ?? cueTok, cueTok] : [cueTok]);
  const l = namedLink(ctx, toks, s, e, cue.filter(Boolean) as Tok[], 'attr.medium');
  if (l.kind !== 'MEDIA' && l.kind !== 'AGENCY') l.kind = 'MEDIA';
  return { link: l, end: e };
}

/** The tokens [s, e] of the medium mediumAfter would link at a, and its cue token; null when none. No side effect. */
export function mediumSpan(ctx: Ctx, sc: SentCtx, a: number): [number, number, Tok] | null {
  const { toks } = sc;
  const n = toks.length;
  // "told me the network was fair": an object pronoun is the person told, never a medium
  if (toks[a] && /^(me|us|him|her|them|you)$/.test(toks[a]!.l) && !(toks[a]!.l === 'her' && toks[a + 1]?.w && !toks[a + 1]!.cap && !DET.has(toks[a + 1]!.l))) return null;
  const y = rightNP(toks, a, n, RIGHT_STOP);
  if (!y) return null;
  let [s, e] = y;
  // "told The Nation the party was …": an article after a name opens the reported clause, not more of the medium
  for (let m = s + 1; m <= e; m++) if (/^(the|a|an)$/.test(toks[m]!.l) && toks[m]!.w && !toks[m]!.cap && toks[m - 1]!.cap) { e = m - 1; break; }
  let cueTok = toks[a - 1]!;
  if (toks[a - 2] && SPEAKING.has(toks[a - 2]!.l)) cueTok = toks[a - 2]!;
  // appositive name after a description: "the BBC's US partner, CBS"
  if (isComma(toks[e + 1]) && toks[e + 2]?.cap && !toks[e]!.cap) {
    const z = rightNP(toks, e + 2, n, RIGHT_STOP);
    if (z && isNameChunk(toks, z[0], z[1]) && (isComma(toks[z[1] + 1]) || z[1] + 1 >= n - 1 || isPunct(toks[z[1] + 1], '.'))) { s = z[0]; e = z[1]; }
  }
  const text = spanText(ctx, toks, s, e);
  const ent = entityAt(ctx.mix, toks[s]!.s, toks[e]!.e);
  const whole = spanText(ctx, toks, y[0], y[1]);
  if (!isMedium(text, ent) && !isMedium(whole, undefined)) return null;
  // an occasion spoken at is no medium: "told a news conference", "told a press briefing in Geneva"
  if (OCCASION.has(toks[e]!.l) || OCCASION.has(toks[y[1]]!.l)) return null;
  // the press at large is whom the speaker addressed, like "told reporters": "told the press", "told the media"
  if (/^(?:the\s+)?(?:news\s+)?(?:press|media)(?:\s+corps)?$/i.test(whole.trim())) return null;
  // the outlet itself: '"…," he told the BBC' in a BBC report — the speaker spoke to the reader
  if (namesOutlet(text, ctx.doc.info.outlet)) return null;
  return [s, e, cueTok];
}
