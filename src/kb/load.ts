// Loads the compiled knowledge base (dist/kb/kb.jsonl, written by scripts/build-kb.ts; format in compile.ts
// serializeKb): a lazy, synchronous singleton. Loading keeps the file as a Buffer, finds the entry lines and builds
// the alias hash from the index lines; entries are parsed from their line on first use. If the compiled file is missing or stale, the KB is compiled
// in-process from data/kb/** (a few seconds, same result).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKb, KB_FORMAT, serializeKb, WEAK_BIT } from './compile.js';
import { normAlias } from './normalize.js';
import { canonQueryRole } from './roles.js';
import type { Kb, KbEntry } from './types.js';

const HERE = fileURLToPath(new URL('.', import.meta.url)); // dist/src/kb/
/** Repository root, from dist/src/kb/. */
export const REPO_ROOT = join(HERE, '..', '..', '..');
/** Where scripts/build-kb.ts writes the compiled KB. */
export const KB_PATH = join(REPO_ROOT, 'dist', 'kb', 'kb.jsonl');

const EMPTY: readonly KbEntry[] = Object.freeze([]);
const NO_MASKS: readonly number[] = Object.freeze([]);

export interface KbSlot { readonly entries: readonly KbEntry[]; readonly masks: readonly number[] }
interface RoleRec { e: number; from: number; to: number }

export class LoadedKb implements Kb {
  readonly maxAliasWords: number;
  readonly size: number;
  readonly stats: Record<string, number>;
  /** The whole file; entries are decoded from it on first use. */
  private readonly buf: Buffer;
  /** The index part of the file (alias, demonym, prefix, role and id lines) as text. */
  private readonly text: string;
  /** Line start of entry i in `buf` is starts[i]; its end is starts[i + 1] - 1. */
  private readonly starts: Int32Array;
  private readonly cache: (KbEntry | undefined)[];
  /**
   * Alias key → where its packed "i,m,i,m" starts in `text` (-1 for a key that is only a word-prefix of longer
   * keys); the offset is replaced by the decoded slot on first use, so every later look-up is a single Map probe.
   * Offsets rather than sliced values: one string fewer per key to allocate at load (the load is paid by every
   * process and every ingest worker before its first document).
   */
  private readonly alias = new Map<string, number | KbSlot>();
  private readonly dem = new Map<string, number | KbSlot>();
  private readonly weak: Set<string>;
  private readonly common: Set<string>;
  private readonly commonCaps: Set<string>;
  private readonly roleStart: number;
  private readonly idStart: number;
  private roleIdx?: Map<string, RoleRec[]>;
  /** Line starts of the id lines (built on the first get). */
  private idLines?: Int32Array;

  constructor(file: Buffer | string) {
    const buf = typeof file === 'string' ? Buffer.from(file, 'latin1') : file;
    this.buf = buf;
    let nl = buf.indexOf(10);
    const header = JSON.parse(buf.toString('latin1', 0, nl)) as { format: number; entries: number; maxAliasWords: number; weak: string[]; common?: string[]; commonCaps?: string[]; stats: Record<string, number>; entryLengths: number[] };
    if (header.format !== KB_FORMAT) throw new Error(`kb: file format ${header.format}, expected ${KB_FORMAT}; run npm run build`);
    this.size = header.entries;
    this.maxAliasWords = header.maxAliasWords;
    this.stats = header.stats;
    this.weak = new Set(header.weak);
    this.common = new Set(header.common ?? []);
    this.commonCaps = new Set(header.commonCaps ?? []);
    const n = this.size;
    const starts = new Int32Array(n + 1);
    // entry lines from the header's lengths (scanning 70,000 lines for their ends cost a tenth of the load)
    const lengths = header.entryLengths;
    if (!Array.isArray(lengths) || lengths.length !== n) throw new Error('kb: header without entry line lengths; run npm run build');
    let pos = nl + 1;
    for (let i = 0; i < n; i++) {
      starts[i] = pos;
      pos += lengths[i]! + 1;
    }
    starts[n] = pos;
    if (pos > buf.length || (n > 0 && buf[pos - 1] !== 10)) throw new Error('kb: entry lines do not match the header; run npm run build');
    this.starts = starts;
    this.cache = new Array(n);
    // index lines
    const text = buf.toString('latin1', pos);
    this.text = text;
    const len = text.length;
    let roleStart = len;
    pos = 0;
    while (pos < len) {
      nl = text.indexOf('\n', pos);
      if (nl < 0) nl = len;
      const c = text.charCodeAt(pos);
      if (c === 97 /* a */ || c === 100 /* d */) {
        const tab = text.indexOf('\t', pos + 2);
        (c === 97 ? this.alias : this.dem).set(text.slice(pos + 2, tab), tab + 1 < nl ? tab + 1 : -1);
      } else if (c === 112 /* p */) {
        const k = text.slice(pos + 2, nl);
        if (!this.alias.has(k)) this.alias.set(k, -1);
      } else if (c === 114 /* r */) {
        roleStart = pos;
        break;
      }
      pos = nl + 1;
    }
    for (const k of this.dem.keys()) if (!this.alias.has(k)) this.alias.set(k, -1); // one look-up answers hasPrefix
    this.roleStart = roleStart;
    const ids = text.indexOf('\ni\t', Math.max(0, roleStart - 1));
    this.idStart = ids < 0 ? len : ids + 1;
  }

  /** Entry number i (parsed on first use). */
  entry(i: number): KbEntry {
    let e = this.cache[i];
    if (!e) {
      e = JSON.parse(this.buf.toString('latin1', this.starts[i]!, this.starts[i + 1]! - 1)) as KbEntry;
      if (!e.aliases) e.aliases = [];
      this.cache[i] = e;
    }
    return e;
  }

  private slotOf(map: Map<string, number | KbSlot>, key: string): KbSlot | undefined {
    const v = map.get(key);
    if (typeof v !== 'number') return v;
    if (v < 0) return undefined;
    const nl = this.text.indexOf('\n', v);
    const parts = this.text.slice(v, nl < 0 ? this.text.length : nl).split(',');
    const k = parts.length >> 1;
    const entries: KbEntry[] = new Array(k);
    const masks: number[] = new Array(k);
    for (let j = 0; j < k; j++) {
      entries[j] = this.entry(+parts[2 * j]!);
      masks[j] = +parts[2 * j + 1]!;
    }
    const slot = { entries, masks };
    map.set(key, slot);
    return slot;
  }

  /** Entries and their capitalisation masks for a key (for the gazetteer). */
  slot(key: string, demonym = false): KbSlot | undefined {
    return this.slotOf(demonym ? this.dem : this.alias, key);
  }

  byAlias(alias: string): readonly KbEntry[] { return this.slotOf(this.alias, alias)?.entries ?? EMPTY; }
  byDemonym(demonym: string): readonly KbEntry[] { return this.slotOf(this.dem, demonym)?.entries ?? EMPTY; }
  /** True for single-word keys that are also ordinary English words and should not be trusted at a sentence
   *  start ("mass", "ill"); with allCaps, the wider set not to be trusted in all-caps text ("who", "plan"). */
  isCommonWord(key: string, allCaps = false): boolean { return (allCaps ? this.commonCaps : this.common).has(key); }
  /** True when every entry holds the alias only weakly ("nice", "reading", "guardian"). */
  isWeak(alias: string): boolean { return this.weak.has(alias); }
  /** AND of the capitalisation masks of all entries (bits 0–29, see compile.ts capMask); the weak bit is left out. */
  capMask(alias: string, demonym = false): number {
    const masks = this.slot(alias, demonym)?.masks ?? NO_MASKS;
    return masks.length ? masks.reduce((a, m) => a & m, -1) & ~WEAK_BIT : 0;
  }
  /** Entries that hold `alias` only weakly ("Reading" the town); the rest are ordinary matches. */
  weakEntries(alias: string): readonly KbEntry[] {
    const slot = this.slot(alias);
    return slot ? slot.entries.filter((_, k) => (slot.masks[k]! & WEAK_BIT) !== 0) : EMPTY;
  }
  /** Whether `key` is an alias or demonym key, or a word-prefix of one ("united", "united states"…). */
  hasPrefix(key: string): boolean { return this.alias.has(key); }
  /** Convenience: normalises any surface string and looks it up. */
  lookup(surface: string): readonly KbEntry[] { return this.byAlias(normAlias(surface)); }

  /**
   * Entry with this id. The id lines are sorted by id (serializeKb), so a binary search over them answers without
   * building a Map of every id (that Map cost about as much as the rest of the load, in every process).
   */
  get(id: string): KbEntry | undefined {
    const t = this.text;
    let lines = this.idLines;
    if (!lines) {
      let count = 0;
      for (let pos = this.idStart; pos < t.length; count++) { const nl = t.indexOf('\n', pos); pos = nl < 0 ? t.length : nl + 1; }
      lines = new Int32Array(count);
      let pos = this.idStart;
      for (let k = 0; k < count; k++) { lines[k] = pos; const nl = t.indexOf('\n', pos); pos = nl < 0 ? t.length : nl + 1; }
      this.idLines = lines;
    }
    const q = escLatin1(id);
    let lo = 0, hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = compareId(t, lines[mid]! + 2, q);
      if (c === 0) {
        const tab = t.indexOf('\t', lines[mid]! + 2);
        let nl = t.indexOf('\n', tab);
        if (nl < 0) nl = t.length;
        return this.entry(+t.slice(tab + 1, nl));
      }
      if (c < 0) lo = mid + 1; else hi = mid;
    }
    return undefined;
  }

  *entries(): Iterable<KbEntry> { for (let i = 0; i < this.size; i++) yield this.entry(i); }

  holders(role: string, of: string, year: number): readonly KbEntry[] {
    if (!this.roleIdx) {
      const idx = new Map<string, RoleRec[]>();
      const t = this.text;
      let pos = this.roleStart;
      while (pos < this.idStart) {
        const nl = t.indexOf('\n', pos);
        const tab = t.indexOf('\t', pos + 2);
        const parts = t.slice(tab + 1, nl).split(',');
        const recs: RoleRec[] = [];
        for (let j = 0; j + 2 < parts.length; j += 3) {
          recs.push({ e: +parts[j]!, from: parts[j + 1] ? +parts[j + 1]! : -Infinity, to: parts[j + 2] ? +parts[j + 2]! : Infinity });
        }
        idx.set(unesc(t.slice(pos + 2, tab)), recs);
        pos = nl + 1;
      }
      this.roleIdx = idx;
    }
    const r = canonQueryRole(role);
    const { exact, fallback } = this.resolveOf(of);
    const find = (ofs: string[]) => {
      const found = new Map<number, number>(); // entry → latest start
      for (const o of ofs) {
        for (const rec of this.roleIdx!.get(`${r}|${o}`) ?? []) {
          if (rec.from <= year && year <= rec.to) found.set(rec.e, Math.max(found.get(rec.e) ?? -Infinity, rec.from));
        }
      }
      return found;
    };
    let found = find(exact);
    if (found.size === 0 && fallback.length) found = find(fallback);
    // most recent start first; for generic roles ("leader") the more prominent person first
    const generic = r === 'leader' || r === 'head of state' || r === 'head of government' || r === 'minister';
    return [...found]
      .map(([i, from]) => ({ e: this.entry(i), from, i }))
      .sort((a, b) => (generic ? (b.e.prominence ?? 0) - (a.e.prominence ?? 0) : 0) || b.from - a.from || a.i - b.i)
      .map((x) => x.e);
  }

  private countryCodes?: Set<string>;
  private isCountryCode(cc: string): boolean {
    if (!this.countryCodes) {
      this.countryCodes = new Set();
      for (const k of (this.roleIdx ?? new Map<string, RoleRec[]>()).keys()) { const of = k.slice(k.indexOf('|') + 1); if (/^[A-Z]{2}$/.test(of)) this.countryCodes.add(of); }
    }
    return this.countryCodes.has(cc);
  }

  /**
   * What `of` can mean: an ISO2 code, an entry id (a country's → its ISO2), or an alias ("Russia", "the UN",
   * "Kremlin"). Organisations found by alias are tried first; the state they speak for (standsFor) only if the
   * organisation itself has no holder ("Kremlin spokesman" → Russia's spokesperson).
   */
  private resolveOf(of: string): { exact: string[]; fallback: string[] } {
    const exact = new Set<string>([of]);
    const fallback = new Set<string>();
    const e = this.get(of);
    if (e?.iso2) exact.add(e.iso2);
    if (!e && !(/^[A-Z]{2}$/.test(of) && this.isCountryCode(of))) {
      for (const x of this.byAlias(normAlias(of).replace(/^the /, ''))) {
        if (x.type === 'GPE' && x.iso2) exact.add(x.iso2);
        if (x.type === 'ORG') exact.add(x.id);
        if (x.standsFor) fallback.add(x.standsFor);
      }
    }
    return { exact: [...exact], fallback: [...fallback] };
  }
}

/** The id as written in the file: characters above Latin-1 as \\uXXXX (serializeKb's esc). */
function escLatin1(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0xff) return s.replace(/[^\x00-\xff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  }
  return s;
}

/** Compares the id written at text[at…tab) with q, by UTF-16 code units (the order serializeKb sorts in). */
function compareId(text: string, at: number, q: string): number {
  for (let k = 0; ; k++) {
    const a = text.charCodeAt(at + k);
    const end = a === 9 || Number.isNaN(a);
    if (k === q.length) return end ? 0 : 1;
    if (end) return -1;
    const b = q.charCodeAt(k);
    if (a !== b) return a - b;
  }
}

function unesc(s: string): string {
  return s.indexOf('\\u') < 0 ? s : s.replace(/\\u([0-9a-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

let singleton: LoadedKb | undefined;

/** Reads a compiled KB file. */
export function loadKbFile(path = KB_PATH): LoadedKb {
  return new LoadedKb(readFileSync(path));
}

/** The knowledge base (lazy singleton, synchronous). */
export function getKb(): LoadedKb {
  if (singleton) return singleton;
  let kb: LoadedKb | undefined;
  if (existsSync(KB_PATH)) {
    try { kb = loadKbFile(KB_PATH); } catch { kb = undefined; }
  }
  singleton = kb ?? new LoadedKb(serializeKb(compileKb({ root: REPO_ROOT })));
  return singleton;
}
