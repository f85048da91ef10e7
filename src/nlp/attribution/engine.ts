// Attribution: finds reporting frames (source + cue + content) over tokens, then cuts each sentence into
// claims and gives every claim the chain of frames whose content holds it, outermost first.
import type { AttributionLink, Claim, Entity, Sentence, SourceKind } from '../../core/types.js';
import type { NlpDoc } from '../doc.js';
import * as entitiesModule from '../entities/index.js';
import * as L from '../claims/lexicon.js';
import { cacheDocTokens, findQuotes, sentencesOf, tokenize, type Tok } from '../claims/text.js';
import { entityAt, indexMentions, isMedium, kindOf, type MentionIndex } from '../claims/sources.js';

const S = (a: readonly string[]): Set<string> => new Set(a);
const SPEECH = S(L.SPEECH_VERBS);
const NEEDS_THAT = S(L.NEEDS_THAT);
const NPOBJ = S(L.NP_OBJECT_CUES);
const FIGURE = S(L.FIGURE_CUES);
const UNADV = S(L.UNNAMED_ADVERBS);
const UNPASS = S(L.UNNAMED_PASSIVES);
const CUE_ADV = S(L.CUE_ADVERBS);
const NPB = S(L.NP_BOUNDARY);
const INNER = S(L.NAME_INNER);
const PARTICLE = S(L.NAME_PARTICLES);
const DET = S(L.DETERMINERS);
const PRON = S(L.PRONOUNS);
const CONJ = S(L.CLAUSE_CONJ);
const PART = S(L.PARTICIPLE_CUES);
const ACCOUNT = S(L.ACCOUNT_NOUNS);
const SPEAKING = S(L.SPEAKING_TO);
const INTENT = S(L.INTENT_CUES);
const STANCE = S(L.STANCE_ADJ);
const TO_VERBS = S(['appeared', 'appears', 'appear', 'seemed', 'seems', 'seem', 'continued', 'continues', 'continue', 'went', 'declined',
  'refused', 'refuses', 'wanted', 'wants', 'tried', 'tries', 'sought', 'seeks', 'used', 'had', 'has', 'have', 'began', 'begins', 'started']);
const QUESTION_CUES = S(['ask', 'asks', 'asked', 'asking', 'question', 'questions', 'questioned', 'wonder', 'wonders', 'wondered', 'know', 'knows']);
const BARE_OK = S(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'know', 'knows', 'knew', 'hope', 'hopes', 'hoped',
  'fear', 'fears', 'feared', 'suspect', 'suspects', 'agree', 'agrees', 'agreed', 'find', 'finds', 'found', 'feel', 'feels', 'felt', 'note',
  'notes', 'noted', 'add', 'adds', 'added', 'admit', 'admits', 'admitted', 'warn', 'warns', 'warned', 'expect', 'expects', 'expected',
  'predict', 'predicts', 'predicted', 'argue', 'argues', 'argued', 'insist', 'insists', 'insisted', 'suggest', 'suggests', 'suggested',
  'acknowledge', 'acknowledges', 'acknowledged', 'worry', 'worries', 'worried', 'recall', 'recalls', 'recalled', 'conclude', 'concluded',
  'report', 'reports', 'reported', 'stated', 'estimate', 'estimates', 'estimated', 'show', 'shows', 'showed', 'stress', 'stressed',
  // news reporting verbs that drop "that" as often as "said" does ("claimed the video was fake")
  'claim', 'claims', 'claimed', 'allege', 'alleges', 'alleged', 'deny', 'denies', 'denied',
  'confirm', 'confirms', 'confirmed', 'announce', 'announces', 'announced', 'declare', 'declares', 'declared', 'maintain',
  'maintains', 'maintained', 'concede', 'concedes', 'conceded', 'contend', 'contends', 'contended', 'testify', 'testified',
  'complain', 'complains', 'complained', 'explain', 'explains', 'explained', 'tweet', 'tweets', 'tweeted', 'reiterate', 'reiterated', 'emphasize', 'emphasized', 'emphasise', 'emphasised', 'assert', 'asserts', 'asserted',
  'reveal', 'revealed', 'realize', 'realized', 'realise', 'realised', 'understand', 'understands', 'assume', 'assumed',
  'reckon', 'reckons', 'guess', 'figure', 'figured', 'recognize', 'recognized', 'promise', 'promised', 'vow', 'vowed',
  'swear', 'swore', 'boast', 'boasted', 'brag', 'bragged', 'joke', 'joked', 'caution', 'cautioned', 'predict', 'say']);
const FINITE = S(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might', 'must',
  'did', 'does', 'do', "'s", "'re", "'ll", 'wo', 'ca', 'shall']);
const RAISING = S(['asked', 'asks', 'ask', 'urged', 'urges', 'urge', 'told', 'tells', 'expect', 'expects', 'expected', 'believe', 'believes', 'believed', 'predict', 'predicts', 'predicted', 'estimate', 'estimates', 'estimated', 'fear', 'fears', 'feared', 'consider', 'considers', 'considered', 'suspect', 'suspects', 'suspected', 'think', 'thinks', 'thought']);
const BE = S(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", "isn't", "aren't", "wasn't", "weren't", 'isn’t', 'aren’t', 'wasn’t', 'weren’t']);
const INTRO_PREP = S(['in', 'on', 'at', 'by', 'during', 'after', 'before', 'since', 'from', 'for', 'with', 'without',
  'asked', 'speaking', 'talking', 'writing', 'according', 'citing', 'as', 'when', 'while', 'although', 'though',
  'unlike', 'like', 'despite', 'following', 'amid', 'under', 'over', 'earlier', 'later', 'meanwhile', 'however',
  'separately', 'also', 'but', 'and', 'yet', 'still', 'instead', 'further', 'furthermore', 'moreover', 'then',
  'previously', 'last', 'this', 'next', 'today', 'yesterday', 'if', 'once', 'because']);
const IRR_PAST = S(L.IRREGULAR_PAST);
const PHRASES: string[][] = L.SPEECH_PHRASES.map((p) => p.split(' '));
const PHRASE_BY_FIRST = new Map<string, string[][]>();
for (const p of PHRASES) { const a = PHRASE_BY_FIRST.get(p[0]!) ?? []; a.push(p); PHRASE_BY_FIRST.set(p[0]!, a); }
const MONTHS_DAYS = S(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year']);

export interface Frame {
  sent: number;
  links: AttributionLink[];
  /** Char ranges of the attributed content. */
  content: Array<[number, number]>;
  /** Char range of the frame's own words (source, cue, connectors), never a claim of its own. */
  material: [number, number];
  /** When the first content piece's claim should begin earlier (to keep "X said" with it). */
  claimStart?: number;
  rule: string;
  /** Token index of the cue in its sentence. */
  cue: number;
  /** Participial tail (", saying …") or coordinated clause: takes the governing frame's links. */
  inherit?: boolean;
  /** Unnamed-source hedge that only marks its own clause (reportedly, is said to). */
  local?: boolean;
}

interface Ctx {
  doc: NlpDoc;
  text: string;
  sents: Sentence[];
  mix: MentionIndex;
  lastPerson?: AttributionLink;
  lastPersonAt?: number;
  lastOrg?: AttributionLink;
  lastPlural?: AttributionLink;
  resolver?: (doc: NlpDoc, offset: number) => unknown;
}

const link = (ctx: Ctx, source: string, kind: SourceKind, cue: string, span: [number, number] | undefined,
  cueSpan: [number, number] | undefined, rule: string, ent?: Entity): AttributionLink => {
  const l: AttributionLink = { source, kind, cue, rule };
  if (ent) l.entity = ent.id;
  if (span) l.span = { start: span[0], end: span[1] };
  if (cueSpan) l.cueSpan = { start: cueSpan[0], end: cueSpan[1] };
  void ctx;
  return l;
};

const unnamed = (cue: Tok | Tok[], rule: string, source = 'unnamed'): AttributionLink => {
  const a = Array.isArray(cue) ? cue : [cue];
  return { source, kind: 'UNNAMED', cue: a.map((t) => t.t).join(' '), cueSpan: { start: a[0]!.s, end: a[a.length - 1]!.e }, rule };
};

function isPunct(t: Tok | undefined, ch: string): boolean { return !!t && !t.w && t.t === ch; }
function isComma(t: Tok | undefined): boolean { return !!t && !t.w && t.t === ','; }
function isHard(t: Tok | undefined): boolean { return !!t && !t.w && (t.t === ';' || t.t === ':' || t.t === '—' || t.t === '–' || t.t === '(' || t.t === ')'); }
function isCloseQuote(t: Tok | undefined, quotes: QIndex): boolean {
  if (!t || !(t.q || t.t === '’' || t.t === "'")) return false;
  if (t.q && !quotes.byClose.has(t.e) && (t.t === '"' || t.t === "''")) return true;
  return quotes.byClose.has(t.e);
}
function isOpenQuote(t: Tok | undefined, quotes: QIndex): boolean {
  if (!t || !t.q) return false;
  return quotes.byOpen.has(t.s);
}

/** Source phrase ending at token k, scanned leftwards. Returns [first, last] token indexes or null. */
function leftNP(toks: Tok[], k: number, limit: number): [number, number] | null {
  if (k < limit || !toks[k]!.w) return null;
  if (PRON.has(toks[k]!.l)) return [k, k];
  let i = k;
  let n = 0;
  while (i >= limit && n < 14) {
    const t = toks[i]!;
    if (t.w) {
      const ofFor = ((t.l === 'of' || t.l === 'for') && i < k && i > limit && !!toks[i - 1]?.w && !NPB.has(toks[i - 1]!.l) && !PRON.has(toks[i - 1]!.l))
        || (i < k && i > limit && /^(with|to|in|about|on)$/.test(t.l) && /^(familiar|close|involved|knowledgeable|briefed|privy|loyal|linked|connected|opposed|sympathetic)$/.test(toks[i - 1]?.l ?? ''));
      // "officials in Beijing", "residents from Kharkiv": a place after a group noun is part of the source
      const placeOf = i < k && i > limit && /^(in|from|at)$/.test(t.l) && !!toks[i + 1]?.cap
        && /^(officials|official|leaders|residents|authorities|sources|diplomats|analysts|experts|lawmakers|officers|troops|forces|witnesses|activists|doctors|workers|prosecutors|investigators|rescuers|spokesman|spokeswoman|spokesperson)$/.test(toks[i - 1]?.l ?? '');
      const lowerStop = !t.cap && NPB.has(t.l) && !ofFor && !placeOf && !(INNER.has(t.l) && toks[i - 1]?.cap && toks[i + 1]?.cap && i < k);
      if (lowerStop) break;
      if (t.cap && i < k && NPB.has(t.l) && !DET.has(t.l) && i === limit) break; // sentence-initial "However", "But"
      if (PRON.has(t.l) && i < k) break;
      if (SPEECH.has(t.l) && !t.cap && i < k && !(t.l === 'state' && i > limit && toks[i - 1]?.w)) break; // "Chinese state media"
    } else if (!((t.t === '’' || t.t === "'") && /s$/i.test(toks[i - 1]?.t ?? '')) && t.t !== '-' && t.t !== '&' && t.t !== '.') break;
    i--; n++;
  }
  let a = i + 1;
  // drop sentence-initial connectives
  while (a <= k && (INTRO_PREP.has(toks[a]!.l) && toks[a]!.l !== 'last' && toks[a]!.l !== 'this')) a++;
  if (a > k) return null;
  return [a, k];
}

const NOUNISH = S(['state', 'tweets', 'tweet', 'reports', 'report', 'claims', 'claim', 'shows', 'show', 'notes', 'note', 'states', 'estimates',
  'estimate', 'records', 'record', 'fears', 'fear', 'hopes', 'hope', 'finds', 'answers', 'answer', 'warning', 'promise', 'promises',
  'pledge', 'pledges', 'threats', 'says', 'calls', 'denies', 'replies', 'reply', 'comments', 'comment', 'remarks', 'statement']);
const COLLECTIVE = S(['police', 'staff', 'management', 'government', 'military', 'army', 'public', 'media', 'press', 'leadership', 'administration', 'committee', 'council', 'team', 'jury', 'court', 'parliament', 'congress', 'senate', 'cabinet', 'ministry', 'board', 'union', 'campaign', 'prosecution', 'defence', 'defense', 'everyone', 'nobody', 'someone', 'somebody', 'anyone']);
const TITLE_ABBR = S(['gov', 'sen', 'rep', 'dr', 'mr', 'mrs', 'ms', 'gen', 'lt', 'col', 'capt', 'sgt', 'st', 'jr', 'prof', 'adm', 'maj', 'cpl', 'pvt', 'rev', 'hon', 'amb', 'supt', 'insp', 'det', 'cmdr', 'brig']);
const PLURAL = S(['people', 'police', 'media', 'children', 'men', 'women', 'staff', 'public', 'clergy', 'personnel', 'crew', 'team', 'government', 'military', 'leadership', 'management', 'cattle', 'folk', 'data', 'both', 'many', 'some', 'most', 'few', 'several', 'all', 'others', 'everyone', 'democrats', 'republicans']);
const WH = S(['who', 'what', 'which', 'whom', 'whose', 'where', 'when', 'why', 'how', "n't", 'not', 'there', 'here']);

/** Rejects source candidates that are not noun phrases: adverbs, wh-words, a determiner inside, nominal cues. */
function srcOk(toks: Tok[], src: [number, number], cue: string, cueIdx = -1): boolean {
  const first = toks[src[0]]!, last = toks[src[1]]!;
  if ((WH.has(first.l) && first.t !== 'WHO') || (WH.has(last.l) && last.t !== 'WHO')) return false; // "The WHO said" is the agency
  if (src[0] === src[1] && (/^\d/.test(first.l) || /^(his|her|its|their|my|our|your)$/.test(first.l) || (/ing$/.test(first.l) && first.l.length > 5))) return false;
  if (/ly$/.test(last.l) && !last.cap && last.l !== 'ally' && last.l !== 'family') return false;
  for (let i = src[0] + 1; i <= src[1]; i++) {
    const t = toks[i]!;
    const p = toks[i - 1]!;
    if ((t.l === 'a' || t.l === 'an' || t.l === 'the' || t.l === 'his' || t.l === 'her' || t.l === 'its' || t.l === 'their') && !(/^(of|for|with|to|in|about|on)$/.test(p.l) || /'s$/.test(p.l) || p.t === '’' || p.t === "'")) return false;
  }
  if ((NOUNISH.has(cue) || (NPOBJ.has(cue) && /s$/.test(cue))) && /^[a-z]+$/.test(first.t) && !DET.has(first.l) && !PRON.has(first.l) && !COLLECTIVE.has(first.l) && (src[1] > src[0] || !/s$/.test(first.l))) return false;
  if (/'s$/.test(last.l) || last.t === '’' || last.t === "'") return false;
  if (/ed$/.test(last.l) && !last.cap && last.l !== 'accused' && last.l !== 'injured' && last.l !== 'wounded') return false;
  // a bare plural-form cue ("demand", "say") needs a plural or first/second-person subject: "the low demand" is a noun
  if (/^[a-z]+$/.test(cue) && !/(s|ed|ing)$/.test(cue) && !/^(said|told|wrote|thought|knew|felt|found|put|saw|heard|made|gave|sent|held|led|met|spoke|swore|understood|sought|cut|set|let|read|hit|bid|cast|forecast|quit|spread|shut|bet)$/.test(cue)) {
    let aux = false;
    for (let i = src[1] + 1; i < cueIdx; i++) if (/^(do|does|did|will|would|can|could|may|might|should|must|to|shall|wo|ca)$/.test(toks[i]!.l)) aux = true;
    const plural = aux || /s$/.test(last.l) || PLURAL.has(last.l) || /^(i|we|they|you)$/.test(last.l) || toks.slice(src[0], src[1] + 1).some((t) => t.l === 'and');
    if (!plural) return false;
  }
  if (NOUNISH.has(cue) && src[1] > src[0]) {
    for (let i = src[0]; i <= src[1]; i++) if (toks[i]!.l === 'of') return false;
  }
  return true;
}

/** "the debate Trump" → "Trump": a capitalised name after a non-role common noun is the source. */
function trimToName(toks: Tok[], src: [number, number]): [number, number] {
  let i = src[1];
  if (!toks[i]!.cap) return src;
  while (i > src[0] && (toks[i - 1]!.cap || PARTICLE.has(toks[i - 1]!.l) || toks[i - 1]!.t === '.')) i--;
  if (i <= src[0]) return src;
  const before = toks[i - 1]!;
  if (!before.w || before.cap || /'s$/.test(before.l) || INNER.has(before.l) || OFFICIAL_ROLE.has(before.l) || DET.has(before.l)) return src;
  return [i, src[1]];
}
const OFFICIAL_ROLE = S(L.OFFICIAL_NOUNS.concat(['nominee', 'candidate', 'chairman', 'chairwoman', 'founder', 'ceo', 'executive', 'analyst', 'economist', 'strategist', 'pollster', 'resident', 'witness', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'lawyer', 'attorney', 'expert', 'professor', 'scientist', 'manager', 'owner', 'member', 'activist', 'student', 'teacher', 'doctor', 'author', 'host', 'anchor']));

/** Noun phrase starting at token j, scanned rightwards; stops at punctuation or a clause word. */
function rightNP(toks: Tok[], j: number, end: number, stop: Set<string>): [number, number] | null {
  let i = j;
  while (i < end) {
    const t = toks[i]!;
    if (!t.w) {
      if ((t.t === '’' || t.t === "'" || t.t === '-' || t.t === '&') && i > j) { i++; continue; }
      if (t.t === '.' && i > j && TITLE_ABBR.has(toks[i - 1]!.l) && toks[i + 1]?.cap) { i++; continue; }
      break;
    }
    if (i > j && stop.has(t.l)) break;
    if (i > j && !t.cap && SPEECH.has(t.l) && !DET.has(toks[i - 1]!.l)) break;
    i++;
    if (i - j > 14) break;
  }
  return i > j ? [j, i - 1] : null;
}

const RIGHT_STOP = S(['that', 'who', 'whom', 'which', 'whose', 'as', 'citing', 'speaking', 'said', 'says', 'told',
  'when', 'while', 'because', 'if', 'on', 'last', 'earlier', 'this', 'yesterday', 'today', 'after', 'before', 'during',
  'late', 'early', 'in', 'at', 'to', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'will', 'reported',
  'via', 'by', 'from', 'with', 'over', 'and']);
const ACCORDING_STOP = S(['that', 'who', 'whom', 'which', 'whose', 'as', 'citing', 'speaking', 'said', 'says', 'told',
  'when', 'while', 'because', 'if', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'will']);

function spanText(ctx: Ctx, toks: Tok[], a: number, b: number): string { return ctx.text.slice(toks[a]!.s, toks[b]!.e); }

/** Makes a named link for tokens [a, b], resolving pronouns and linking entities. */
function namedLink(ctx: Ctx, toks: Tok[], a: number, b: number, cue: Tok[], rule: string, appos = ''): AttributionLink {
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
  const ent = entityAt(ctx.mix, toks[s]!.s, toks[b]!.e);
  let kind = kindOf(text, ent, appos);
  const bare = text.toLowerCase();
  if (/^(reports?|rumou?rs?)$/.test(bare)) kind = 'UNNAMED';
  const l = link(ctx, text, kind, cueText, [toks[s]!.s, toks[b]!.e], cueSpan, rule, ent);
  remember(ctx, l, toks[b]!);
  return l;
}

function remember(ctx: Ctx, l: AttributionLink, head: Tok): void {
  if (l.kind === 'UNNAMED') return;
  if (l.kind === 'PERSON' || l.kind === 'OFFICIAL') {
    if (/s$/.test(head.l) && !head.cap) ctx.lastPlural = l; else { ctx.lastPerson = l; ctx.lastPersonAt = head.s; }
  } else { ctx.lastOrg = l; if (/s$/.test(head.l)) ctx.lastPlural = l; }
}

function resolvePronoun(ctx: Ctx, t: Tok): AttributionLink | undefined {
  if ((t.l === 'he' || t.l === 'she') && ctx.lastPerson && ctx.lastPersonAt !== undefined && t.s - ctx.lastPersonAt < 1200) {
    const { span: _s, cueSpan: _c, ...rest } = ctx.lastPerson; void _s; void _c;
    return { ...rest };
  }
  if (ctx.resolver) {
    try {
      const r = ctx.resolver(ctx.doc, t.s) as { id?: string; name?: string; kind?: string; type?: string } | string | undefined;
      const ent = typeof r === 'string' ? ctx.doc.entities.find((e) => e.id === r) : (r && typeof r === 'object' && 'mentions' in r ? r as Entity : undefined);
      if (ent) {
        // the source as last written before the pronoun ("OCHA"), linked to the entity
        let name = ent.name;
        let best = -1;
        for (const m of ent.mentions) if (m.end <= t.s && m.start > best && !/^(he|she|it|they|its|his|her|their)$/i.test(m.text)) { best = m.start; name = m.text; }
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
    while ((m = re.exec(before))) last = m[1];
    if (last) return { source: last, kind: 'PERSON', cue: '' };
  }
  return undefined;
}

function insideQuote(sc: SentCtx, off: number): boolean {
  for (const [a, b] of sc.quotes.list) { if (a > off) break; if (off < b) return true; }
  return false;
}

function firstWord(toks: Tok[]): number { let i = 0; while (i < toks.length && !toks[i]!.w) i++; return i; }
/** The quotation that closes just before `off` (only spaces between). */
function quoteEndingBefore(text: string, quotes: QIndex, off: number): [number, number] | undefined {
  let e = off;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return quotes.byClose.get(e);
}

/** After a post-posed cue, only adverbials remain ("to his colleagues", "then", "to rousing applause"). */
function trailingOnly(toks: Tok[], a: number, n: number): boolean {
  const f = toks[a];
  if (f && f.w && !/^(to|at|in|on|during|after|before|then|later|afterwards|again|with|from|while|outside|inside|via|through|over|without|last|this|earlier|today|yesterday|tonight|recently)$/.test(f.l) && !(/ly$/.test(f.l) && !f.cap)) return false;
  for (let i = a; i < n; i++) {
    const t = toks[i]!;
    if (isComma(t) || isHard(t) || isPunct(t, '.')) return true;
    if (t.q || t.l === 'that' || FINITE.has(t.l) || (SPEECH.has(t.l) && !t.cap) || PRON.has(t.l) && i === a) return false;
    if (i - a > 10) return false;
  }
  return true;
}

/** Comma-separated chunks left of token k (inclusive), down to a clause limit. Left to right. */
function leftChunks(toks: Tok[], k: number, limit: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let b = k;
  let i = k;
  for (; i >= limit; i--) {
    const t = toks[i]!;
    if (isComma(t)) { if (b > i) out.unshift([i + 1, b]); b = i - 1; continue; }
    if (t.l === 'that' && !t.cap) {
      let m = i - 1;
      while (m >= limit && !isComma(toks[m]) && !(toks[m]!.l === 'who' || toks[m]!.l === 'which')) m--;
      if (m >= limit && (toks[m]!.l === 'who' || toks[m]!.l === 'which')) continue;
      break;
    }
    if (isHard(t) || t.q) break;
  }
  if (b > i) out.unshift([i + 1, b]);
  return out.filter(([a, z]) => z >= a);
}

function isNameChunk(toks: Tok[], a: number, b: number): boolean {
  let caps = 0;
  for (let i = a; i <= b; i++) {
    const t = toks[i]!;
    if (!t.w) { if (t.t === '-' || t.t === '.') continue; return false; }
    if (t.cap) caps++;
    else if (!PARTICLE.has(t.l.replace(/-.*$/, '')) && !/^(al|el)-/.test(t.l)) return false;
  }
  return caps >= 1 && !DET.has(toks[a]!.l) && b - a < 6;
}

function introChunk(toks: Tok[], a: number): boolean {
  const t = toks[a]!;
  if (INTRO_PREP.has(t.l)) return true;
  if (/ing$/.test(t.l) && !t.cap) return true;
  if (/(ing|ed)$/.test(t.l) && t.cap && a === 0 && toks[a + 1] && !toks[a + 1]!.cap) return true;
  return false;
}

/** Where the clause containing token j begins (after ; : — or a quote mark), as a token index. */
function clauseStart(toks: Tok[], j: number): number {
  for (let i = j - 1; i >= 0; i--) if ((isHard(toks[i]) && toks[i]!.t !== '(' && toks[i]!.t !== ')') || toks[i]!.q) return i + 1;
  return 0;
}
/** One past the last token of the clause holding j: up to ; or the sentence end. */
function clauseEnd(toks: Tok[], j: number): number {
  for (let i = j; i < toks.length; i++) if (isPunct(toks[i], ';')) return i;
  let e = toks.length;
  while (e > j && !toks[e - 1]!.w && !toks[e - 1]!.q && toks[e - 1]!.t !== ')' && toks[e - 1]!.t !== '%' && toks[e - 1]!.t !== '$') e--;
  return e;
}

/** Skips tokens after a cue that belong to the frame: "that", time adverbials, "in a statement". */
function skipAfterCue(toks: Tok[], j: number, end: number): number {
  let i = j;
  for (let guard = 0; guard < 6 && i < end; guard++) {
    const t = toks[i]!;
    if (t.l === 'that' && !t.cap) return i + 1;
    if (isComma(t)) { i++; continue; }
    const timeWord = t.l === 'last' || t.l === 'earlier' || t.l === 'late' || t.l === 'afterwards' || t.l === 'later' || t.l === 'also'
      || t.l === 'again' || t.l === 'today' || t.l === 'yesterday' || MONTHS_DAYS.has(t.l);
    const prep = t.l === 'on' || t.l === 'in' || t.l === 'at' || t.l === 'during' || t.l === 'via' || t.l === 'through' || t.l === 'over' || t.l === 'this';
    if (!timeWord && !prep && /ly$/.test(t.l) && !t.cap && t.l.length > 4) { i++; continue; }
    if (!timeWord && !prep) return i;
    // a "that" or comma within a short prepositional phrase ends the frame: "said in a statement that"
    let k = i + 1;
    while (k < end && k - i < 8 && toks[k]!.l !== 'that' && !isComma(toks[k]) && toks[k]!.w && !SPEECH.has(toks[k]!.l)) k++;
    if (k < end && (toks[k]!.l === 'that' || isComma(toks[k]))) { i = k + 1; if (toks[k]!.l === 'that') return i; continue; }
    // "said on Friday the …": skip a short time adverbial
    let m = i + 1;
    while (m < end && m - i < 4 && (MONTHS_DAYS.has(toks[m]!.l) || /^\d/.test(toks[m]!.l) || (toks[m]!.cap && MONTHS_DAYS.has(toks[m]!.l)))) m++;
    if (timeWord) { i = Math.max(m, i + 1); continue; }
    if (m > i + 1) { i = m; continue; }
    return i;
  }
  return i;
}

interface SentCtx { si: number; toks: Tok[]; frames: Frame[]; quotes: QIndex }
interface QIndex { list: Array<[number, number]>; byOpen: Map<number, [number, number]>; byClose: Map<number, [number, number]> }
function qindex(list: Array<[number, number]>): QIndex {
  return { list, byOpen: new Map(list.map((q) => [q[0], q])), byClose: new Map(list.map((q) => [q[1], q])) };
}

function pushFrame(sc: SentCtx, f: Frame): void { sc.frames.push(f); }

/** Content range of a post-posed frame whose source begins at token a (preceded by a comma or quote). */
function postContent(ctx: Ctx, sc: SentCtx, a: number): [number, number] | null {
  const { toks, quotes } = sc;
  let c = a - 1;
  if (c < 0) return null;
  // '"…," X said' or '"…" X said'
  if (isCloseQuote(toks[c], quotes) || (isComma(toks[c]) && isCloseQuote(toks[c - 1], quotes))) {
    const qi = isCloseQuote(toks[c], quotes) ? c : c - 1;
    const q = quotes.byClose.get(toks[qi]!.e);
    if (q) return [q[0], q[1]];
    // an unpaired closing mark: the quote runs from the last opening mark in the sentence, or its start
    let o = qi - 1;
    while (o > 0 && !toks[o]!.q) o--;
    if (qi - o >= 2) return [toks[o]!.s, toks[qi]!.e];
  }
  if (isComma(toks[c]) && isCloseQuote(toks[c - 1], quotes) === false) {
    // '"…, " X said' where the comma sits inside the quote
    if (toks[c + 1] && isCloseQuote(toks[c + 1], quotes)) { const q = quotes.byClose.get(toks[c + 1]!.e); if (q) return [q[0], q[1]]; }
  }
  if (!isComma(toks[c]) && !isPunct(toks[c], '—')) return null;
  const cs = clauseStart(toks, c);
  if (c - cs < 2) return null;
  void ctx;
  return [toks[cs]!.s, toks[c - 1]!.e];
}

/** If a ", but …"/", and …" tail follows the frame ending at token z, its range. */
function tailAfter(sc: SentCtx, z: number): [number, number] | null {
  const { toks } = sc;
  let i = z + 1;
  if (!isComma(toks[i])) return null;
  i++;
  const nx = toks[i];
  if (!nx) return null;
  if (!(nx.l === 'but' || nx.l === 'and')) {
    // a parenthetical frame mid-sentence: "As a rule, he explained, the UN works …"
    if (nx.q || PART.has(nx.l) || /^(who|which|where|whose|as|when|while|after|before|because|adding|according|citing)$/.test(nx.l)) return null;
    const e = clauseEnd(toks, i);
    if (e - i < 3) return null;
    return [nx.s, toks[e - 1]!.e];
  }
  const e = clauseEnd(toks, i);
  if (e - i < 3) return null;
  return [toks[i + 1]!.s, toks[e - 1]!.e];
}

/** "Name: words" at a sentence start (headlines, transcripts), and '"…" ― Name' signatures. */
function labelFrames(ctx: Ctx, sc: SentCtx): void {
  const { toks } = sc;
  const n = toks.length;
  // "Pence: Gennifer Flowers won't be there"
  let c = 0;
  while (c < n && c < 6 && toks[c]!.w && (toks[c]!.cap || PARTICLE.has(toks[c]!.l)) || (c < n && c < 6 && toks[c]!.t === '.')) c++;
  if (c > 0 && c <= 5 && isPunct(toks[c], ':') && n - c > 4 && !LABEL_STOP.has(toks[0]!.l) && toks[0]!.w && !DET.has(toks[0]!.l) && !/'s$/.test(toks[c - 1]!.l)) {
    const l = namedLink(ctx, toks, 0, c - 1, [toks[c]!], 'attr.label');
    pushFrame(sc, { sent: sc.si, links: [l], content: [[toks[c + 1]!.s, toks[n - 1]!.e]], material: [toks[0]!.s, toks[c]!.e], rule: 'attr.label', cue: c });
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
const LABEL_STOP = S(['update', 'updated', 'note', 'photo', 'photos', 'video', 'watch', 'read', 'related', 'correction', 'breaking',
  'live', 'opinion', 'analysis', 'exclusive', 'warning', 'source', 'sources', 'credit', 'editor', "editor's", 'disclaimer', 'listen',
  'see', 'also', 'more', 'subscribe', 'advertisement', 'graphic', 'map', 'chart', 'timeline', 'factbox', 'explainer', 'q', 'a']);

/** Every word that can start a frame: one look-up rejects the other words of a sentence. */
const ANY_CUE = new Set<string>([...L.SPEECH_VERBS, ...L.NP_OBJECT_CUES, ...L.FIGURE_CUES, ...L.UNNAMED_ADVERBS, ...L.UNNAMED_PASSIVES,
  ...L.PARTICIPLE_CUES, ...L.INTENT_CUES, ...L.STANCE_ADJ, ...L.SPEECH_PHRASES.map((p) => p.split(' ')[0]!),
  'according', 'by', 'in', 'quoted', 'reported']);

function findFrames(ctx: Ctx, sc: SentCtx): void {
  const { toks } = sc;
  const n = toks.length;
  labelFrames(ctx, sc);
  for (let j = 0; j < n; j++) {
    const t = toks[j]!;
    if (!t.w) continue;
    const l = t.l;
    if (!ANY_CUE.has(l)) continue;
    // ---- according to X [citing Y]
    if (l === 'according' && toks[j + 1]?.l === 'to') { accordingTo(ctx, sc, j, j + 1, j + 2); continue; }
    // ---- by/in X's estimate/account
    if ((l === 'by' || l === 'in') && j + 1 < n) { accountOf(ctx, sc, j); continue; }
    // ---- adverbs: reportedly
    if (UNADV.has(l)) { unnamedClause(ctx, sc, j, [t], 'attr.adverb'); continue; }
    // ---- passive "is said to", reduced "rumoured to", "it is believed that"
    if (UNPASS.has(l) && (toks[j + 1]?.l === 'to' || (toks[j + 1]?.l === 'that' && toks[j - 1] && BE.has(toks[j - 1]!.l) && toks[j - 2]?.l === 'it'))) {
      if (unnamedPassive(ctx, sc, j)) continue;
    }
    if (l === 'reported' && toks[j - 1] && BE.has(toks[j - 1]!.l) && /^(missing|dead|killed|injured|wounded|detained|arrested|hurt)$/.test(toks[j + 1]?.l ?? '')) {
      unnamedClause(ctx, sc, j, [t], 'attr.passive-reported'); continue;
    }
    // ---- stance: "were frustrated that …"
    if (STANCE.has(l) && (toks[j + 1]?.l === 'that' || toks[j + 1]?.l === 'about') && toks[j - 1] && (BE.has(toks[j - 1]!.l) || (CUE_ADV.has(toks[j - 1]!.l) && toks[j - 2] && BE.has(toks[j - 2]!.l)))) {
      stanceFrame(ctx, sc, j); continue;
    }
    // ---- intention: "X wants to …", "X refused to …"
    if (INTENT.has(l) && toks[j + 1]?.l === 'to' && toks[j + 2]?.w && !toks[j + 2]!.cap && !DET.has(toks[j + 2]!.l) && !/ing$/.test(l)) {
      activeCue(ctx, sc, j, j, 'npobj'); continue;
    }
    // ---- "X was quoted by Y as saying"
    if (l === 'quoted' && toks[j + 1]?.l === 'by') { quotedBy(ctx, sc, j); continue; }
    if ((l === 'quoted' || l === 'quotes' || l === 'quoting') && toks[j + 1]?.w && !(toks[j - 1] && BE.has(toks[j - 1]!.l))) { if (quotedAs(ctx, sc, j)) continue; }
    // ---- "as indicated by X", "as reported by X"
    if (toks[j - 1]?.l === 'as' && toks[j + 1]?.l === 'by' && SPEECH.has(l)) { asByFrame(ctx, sc, j); continue; }
    // ---- ", saying …" participial tails
    if (PART.has(l) && isComma(toks[j - 1]) && !t.cap) { participle(ctx, sc, j); continue; }
    // ---- multi-word cue
    let cueEnd = j;
    let isCue = false;
    const cands = PHRASE_BY_FIRST.get(l);
    if (cands) for (const p of cands) {
      if (p.every((w, k) => toks[j + k]?.l === w)) { cueEnd = j + p.length - 1; isCue = true; break; }
    }
    if (!isCue && SPEECH.has(l) && !t.cap) isCue = true;
    if (!isCue && t.cap && SPEECH.has(l) && j > 0) isCue = false;
    const figure = FIGURE.has(l) && !t.cap && hasAtAhead(toks, j);
    const npobj = NPOBJ.has(l) && !t.cap && !isCue;
    if (isCue || figure || npobj) activeCue(ctx, sc, j, cueEnd, figure || (npobj && !isCue) ? 'npobj' : 'speech');
  }
}

function hasAtAhead(toks: Tok[], j: number): boolean {
  for (let k = j + 1; k < toks.length && k < j + 10; k++) { if (toks[k]!.l === 'at') return true; if (isComma(toks[k])) return false; }
  return false;
}

function accordingTo(ctx: Ctx, sc: SentCtx, a: number, cueEnd: number, np: number): void {
  const { toks } = sc;
  const n = toks.length;
  const r = rightNP(toks, np, n, ACCORDING_STOP);
  if (!r) return;
  let [s, e] = r;
  const cue = toks.slice(a, cueEnd + 1);
  const links: AttributionLink[] = [];
  // strip a trailing possessive "estimates" noun: "according to scientists' estimates"
  // "citing Y" inside
  let z = e;
  let y: [number, number] | null = null;
  let citeTok: Tok | undefined;
  if (toks[e + 1]?.l === 'citing') { citeTok = toks[e + 1]; y = rightNP(toks, e + 2, n, ACCORDING_STOP); if (y) z = y[1]; }
  else {
    for (let k = s; k <= e; k++) if (toks[k]!.l === 'citing' || toks[k]!.l === 'quoting') { citeTok = toks[k]; y = [k + 1, e]; e = k - 1; break; }
  }
  let appos = '';
  let zEnd = z;
  // appositive after the source: "according to Wam, the state news agency, …"
  if (isComma(toks[z + 1]) && toks[z + 2] && DET.has(toks[z + 2]!.l)) {
    let k = z + 2;
    while (k < n && !isComma(toks[k]) && k - z < 9) k++;
    if (isComma(toks[k]) && clauseEnd(toks, k) - k > 3) { appos = spanText(ctx, toks, z + 2, k - 1); zEnd = k - 1; }
  }
  if (e < s) return;
  links.push(namedLink(ctx, toks, s, e, cue, 'attr.according-to', y ? '' : appos));
  if (y && citeTok) links.push(namedLink(ctx, toks, y[0], y[1], [citeTok], 'attr.citing', appos));
  // position: initial ("According to X, C") or final ("C, according to X")
  let cs = clauseStart(toks, a);
  // a dash before "according to" ends a content clause ("… — or wrong — according to X")
  if (cs === a && a > 0 && (isPunct(toks[a - 1], '—') || isPunct(toks[a - 1], '–'))) cs = clauseStart(toks, a - 1);
  const initial = !toks.slice(cs, a).some((t) => t.w && !INTRO_PREP.has(t.l));
  if (initial) {
    const ce = clauseEnd(toks, zEnd + 1);
    let c0 = zEnd + 1;
    while (c0 < ce && !toks[c0]!.w && !toks[c0]!.q) c0++;
    if (ce <= c0) return;
    pushFrame(sc, { sent: sc.si, links, content: [[toks[c0]!.s, toks[ce - 1]!.e]], material: [toks[cs]!.s, toks[zEnd]!.e], rule: 'attr.according-to.initial', cue: a });
  } else {
    const pc = postContent(ctx, sc, a);
    if (!pc) {
      // mid-clause "X, according to Y, did Z": content is the whole clause minus the frame
      const ce = clauseEnd(toks, a);
      if (ce - 1 <= zEnd) return;
      pushFrame(sc, { sent: sc.si, links, content: [[toks[cs]!.s, toks[ce - 1]!.e]], material: [toks[a]!.s, toks[zEnd]!.e], rule: 'attr.according-to.mid', cue: a });
      return;
    }
    const ce = clauseEnd(toks, zEnd + 1);
    pushFrame(sc, { sent: sc.si, links, content: [pc], material: [toks[a - 1]!.s, toks[Math.max(zEnd, ce - 1)]!.e], rule: 'attr.according-to.final', cue: a });
  }
}

/** "by its estimate", "in the officials' account", "by X's count". */
function accountOf(ctx: Ctx, sc: SentCtx, j: number): void {
  const { toks } = sc;
  const n = toks.length;
  let k = j + 1;
  let poss = -1;
  while (k < n && k - j < 9 && toks[k]!.w || (k < n && (toks[k]!.t === '’' || toks[k]!.t === "'"))) {
    const t = toks[k]!;
    if (/'s$/.test(t.l) || t.l === 'its' || t.l === 'his' || t.l === 'her' || t.l === 'their' || ((t.t === '’' || t.t === "'") && /s$/.test(toks[k - 1]!.l))) poss = k;
    if (ACCOUNT.has(t.l) && poss >= 0 && poss === k - 1) break;
    k++;
  }
  if (k >= n || !ACCOUNT.has(toks[k]!.l) || poss !== k - 1) return;
  const cs = clauseStart(toks, j);
  const a = j + 1;
  let srcEnd = poss;
  if (!toks[poss]!.w) srcEnd = poss - 1;
  let src: AttributionLink;
  const cue = [toks[j]!, toks[k]!];
  if (srcEnd === a && (toks[a]!.l === 'its' || toks[a]!.l === 'his' || toks[a]!.l === 'her' || toks[a]!.l === 'their')) {
    const pr: Tok = { ...toks[a]!, l: toks[a]!.l === 'its' ? 'it' : toks[a]!.l === 'their' ? 'they' : toks[a]!.l === 'his' ? 'he' : 'she' };
    const r = resolvePronoun(ctx, pr);
    if (!r) return;
    src = { ...r, cue: cue.map((t) => t.t).join(' '), cueSpan: { start: toks[j]!.s, end: toks[k]!.e }, span: { start: toks[a]!.s, end: toks[a]!.e }, rule: 'attr.account-of+pronoun' };
  } else {
    let s = a;
    while (s < srcEnd && DET.has(toks[s]!.l) && toks[s]!.l !== 'most') s++;
    const tmp = toks.slice(0);
    const last = tmp[srcEnd]!;
    if (/'s$/.test(last.l)) tmp[srcEnd] = { ...last, t: last.t.slice(0, -2), e: last.e - 2, l: last.l.slice(0, -2) };
    src = namedLink(ctx, tmp, s, srcEnd, cue, 'attr.account-of');
  }
  if (j - cs <= 0 || !toks.slice(cs, j).some((t) => t.w && !INTRO_PREP.has(t.l))) {
    let c0 = k + 1;
    while (c0 < n && !toks[c0]!.w) c0++;
    const ce = clauseEnd(toks, c0);
    if (ce <= c0) return;
    pushFrame(sc, { sent: sc.si, links: [src], content: [[toks[c0]!.s, toks[ce - 1]!.e]], material: [toks[cs]!.s, toks[k]!.e], rule: 'attr.account-of', cue: j });
  } else {
    const pc = postContent(ctx, sc, j);
    if (!pc) return;
    pushFrame(sc, { sent: sc.si, links: [src], content: [pc], material: [toks[j - 1]!.s, toks[k]!.e], rule: 'attr.account-of.final', cue: j });
  }
}

/** The clause (between clause-level commas/conjunctions) holding token j: [first, last] token. */
function localClause(toks: Tok[], j: number): [number, number] {
  let a = j;
  let relative = false;
  while (a > 0) {
    const p = toks[a - 1]!;
    if (isHard(p) || p.q) break;
    if (isComma(p) && /^(which|who|whom|whose|where)$/.test(toks[a]!.l)) { relative = true; break; }
    if (isComma(p) && (CONJ.has(toks[a]!.l) || PART.has(toks[a]!.l))) break;
    if (CONJ.has(toks[a]!.l) && isComma(p)) break;
    if (p.l === 'that' && !p.cap) break;
    if (!p.cap && SPEECH.has(p.l) && !BE.has(toks[a - 2]?.l ?? '')) break;
    a--;
  }
  let b = j;
  const n = toks.length;
  while (b + 1 < n) {
    const q = toks[b + 1]!;
    if (isHard(q) || q.q || isPunct(q, '.') || isPunct(q, '?') || isPunct(q, '!')) break;
    if (isComma(q) && toks[b + 2] && (CONJ.has(toks[b + 2]!.l) || PART.has(toks[b + 2]!.l) || toks[b + 2]!.l === 'which')) break;
    if (isComma(q) && relative) break;
    b++;
  }
  while (b > a && !toks[b]!.w) b--;
  return [a, b];
}

function unnamedClause(ctx: Ctx, sc: SentCtx, j: number, cue: Tok[], rule: string): void {
  const [a, b] = localClause(sc.toks, j);
  if (b < a) return;
  let s = a;
  while (s < b && (CONJ.has(sc.toks[s]!.l) || !sc.toks[s]!.w)) s++;
  void ctx;
  pushFrame(sc, { sent: sc.si, links: [unnamed(cue, rule)], content: [[sc.toks[s]!.s, sc.toks[b]!.e]], material: [cue[0]!.s, cue[0]!.s], rule, cue: j, local: true });
}

function unnamedPassive(ctx: Ctx, sc: SentCtx, j: number): boolean {
  const { toks } = sc;
  const t = toks[j]!;
  const prev = toks[j - 1];
  // "it is believed that C"
  if (toks[j + 1]?.l === 'that') {
    const ce = clauseEnd(toks, j + 2);
    if (ce <= j + 2) return false;
    pushFrame(sc, { sent: sc.si, links: [unnamed([toks[j - 2]!, prev!, t], 'attr.it-is-said')], content: [[toks[j + 2]!.s, toks[ce - 1]!.e]], material: [toks[j - 2]!.s, toks[j + 1]!.e], rule: 'attr.it-is-said', cue: j });
    return true;
  }
  if (prev && (BE.has(prev.l) || (CUE_ADV.has(prev.l) && toks[j - 2] && BE.has(toks[j - 2]!.l)))) {
    unnamedClause(ctx, sc, j, [t], 'attr.passive-unnamed');
    return true;
  }
  // reduced relative: "an armored train rumoured to include …", ", believed to be …"
  if (t.l === 'said' || t.l === 'estimated' || t.l === 'considered' || t.l === 'suspected') {
    if (!(isComma(prev) || (prev && prev.w && !prev.cap && !DET.has(prev.l) && !PRON.has(prev.l)))) return false;
    // "said to reporters" reports; "said to be" is the unnamed passive
    if (!/^(be|have|own|control|hold|include|contain|possess|number|cost|weigh|lead|run|live|work|plan|want|favour|favor|owe|keep)$/.test(toks[j + 2]?.l ?? '')) return false;
  }
  const n = toks.length;
  let b = j + 1;
  while (b + 1 < n && !isComma(toks[b + 1]) && !isHard(toks[b + 1]) && !toks[b + 1]!.q) b++;
  while (b > j && !toks[b]!.w) b--;
  pushFrame(sc, { sent: sc.si, links: [unnamed([t], 'attr.reduced-unnamed')], content: [[t.s, toks[b]!.e]], material: [t.s, t.s], claimStart: t.s, rule: 'attr.reduced-unnamed', cue: j, local: true });
  return true;
}

function quotedBy(ctx: Ctx, sc: SentCtx, j: number): void {
  const { toks } = sc;
  const n = toks.length;
  const y = rightNP(toks, j + 2, n, S(['as', 'that', 'saying', 'on', 'in']));
  if (!y) return;
  let k = y[1] + 1;
  if (toks[k]?.l === 'as' && toks[k + 1] && SPEECH.has(toks[k + 1]!.l)) k += 2;
  if (toks[k]?.l === 'that') k++;
  let i = j - 1;
  while (i >= 0 && (BE.has(toks[i]!.l) || CUE_ADV.has(toks[i]!.l))) i--;
  const cs = clauseStart(toks, j);
  const x = leftNP(toks, i, cs);
  if (!x) return;
  const ce = clauseEnd(toks, k);
  if (ce <= k) return;
  const links = [namedLink(ctx, toks, y[0], y[1], [toks[j]!, toks[j + 1]!], 'attr.quoted-by'), namedLink(ctx, toks, x[0], x[1], [toks[j]!], 'attr.quoted-by')];
  pushFrame(sc, { sent: sc.si, links, content: [[toks[k]!.s, toks[ce - 1]!.e]], material: [toks[x[0]]!.s, toks[k - 1]!.e], rule: 'attr.quoted-by', cue: j });
}

/** "Y quoted X as saying (that) C" and '"C," Y quoted X as saying': chain [Y, X]. */
function quotedAs(ctx: Ctx, sc: SentCtx, j: number): boolean {
  const { toks } = sc;
  const n = toks.length;
  const x = rightNP(toks, j + 1, n, S(['as', 'that', 'saying', 'on', 'in']));
  if (!x || toks[x[1] + 1]?.l !== 'as' || !/^(saying|telling|stating|writing|describing)$/.test(toks[x[1] + 2]?.l ?? '')) return false;
  let k = j - 1;
  while (k >= 0 && toks[k]!.w && CUE_ADV.has(toks[k]!.l)) k--;
  const cs = clauseStart(toks, j);
  const y = k >= 0 && toks[k]!.w ? leftNP(toks, k, cs) : null;
  if (!y) return false;
  const cueEnd = x[1] + 2;
  let c0 = cueEnd + 1;
  if (toks[c0]?.l === 'that') c0++;
  const ce = clauseEnd(toks, Math.min(c0, n - 1));
  let content: [number, number] | null = null;
  let material: [number, number];
  if (c0 < n && ce > c0) { content = [toks[c0]!.s, toks[ce - 1]!.e]; material = [toks[y[0]]!.s, toks[c0 - 1]!.e]; }
  else { content = postContent(ctx, sc, y[0]); material = [toks[Math.max(0, y[0] - 1)]!.s, toks[cueEnd]!.e]; }
  if (!content) return false;
  const links = [namedLink(ctx, toks, y[0], y[1], [toks[j]!], 'attr.quoted-as'), namedLink(ctx, toks, x[0], x[1], [toks[x[1] + 2]!], 'attr.quoted-as')];
  pushFrame(sc, { sent: sc.si, links, content: [content], material, rule: 'attr.quoted-as', cue: j });
  return true;
}

/** "…, as indicated by X [speaking to Y]". */
function asByFrame(ctx: Ctx, sc: SentCtx, j: number): void {
  const { toks } = sc;
  const n = toks.length;
  const x = rightNP(toks, j + 2, n, S(['speaking', 'talking', 'citing', 'that', 'who', 'which', 'on', 'in']));
  if (!x) return;
  const links: AttributionLink[] = [];
  const xl = namedLink(ctx, toks, x[0], x[1], [toks[j]!], 'attr.as-by');
  let z = x[1];
  const sp = toks[z + 1];
  if (sp && SPEAKING.has(sp.l) && toks[z + 2]?.l === 'to') {
    const y = mediumAfter(ctx, sc, z + 3, [sp, toks[z + 2]!]);
    if (y) { links.push(y.link); z = y.end; }
  }
  links.push(xl);
  const pc = postContent(ctx, sc, j - 1);
  if (!pc) return;
  pushFrame(sc, { sent: sc.si, links, content: [pc], material: [toks[j - 2]!.s, toks[Math.min(n - 1, z)]!.e], rule: 'attr.as-by', cue: j });
}

/** "Protesters were frustrated that C": the subject holds C. */
function stanceFrame(ctx: Ctx, sc: SentCtx, j: number): void {
  const { toks } = sc;
  const n = toks.length;
  let k = j - 1;
  while (k >= 0 && (BE.has(toks[k]!.l) || CUE_ADV.has(toks[k]!.l))) k--;
  const cs = clauseStart(toks, j);
  const src = k >= 0 ? leftNP(toks, k, cs) : null;
  if (!src || !srcOk(toks, src, toks[j]!.l)) return;
  if (src[0] === src[1] && PRON.has(toks[src[0]]!.l) && insideQuote(sc, toks[j]!.s)) return;
  const c0 = j + 2;
  const ce = clauseEnd(toks, c0);
  if (ce <= c0) return;
  const l = namedLink(ctx, toks, src[0], src[1], [toks[j]!], 'attr.stance');
  pushFrame(sc, { sent: sc.si, links: [l], content: [[toks[c0]!.s, toks[ce - 1]!.e]], material: [toks[src[0]]!.s, toks[j + 1]!.e], claimStart: toks[src[0]]!.s, rule: 'attr.stance', cue: j });
}

/** "C was first reported by X": X is the source of the clause. */
function passiveBy(ctx: Ctx, sc: SentCtx, j: number, be: number): void {
  const { toks } = sc;
  const n = toks.length;
  const x = rightNP(toks, j + 2, n, S(['that', 'who', 'which', 'on', 'in', 'as', 'and', 'but', 'after', 'before', 'when', 'while', 'last', 'earlier']));
  if (!x) return;
  const first = toks[x[0]]!;
  if (!(first.cap || DET.has(first.l) || /s$/.test(toks[x[1]]!.l))) return;
  const cs = clauseStart(toks, be);
  if (be - cs < 1) return;
  const l = namedLink(ctx, toks, x[0], x[1], [toks[j]!, toks[j + 1]!], 'attr.passive-by');
  const ce = clauseEnd(toks, x[1] + 1);
  pushFrame(sc, { sent: sc.si, links: [l], content: [[toks[cs]!.s, toks[Math.max(ce - 1, x[1])]!.e]], material: [toks[j + 1]!.s, toks[x[1]]!.e], rule: 'attr.passive-by', cue: j });
}

/** A medium after "to"/"told": "the BBC's US partner, CBS" → CBS. Returns its link and last token. */
function mediumAfter(ctx: Ctx, sc: SentCtx, a: number, cueToks?: Tok[]): { link: AttributionLink; end: number } | null {
  const { toks } = sc;
  const n = toks.length;
  const y = rightNP(toks, a, n, RIGHT_STOP);
  if (!y) return null;
  let [s, e] = y;
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
  const cue = cueToks ?? (cueTok.l === 'to' ? [toks[a - 2] ?? cueTok, cueTok] : [cueTok]);
  const l = namedLink(ctx, toks, s, e, cue.filter(Boolean) as Tok[], 'attr.medium');
  if (l.kind !== 'MEDIA' && l.kind !== 'AGENCY') l.kind = 'MEDIA';
  return { link: l, end: e };
}

function participle(ctx: Ctx, sc: SentCtx, j: number): void {
  const { toks } = sc;
  const ce = clauseEnd(toks, j + 1);
  let c0 = j + 1;
  if (toks[c0]?.l === 'that') c0++;
  if (ce <= c0) return;
  // the governing source: the last frame in this sentence, else the clause subject
  const gov = [...sc.frames].reverse().find((f) => !f.local && f.links.length);
  let links: AttributionLink[] | null = gov ? gov.links.map((x) => ({ ...x })) : null;
  if (!links) {
    const x = leftNP(toks, firstVerbish(toks) - 1, 0);
    if (!x) return;
    links = [namedLink(ctx, toks, x[0], x[1], [toks[j]!], 'attr.participle')];
  } else {
    const last = links[links.length - 1]!;
    last.cue = toks[j]!.t; last.cueSpan = { start: toks[j]!.s, end: toks[j]!.e }; last.rule = 'attr.participle';
  }
  pushFrame(sc, { sent: sc.si, links, content: [[toks[c0]!.s, toks[ce - 1]!.e]], material: [toks[j - 1]!.s, toks[j]!.e], claimStart: toks[j]!.s, rule: 'attr.participle', cue: j, inherit: true });
}

function firstVerbish(toks: Tok[]): number {
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.w) continue;
    if (BE.has(t.l) || t.l === 'has' || t.l === 'have' || t.l === 'had' || SPEECH.has(t.l) || NPOBJ.has(t.l) || (/ed$/.test(t.l) && !t.cap) || (IRR_PAST.has(t.l) && !t.cap)) return i;
  }
  return 1;
}

function activeCue(ctx: Ctx, sc: SentCtx, j: number, cueEnd: number, mode0: 'speech' | 'npobj'): void {
  let mode = mode0;
  const { toks, quotes } = sc;
  const n = toks.length;
  const t = toks[j]!;
  const prev = toks[j - 1];
  // not a reporting use: "to say", "the said", passive "was told", "said to" (handled elsewhere)
  // "appeared to suggest", "continues to insist": the cue is an infinitive under a raising verb
  const toVerb = !!prev && prev.l === 'to' && TO_VERBS.has(toks[j - 2]?.l ?? '');
  if (prev && ((prev.l === 'to' && !toVerb) || DET.has(prev.l))) return;
  if (prev && BE.has(prev.l) && mode === 'speech' && !/ing$/.test(t.l)) return;
  if (t.l === 'said' && toks[j + 1]?.l === 'to' && (!prev || BE.has(prev.l) || /^(be|have)$/.test(toks[j + 2]?.l ?? ''))) return;
  if (t.l === 'estimated' && toks[j + 1]?.l === 'to') return;
  // "called for a ceasefire": a demand, the object is the source's own ("called on X to …" stays a request, see tests)
  const callFor = /^(called|calls|call)$/.test(t.l) && toks[j + 1]?.l === 'for' && !!toks[j + 2]?.w;
  if (mode === 'npobj' && toks[j + 1] && !callFor && !(INTENT.has(t.l) && toks[j + 1]!.l === 'to') && /^(from|in|on|at|to|for|with|by|about|into|over|after|before|during|back|out|up|down|off)$/.test(toks[j + 1]!.l)) {
    if (!(/^(blamed|blames|blame|attributed|attributes)$/.test(t.l))) return;
  }
  // passive with an agent: "was first reported by The Washington Post"
  {
    let b = j - 1;
    while (b >= 0 && toks[b]!.w && CUE_ADV.has(toks[b]!.l) && !BE.has(toks[b]!.l)) b--;
    if (b >= 0 && (BE.has(toks[b]!.l) || toks[b]!.l === 'been') && !/ing$/.test(t.l)) {
      if (toks[j + 1]?.l === 'by') passiveBy(ctx, sc, j, b);
      return;
    }
  }
  if (/ing$/.test(t.l)) {
    let b = j - 1;
    while (b >= 0 && toks[b]!.w && (CUE_ADV.has(toks[b]!.l) || toks[b]!.l === "n't" || toks[b]!.l === 'n’t' || toks[b]!.l === 'not') && !BE.has(toks[b]!.l)) b--;
    if (!(b >= 0 && BE.has(toks[b]!.l)) && !(prev && prev.l === 'to')) {
      // a reduced relative ("the countries saying they …") reports only when a clause follows
      const nx = toks[cueEnd + 1];
      let clause = !!nx && (nx.l === 'that' || PRON.has(nx.l));
      if (!clause && nx && (nx.cap || DET.has(nx.l))) {
        for (let m = cueEnd + 2; m < Math.min(n, cueEnd + 8); m++) { if (!toks[m]!.w) break; if (FINITE.has(toks[m]!.l)) { clause = true; break; } }
      }
      if (!clause) return;
    }
  }
  const cue = toks.slice(j, cueEnd + 1);
  // skip adverbs/auxiliaries leftwards (and a parenthesis: "Paul Ryan (R-Wis.) said")
  let k = toVerb ? j - 3 : j - 1;
  for (let guard = 0; guard < 12 && k >= 0; guard++) {
    const tk = toks[k]!;
    if (tk.w && (CUE_ADV.has(tk.l) || tk.l === "n't" || tk.l === 'long') && !PRON.has(tk.l)) { k--; continue; }
    if (tk.w && BE.has(tk.l) && /ing$/.test(t.l)) { k--; continue; }
    if (tk.t === ')') {
      let m = k - 1;
      while (m >= 0 && toks[m]!.t !== '(' && k - m < 12) m--;
      if (m >= 0 && toks[m]!.t === '(') { k = m - 1; continue; }
    }
    break;
  }
  // "tweets early Friday saying …": a time phrase between the subject and a participle cue is not the source
  if (/ing$/.test(t.l) && k >= 1 && toks[k]!.w && MONTHS_DAYS.has(toks[k]!.l)) {
    let m = k;
    while (m >= 1 && toks[m]!.w && (MONTHS_DAYS.has(toks[m]!.l) || /^(early|late|on|last|this|next|earlier|later|in|the)$/.test(toks[m]!.l))) m--;
    if (m < k && toks[m]?.w) k = m;
  }
  // relative subject: "Mr. Kamin, who emphasized that …" → the antecedent
  let relClause = false;
  if (k >= 1 && (toks[k]!.l === 'who' || toks[k]!.l === 'which') && toks[k]!.t !== 'WHO' && isComma(toks[k - 1]) && toks[k - 2]?.w) { k -= 2; relClause = true; }
  else if (k >= 1 && toks[k]!.l === 'who' && toks[k]!.t !== 'WHO' && toks[k - 1]!.w && !toks[k - 1]!.cap && /s$/.test(toks[k - 1]!.l)) k -= 1;
  const cs = clauseStart(toks, j);
  let after = cueEnd + 1;
  const needThat = NEEDS_THAT.has(t.l) && mode === 'speech';
  // ---- subject
  let src: [number, number] | null = null;
  let appos = '';
  let preComma = false;
  let inverted = false;
  let intro: [number, number] | null = null;
  let coordinated = false;
  let srcFull = Number.MAX_SAFE_INTEGER;
  if (k >= 0 && toks[k]!.w) {
    src = leftNP(toks, k, cs);
    if (src && src[0] > cs && (toks[src[0] - 1]!.l === 'and' || toks[src[0] - 1]!.l === 'but') && src[0] === k + 1) src = null;
  } else if (k >= 0 && (isComma(toks[k]) || isCloseQuote(toks[k], quotes))) {
    preComma = true;
  } else if (k < 0 || isHard(toks[k]) || isOpenQuote(toks[k], quotes)) {
    // sentence-initial cue: imperative or fragment; not a frame
    return;
  }
  // "and now says …": coordinated verb phrase; the subject is the clause's first noun phrase
  if (!src && !preComma && k >= 0 && (toks[k]!.l === 'and' || toks[k]!.l === 'but')) {
    const fv = firstVerbish(toks);
    if (fv > cs && fv < k) src = leftNP(toks, fv - 1, cs);
    if (src) { after = cueEnd + 1; coordinated = true; }
  }
  if (preComma) {
    // inverted: "…, said X" / '"…," said X'
    const y = rightNP(toks, after, n, RIGHT_STOP);
    const afterY = y ? toks[y[1] + 1] : undefined;
    const titled = !!toks[after] && !toks[after]!.cap && [1, 2, 3].some((d) => toks[after + d]?.cap);
    if (y && mode === 'speech' && !/^(told|tells|tell|telling)$/.test(t.l) && (toks[after]!.cap || DET.has(toks[after]!.l) || titled) && toks[after]!.l !== 'that'
      && (!afterY || isComma(afterY) || isPunct(afterY, '.') || isHard(afterY) || afterY.l === 'who' || afterY.q)) {
      const pc = postContent(ctx, sc, j);
      if (pc) {
        inverted = true;
        let z = y[1];
        let ap = '';
        if (isComma(toks[z + 1]) && toks[z + 2] && (DET.has(toks[z + 2]!.l) || toks[z + 2]!.l === 'who')) {
          const ce = clauseEnd(toks, z + 2);
          ap = spanText(ctx, toks, z + 2, Math.max(z + 2, ce - 1)); z = ce - 1;
        }
        const l = namedLink(ctx, toks, y[0], y[1], cue, 'attr.post-inverted', ap);
        const content: Array<[number, number]> = [pc];
        const tail = tailAfter(sc, Math.max(z, y[1]));
        if (tail) content.push(tail);
        pushFrame(sc, { sent: sc.si, links: [l], content, material: [toks[j - 1]!.s, toks[Math.max(z, y[1])]!.e], rule: 'attr.post-inverted', cue: j });
        return;
      }
    }
    // appositive: "X, spokesman for Y, said that …"
    const chunks = leftChunks(toks, k - 1, cs);
    const cand = chunks.filter(([a]) => !introChunk(toks, a));
    if (!cand.length) return;
    let pick = cand[0]!;
    for (const c of cand) if (isNameChunk(toks, c[0], c[1])) { pick = c; break; }
    const np = leftNP(toks, pick[1], pick[0]);
    if (!np) return;
    src = np;
    appos = cand.filter((c) => c !== pick).map((c) => spanText(ctx, toks, c[0], c[1])).join(', ');
    intro = chunks.length && introChunk(toks, chunks[0]![0]) ? chunks[0]! : null;
  }
  void inverted;
  if (src && !preComma) {
    for (let w = src[0] - 1, g = 0; w > cs && g < 14; w--, g++) {
      const x = toks[w]!;
      if (isComma(x) || x.q || isHard(x)) break;
      // "… in Michigan that Clinton described": a "that"/"who" right before the subject opens its clause; no antecedent
      if ((x.l === 'who' || x.l === 'that') && w === src[0] - 1) break;
      if ((x.l === 'who' || x.l === 'that') && toks[w - 1]?.w && !PRON.has(toks[w - 1]!.l)) {
        const ante = leftNP(toks, w - 1, cs);
        if (ante && (toks[ante[1]]!.cap || OFFICIAL_ROLE.has(toks[ante[1]]!.l) || /s$/.test(toks[ante[1]]!.l) || COLLECTIVE.has(toks[ante[1]]!.l))) src = ante;
        break;
      }
    }
  }
  if (!src) return;
  if (src[0] === src[1] && /^(i|we|i'm|we're|i've|we've|i'd|we'd|me|us|you|nobody|anyone|everyone|someone|somebody|everybody|anybody|people)$/.test(toks[src[0]]!.l) && insideQuote(sc, toks[j]!.s)) return;
  {
    const before = toks[src[0] - 1];
    const one = src[0] === src[1] ? toks[src[0]]! : null;
    if (before && /^(could|would|will|may|might|can|should|must|to|did|does|do|shall)$/.test(before.l)) return;
    if (one && !one.cap && !PRON.has(one.l) && !/s$/.test(one.l) && /^[a-z]+$/.test(one.l) && !COLLECTIVE.has(one.l) && !/^(some|many|most|others|few|several|all|both|none)$/.test(one.l)) return;
    if (!srcOk(toks, src, t.l, j)) return;
    srcFull = src[0];
    src = trimToName(toks, src);
  }
  if (mode === 'npobj' && prev && (BE.has(prev.l) || prev.l === 'been')) return;
  if (mode === 'npobj' && !callFor && /^(called|calls|call)$/.test(t.l) && /^(on|for|off|in|up|out|upon)$/.test(toks[j + 1]?.l ?? '')) return;
  // a subject right after a comma or quote, with content before it: post-posed frame "C, X said"
  const a = src[0];
  const srcPrev = toks[a - 1];
  const tooLongForPost = src[1] - src[0] > 8;
  if (srcPrev && (isComma(srcPrev) || isCloseQuote(srcPrev, quotes)) && mode === 'speech' && !tooLongForPost && !coordinated) {
    let after2 = after;
    if (/^(told|tells|tell)$/.test(t.l)) { const y = rightNP(toks, after, n, RIGHT_STOP); if (y && y[1] - y[0] < 6) after2 = y[1] + 1; }
    const nextAfter = skipAfterCue(toks, after2, n);
    const prepTail = isCloseQuote(srcPrev, quotes) && /^(of|about|in|on|at|during|after|before|from|while|when|as|outside|inside)$/.test(toks[after2]?.l ?? '');
    const endsHere = nextAfter >= clauseEnd(toks, j) || isComma(toks[nextAfter - 1]) || isComma(toks[nextAfter]) || isPunct(toks[nextAfter], '.')
      || trailingOnly(toks, after2, n)
      // '"It's over," she said of the election …': a prepositional tail after a cue right behind a closing quote
      || prepTail;
    const hasThat = toks[after]?.l === 'that';
    if (endsHere && !hasThat) {
      const pc = postContent(ctx, sc, a);
      if (pc) {
        const l = namedLink(ctx, toks, a, src[1], cue, 'attr.post');
        let z = cueEnd;
        while (z + 1 < n && !isComma(toks[z + 1]) && !isHard(toks[z + 1]) && !isPunct(toks[z + 1], '.') && !toks[z + 1]!.q) z++;
        const content: Array<[number, number]> = [pc];
        const tail = prepTail ? null : tailAfter(sc, z);
        if (tail) content.push(tail);
        // '"A," he said, "B."'
        if (isComma(toks[z + 1]) && isOpenQuote(toks[z + 2], quotes)) {
          const q = quotes.byOpen.get(toks[z + 2]!.s);
          if (q) content.push([q[0], q[1]]);
        }
        pushFrame(sc, { sent: sc.si, links: [l], content, material: [srcPrev.s, toks[z]!.e], rule: 'attr.post', cue: j });
        return;
      }
    }
  }
  // ---- pre-posed: "X said (that) C", "X told Y (that) C"
  const links: AttributionLink[] = [];
  let medium: AttributionLink | null = null;
  if ((t.l === 'told' || t.l === 'tells' || t.l === 'tell' || t.l === 'telling') && mode === 'speech') {
    const m = mediumAfter(ctx, sc, after);
    if (m) { medium = m.link; after = m.end + 1; }
    else {
      const y = rightNP(toks, after, n, RIGHT_STOP);
      if (y && y[1] - y[0] < 6) after = y[1] + 1;
    }
  }
  // "Speaking to Y, X said" / "X, speaking to Y, said"
  if (!medium) {
    const lo = intro ? intro[0] : cs;
    for (let i = lo; i < j; i++) {
      if (SPEAKING.has(toks[i]!.l) && (toks[i + 1]?.l === 'to' || (toks[i + 1]?.l === 'by' && toks[i + 3]?.l === 'to'))) {
        const at = toks[i + 1]!.l === 'to' ? i + 2 : i + 4;
        const m = mediumAfter(ctx, sc, at, [toks[i]!, toks[at - 1]!]);
        if (m) { medium = m.link; break; }
      }
      if (toks[i]!.l === 'citing') {
        // "Citing Y, X reported" — Y is inner
        const y = rightNP(toks, i + 1, j, RIGHT_STOP);
        if (y) { (sc as SentCtx & { citing?: AttributionLink }).citing = namedLink(ctx, toks, y[0], y[1], [toks[i]!], 'attr.citing'); }
      }
    }
  }
  // "Xinhua reported, citing local officials, that …": the cited source is inner
  let citeAfter: AttributionLink | null = null;
  if (mode === 'speech' && isComma(toks[after]) && toks[after + 1]?.l === 'citing') {
    const y = rightNP(toks, after + 2, n, RIGHT_STOP);
    if (y && y[1] - y[0] < 10 && (isComma(toks[y[1] + 1]) || toks[y[1] + 1]?.l === 'that')) {
      citeAfter = namedLink(ctx, toks, y[0], y[1], [toks[after + 1]!], 'attr.citing-after');
      after = y[1] + 1;
    }
  }
  let c0 = mode === 'npobj' ? after : skipAfterCue(toks, after, n);
  let localEnd = n;
  if (mode === 'npobj') {
    for (let m = after; m < n; m++) {
      const x = toks[m]!;
      if (isComma(x) || isPunct(x, ';')) { localEnd = m; break; }
      if ((x.l === 'and' || x.l === 'but') && m > after && [1, 2].some((d) => { const y = toks[m + d]; return !!y && !y.cap && (SPEECH.has(y.l) || NPOBJ.has(y.l)); })) { localEnd = m; break; }
    }
  }
  let raising = false;
  if (mode === 'speech' && needThat && toks[c0 - 1]?.l !== 'that' && RAISING.has(t.l)) {
    for (let m = after + 1; m < Math.min(n, after + 6); m++) {
      if (!toks[m]!.w) break;
      if (toks[m]!.l === 'to' && toks[m + 1]?.w && !toks[m + 1]!.cap) { raising = true; break; }
    }
  }
  if (mode === 'speech' && needThat && !raising && toks[c0 - 1]?.l !== 'that') {
    if (isPunct(toks[after], ':')) { raising = true; c0 = after + 1; }
    else if (QUESTION_CUES.has(t.l) && /^(whether|if|why|how|what|who|when|where)$/.test(toks[c0]?.l ?? '')) raising = true;
    else if (BARE_OK.has(t.l) && toks[c0] && (PRON.has(toks[c0]!.l) || toks[c0]!.cap || DET.has(toks[c0]!.l) || toks[c0]!.l === 'there')) {
      for (let m = c0 + 1; m < Math.min(n, c0 + 7); m++) { if (!toks[m]!.w) break; if (FINITE.has(toks[m]!.l)) { raising = true; break; } }
    }
  }
  if (mode === 'speech' && needThat && !raising && toks[c0 - 1]?.l !== 'that' && !isOpenQuote(toks[c0], quotes) && !isPunct(toks[c0 - 1], ':')) {
    if (!NPOBJ.has(t.l)) return;
    mode = 'npobj';
    c0 = after;
  }
  if (medium) links.push(medium);
  const xl = namedLink(ctx, toks, src[0], src[1], cue, mode === 'npobj' ? 'attr.npobj' : 'attr.pre', appos);
  links.push(xl);
  const citing = (sc as SentCtx & { citing?: AttributionLink }).citing;
  if (citing) { links.push(citing); (sc as SentCtx & { citing?: AttributionLink }).citing = undefined; }
  else if (citeAfter) links.push(citeAfter);
  while (c0 < n && (isComma(toks[c0]) || isPunct(toks[c0], ':'))) c0++;
  // 'He said:' closing a paragraph, the quote opening the next one
  if (mode === 'speech' && c0 >= n && isPunct(toks[n - 1], ':')) {
    let pos = toks[n - 1]!.e;
    while (pos < ctx.text.length && pos - toks[n - 1]!.e < 6 && /\s/.test(ctx.text[pos]!)) pos++;
    const q = quotes.byOpen.get(pos);
    if (q) {
      const l = namedLink(ctx, toks, src[0], src[1], cue, 'attr.colon-next');
      const lk: AttributionLink[] = medium ? [medium, l] : [l];
      pushFrame(sc, { sent: sc.si, links: lk, content: [[q[0], q[1]]], material: [toks[Math.min(src[0], srcFull)]!.s, toks[n - 1]!.e], rule: 'attr.colon-next', cue: j });
      return;
    }
  }
  // '"… no?" Freddy Ortega said.' — the segmenter ended the sentence inside the quote: the frame is post-posed
  if (mode === 'speech' && (c0 >= n || trailingOnly(toks, c0, n)) && src[0] <= firstWord(toks)) {
    const q = quoteEndingBefore(ctx.text, sc.quotes, toks[0]!.s);
    if (q) {
      const l = namedLink(ctx, toks, src[0], src[1], cue, 'attr.post-cross');
      pushFrame(sc, { sent: sc.si, links: [l], content: [[q[0], q[1]]], material: [toks[src[0]]!.s, toks[n - 1]!.e], rule: 'attr.post-cross', cue: j });
      return;
    }
  }
  let ce = Math.min(localEnd, clauseEnd(toks, Math.min(c0, n - 1)));
  // "The man, who said nothing, left": a non-restrictive relative closes at its comma; what follows is the main clause
  if (relClause && !isOpenQuote(toks[c0], quotes)) { for (let m = c0 + 1; m < ce; m++) if (isComma(toks[m])) { ce = m; break; } }
  if (c0 >= n || ce <= c0) return;
  // content starting with an opening quote runs to the quote's end, possibly past the sentence
  let contentEnd = toks[ce - 1]!.e;
  if (isOpenQuote(toks[c0], quotes)) {
    const q = quotes.byOpen.get(toks[c0]!.s);
    if (q) contentEnd = Math.max(contentEnd, q[1]);
  }
  const adjacent = !preComma && src[1] >= k;
  let claimStart = mode === 'npobj' || adjacent ? toks[Math.max(Math.min(src[0], srcFull), cs)]!.s : undefined;
  let materialStart = preComma ? toks[cs]!.s : toks[Math.min(src[0], srcFull)]!.s;
  // "Trump has been targeting Machado since Clinton, at the debate, cited …": words before the subject that are not
  // intro phrases are a proposition of their own, not frame material
  if (preComma && src[0] > cs) {
    const before = leftChunks(toks, src[0] - 1, cs);
    const srcChunkStart = (() => { let m = src[0] - 1; while (m >= cs && !isComma(toks[m])) m--; return m + 1; })();
    if (srcChunkStart < src[0] || !before.every(([a]) => introChunk(toks, a))) materialStart = toks[Math.min(src[0], srcFull)]!.s;
  }
  if (coordinated) { claimStart = toks[k + 1]!.s; materialStart = toks[k + 1]!.s; }
  else if (!preComma && src[0] > cs) {
    // an intro chunk before the subject ("Asked why …, Haq said") belongs to the frame
    const chunks = leftChunks(toks, src[0] - 1, cs);
    if (chunks.length && chunks.every(([a]) => introChunk(toks, a))) materialStart = toks[cs]!.s;
  }
  pushFrame(sc, { sent: sc.si, links, content: [[toks[c0]!.s, contentEnd]], material: [materialStart, toks[c0 - 1]?.e ?? toks[cueEnd]!.e],
    claimStart, rule: mode === 'npobj' ? 'attr.npobj' : 'attr.pre', cue: j });
  void ce;
}

// ------------------------------------------------------------------------------------------------
// Claims: cut each sentence at clause boundaries and frame edges; chain = frames covering the piece.

interface Piece { s: number; e: number }

const VP_START = S(['remains', 'remain', 'is', 'are', 'will', 'continues', 'continue', 'has', 'have', 'faces', 'face', 'plans', 'expects']);
function sentenceBoundaries(toks: Tok[]): number[] {
  // char offsets where a new clause-level piece starts
  const out: number[] = [];
  for (let i = 1; i < toks.length; i++) {
    const p = toks[i - 1]!;
    const t = toks[i]!;
    if (isPunct(p, ';')) out.push(t.s);
    else if (isComma(p) && CONJ.has(t.l) && t.l !== 'as' && !(t.l === 'so' && /^(far|much|many|long|that|as)$/.test(toks[i + 1]?.l ?? ''))) {
      // ", and" only when a clause follows (not the last item of a list)
      const rest = toks.length - i;
      if (t.l === 'and' && rest < 5) continue;
      if (t.l === 'and' && toks[i + 1] && (toks[i + 1]!.l === 'that')) { out.push(t.s); continue; }
      out.push(t.s);
    } else if (t.l === 'that' && (p.l === 'and' || p.l === 'but') && !isComma(toks[i - 2])) out.push(p.s);
    else if (t.l === 'that' && (p.l === 'and' || p.l === 'but')) out.push(p.s);
    else if ((isPunct(p, '—') || isPunct(p, '–')) && t.w) out.push(t.s);
    // "was arrested in 2021 and remains in prison": a second verb phrase in another tense is its own proposition
    else if ((t.l === 'and' || t.l === 'but') && i > 2 && !isComma(p) && VP_START.has(toks[i + 1]?.l ?? '') && toks.length - i > 3) out.push(t.s);
  }
  return out;
}

function chainFor(frames: Frame[], s: number, e: number): { links: AttributionLink[]; rule: string } {
  const cover: Array<{ f: Frame; len: number }> = [];
  for (const f of frames) {
    for (const [a, b] of f.content) {
      if (a <= s && e <= b) { cover.push({ f, len: b - a }); break; }
    }
  }
  cover.sort((x, y) => y.len - x.len || x.f.material[0] - y.f.material[0]);
  const links: AttributionLink[] = [];
  const rules: string[] = [];
  for (const { f } of cover) {
    for (const l of f.links) {
      const prev = links[links.length - 1];
      if (links.some((x) => sameLink(x, l))) continue;
      if (prev && prev.kind === 'UNNAMED' && l.kind === 'UNNAMED') continue;
      links.push({ ...l });
    }
    rules.push(f.rule);
  }
  return { links, rule: rules.length ? rules.join('>') : 'claim.outlet' };
}

function sameLink(a: AttributionLink, b: AttributionLink): boolean {
  if (a.kind === 'UNNAMED' && b.kind === 'UNNAMED') return a.cueSpan?.start === b.cueSpan?.start;
  if (a.entity && b.entity && a.entity === b.entity) {
    // one entity, but a mention that swallowed two names ("X quoted Y") must not merge two sources
    const wa = a.source.toLowerCase().split(/\s+/), wb = new Set(b.source.toLowerCase().split(/\s+/));
    return wa.some((w) => wb.has(w)) || PRON.has(a.source.toLowerCase()) || PRON.has(b.source.toLowerCase());
  }
  if (a.entity && b.entity) return false;
  return a.source.toLowerCase() === b.source.toLowerCase() || (!!a.span && !!b.span && a.span.start === b.span.start);
}

function trimPiece(text: string, toks: Tok[], s: number, e: number): Piece | null {
  // shrink to whole tokens with words at both ends (quotes kept when paired inside)
  let i = 0;
  while (i < toks.length && toks[i]!.e <= s) i++;
  let j = toks.length - 1;
  while (j >= 0 && toks[j]!.s >= e) j--;
  while (i <= j && (!toks[i]!.w || CONJ.has(toks[i]!.l) && toks[i]!.l !== 'with' || toks[i]!.l === 'that' && !toks[i]!.cap)) i++;
  while (j >= i && !toks[j]!.w && toks[j]!.t !== '%' && toks[j]!.t !== ')') j--;
  if (j < i) return null;
  let words = 0;
  for (let k = i; k <= j; k++) if (toks[k]!.w) words++;
  if (words < 2) return null;
  void text;
  return { s: toks[i]!.s, e: toks[j]!.e };
}

export function buildClaims(doc: NlpDoc): Claim[] {
  const text = doc.text;
  const sents = sentencesOf(doc);
  const quotes = findQuotes(text);
  const qx = qindex(quotes);
  const ctx: Ctx = { doc, text, sents, mix: indexMentions(doc) };
  const r = (entitiesModule as Record<string, unknown>).resolvePronoun;
  if (typeof r === 'function' && doc.entities.length) ctx.resolver = r as Ctx['resolver'];
  const sentToks: Tok[][] = [];
  const frames: Frame[] = [];
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si]!;
    const toks = tokenize(text, s.start, s.end);
    sentToks.push(toks);
    const sc: SentCtx = { si, toks, frames: [], quotes: qx };
    findFrames(ctx, sc);
    truncateAtCoordination(sc);
    frames.push(...sc.frames);
  }
  cacheDocTokens(doc, text, sentToks);
  // quotes with no frame: carry the previous quote's speaker (same or next paragraph)
  const quoteFrames = attachOrphanQuotes(frames, quotes, sents, text);
  frames.push(...quoteFrames);
  const claims: Claim[] = [];
  // frames touching each sentence (content overlap or material inside), found by binary search
  const perSent: Frame[][] = sents.map(() => []);
  const sentAt = (off: number): number => {
    let lo = 0, hi = sents.length - 1, ans = 0;
    while (lo <= hi) { const m = (lo + hi) >> 1; if (sents[m]!.start <= off) { ans = m; lo = m + 1; } else hi = m - 1; }
    return ans;
  };
  for (const f of frames) {
    const hit = new Set<number>();
    for (const [a, b] of f.content) for (let k = sentAt(a); k < sents.length && sents[k]!.start < b; k++) if (sents[k]!.end > a) hit.add(k);
    const m = sentAt(f.material[0]);
    if (sents[m] && f.material[0] >= sents[m]!.start && f.material[1] <= sents[m]!.end) hit.add(m);
    for (const k of hit) perSent[k]!.push(f);
  }
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si]!;
    if (s.kind === 'BYLINE' || s.kind === 'DATELINE') continue;
    const toks = sentToks[si]!;
    if (!toks.length) continue;
    const rel = perSent[si]!.sort((a, b) => a.content[0]![0] - b.content[0]![0]);
    const cuts = new Set<number>(sentenceBoundaries(toks));
    const blocked: Array<[number, number]> = [];
    for (const f of rel) {
      for (const [a, b] of f.content) { if (a > s.start && a < s.end) cuts.add(a); if (b > s.start && b < s.end) cuts.add(b); }
      if (f.material[1] > f.material[0] && f.material[0] >= s.start && f.material[0] < s.end) {
        cuts.add(f.material[0]); cuts.add(f.material[1]);
        blocked.push(f.material);
      }
    }
    const pts = [s.start, ...[...cuts].filter((c) => c > s.start && c < s.end).sort((a, b) => a - b), s.end];
    const pieces: Piece[] = [];
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i]!, b = pts[i + 1]!;
      if (blocked.some(([x, y]) => a >= x && b <= y)) continue;
      const p = trimPiece(text, toks, a, b);
      if (p) pieces.push(p);
    }
    // extend the first piece of a frame's content back to its claimStart (keeps "AAA said" with its claim)
    for (const f of rel) {
      if (f.claimStart === undefined || f.sent !== si) continue;
      const c0 = f.content[0]![0];
      const p = pieces.find((x) => x.s >= c0 && x.s < c0 + 4 || (x.s <= c0 && x.e > c0));
      if (p && f.claimStart < p.s) p.s = f.claimStart;
      else if (!p) {
        const q = pieces.find((x) => x.s >= f.claimStart! && x.s <= c0);
        if (q) q.s = f.claimStart;
      }
    }
    // merge around an embedded local frame: "X, believed to be Y, did Z" → keep Z's clause whole
    const seen = new Set<string>();
    for (const p of pieces) {
      const key = `${p.s}:${p.e}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const content = contentOf(rel, p);
      const { links, rule } = chainFor(rel, content.s, content.e);
      claims.push({
        id: '', start: p.s, end: p.e, text: text.slice(p.s, p.e), attribution: links,
        certainty: 'CERTAIN', polarity: 'POSITIVE', status: 'PAST', hedges: [], events: [], times: [], quantities: [], rule,
      });
    }
  }
  claims.sort((a, b) => a.start - b.start || b.end - a.end);
  claims.forEach((c, i) => { c.id = `c${i + 1}`; });
  return claims;
}

/** The part of a piece that is content (a piece extended back over "X said" is judged by its content). */
function contentOf(frames: Frame[], p: Piece): Piece {
  for (const f of frames) {
    if (f.claimStart === p.s) {
      const c0 = f.content[0]![0];
      if (c0 > p.s && c0 < p.e) return { s: c0, e: p.e };
    }
  }
  return p;
}

/** A pre-posed frame's content stops where a coordinated clause with its own frame begins. */
function truncateAtCoordination(sc: SentCtx): void {
  const { toks, frames } = sc;
  for (const f of frames) {
    if (f.local) continue;
    for (const g of frames) {
      if (g === f || g.local) continue;
      const gs = g.inherit ? g.material[0] : g.material[0];
      const c = f.content[0]!;
      if (gs <= c[0] || gs >= c[1]) continue;
      // boundary: the token before g's material is a comma+conjunction, or g is a participial tail
      const ti = toks.findIndex((t) => t.s >= gs);
      const prev = toks[ti - 1];
      const prev2 = toks[ti - 2];
      const conj = g.inherit || (prev && CONJ.has(prev.l) && isComma(prev2)) || (prev && isPunct(prev, ';'));
      if (conj) c[1] = Math.max(c[0], (prev && !g.inherit ? (prev2 ?? prev).s : gs));
    }
  }
}

const DASH_SIG = /^\s*([―—–]|--)\s*(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3})(?=\s*(?:\n|$|[“"]))/u;

function attachOrphanQuotes(frames: Frame[], quotes: Array<[number, number]>, sents: Sentence[], text: string): Frame[] {
  const out: Frame[] = [];
  let lastSpeaker: { links: AttributionLink[]; para: number } | null = null;
  const paraOf = (off: number): number => {
    let lo = 0, hi = sents.length - 1, ans = 0;
    while (lo <= hi) { const m = (lo + hi) >> 1; if (sents[m]!.start <= off) { ans = m; lo = m + 1; } else hi = m - 1; }
    return sents[ans]?.paragraph ?? ans;
  };
  for (const q of quotes) {
    // scare quotes and short phrases; a short full sentence right after an attributed quote still continues it
    const short = q[1] - q[0] < 25;
    if (short && q[1] - q[0] < 10) continue;
    const own = frames.find((f) => !f.local && f.content.some(([a, b]) => a <= q[0] + 1 && b >= q[1] - 2));
    if (own && short) { lastSpeaker = { links: own.links, para: paraOf(q[0]) }; continue; }
    if (short && !(lastSpeaker && /^["“]?\p{Lu}/u.test(text.slice(q[0], q[0] + 2)) && /[.!?]["”]?$/.test(text.slice(q[0], q[1])))) continue;
    const para = paraOf(q[0]);
    if (own) { lastSpeaker = { links: own.links, para }; continue; }
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
        out.push({ sent: -1, links: [l], content: [[q[0], q[1]]], material: [q[0], q[0]], rule: 'attr.dash-signature', cue: -1 });
        lastSpeaker = { links: [l], para };
        continue;
      }
    }
    if (lastSpeaker && para - lastSpeaker.para <= 1) {
      out.push({ sent: -1, links: lastSpeaker.links.map((l) => ({ ...l, rule: 'attr.quote-continued' })), content: [[q[0], q[1]]], material: [q[0], q[0]], rule: 'attr.quote-continued', cue: -1 });
      lastSpeaker.para = para;
    }
  }
  void text;
  return out;
}
