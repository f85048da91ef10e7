// Loads the compiled knowledge base (dist/kb/kb.json, written by scripts/build-kb.ts) into memory:
// a lazy, synchronous singleton. If the compiled file is missing (e.g. the build step was skipped),
// the KB is compiled in-process from data/kb/** — slower (~2 s) but always correct.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKb, KB_FORMAT, type KbFile } from './compile.js';
import { normAlias } from './normalize.js';
import { canonQueryRole } from './roles.js';
import type { Kb, KbEntry } from './types.js';

const HERE = fileURLToPath(new URL('.', import.meta.url)); // dist/src/kb/
/** Repository root, from dist/src/kb/. */
export const REPO_ROOT = join(HERE, '..', '..', '..');
/** Where scripts/build-kb.ts writes the compiled KB. */
export const KB_PATH = join(REPO_ROOT, 'dist', 'kb', 'kb.json');

const EMPTY: readonly KbEntry[] = Object.freeze([]);

interface Slot { entries: KbEntry[]; masks: number[] }
interface RoleRec { e: KbEntry; from: number; to: number }

export class LoadedKb implements Kb {
  readonly maxAliasWords: number;
  readonly size: number;
  readonly stats: Record<string, number>;
  private readonly list: KbEntry[];
  private readonly ids = new Map<string, KbEntry>();
  private readonly alias = new Map<string, Slot>();
  private readonly dem = new Map<string, Slot>();
  private readonly weak: Set<string>;
  private roleIdx?: Map<string, RoleRec[]>;
  /** Every word-prefix of every alias/demonym key ("united", "united states"…), for early exit in the gazetteer. */
  private prefixes?: Set<string>;

  constructor(file: KbFile) {
    this.list = file.entries;
    this.size = file.entries.length;
    this.maxAliasWords = file.maxAliasWords;
    this.stats = file.stats;
    for (const e of this.list) this.ids.set(e.id, e);
    const fill = (target: Map<string, Slot>, rows: (string | number)[][]) => {
      for (const row of rows) {
        const len = (row.length - 1) >> 1;
        const entries: KbEntry[] = new Array(len);
        const masks: number[] = new Array(len);
        for (let k = 0; k < len; k++) {
          entries[k] = this.list[row[1 + 2 * k] as number]!;
          masks[k] = row[2 + 2 * k] as number;
        }
        target.set(row[0] as string, { entries, masks });
      }
    };
    fill(this.alias, file.aliases);
    fill(this.dem, file.demonyms);
    this.weak = new Set(file.weak);
  }

  byAlias(alias: string): readonly KbEntry[] { return this.alias.get(alias)?.entries ?? EMPTY; }
  byDemonym(demonym: string): readonly KbEntry[] { return this.dem.get(demonym)?.entries ?? EMPTY; }
  isWeak(alias: string): boolean { return this.weak.has(alias); }
  capMask(alias: string, demonym = false): number {
    const slot = (demonym ? this.dem : this.alias).get(alias);
    return slot ? slot.masks.reduce((a, m) => a & m, -1) : 0;
  }
  /** Entries and their capitalisation masks for a key (for the gazetteer). */
  slot(key: string, demonym = false): { readonly entries: readonly KbEntry[]; readonly masks: readonly number[] } | undefined {
    return (demonym ? this.dem : this.alias).get(key);
  }
  get(id: string): KbEntry | undefined { return this.ids.get(id); }
  entries(): Iterable<KbEntry> { return this.list; }

  /** Normalises any surface string and looks it up (convenience for callers that hold raw text). */
  lookup(surface: string): readonly KbEntry[] { return this.byAlias(normAlias(surface)); }

  /** Whether `key` is an alias/demonym key or a word-prefix of one (built lazily on first use). */
  hasPrefix(key: string): boolean {
    if (!this.prefixes) {
      const p = new Set<string>();
      for (const m of [this.alias, this.dem]) {
        for (const k of m.keys()) {
          let i = k.indexOf(' ');
          while (i > 0) { p.add(k.slice(0, i)); i = k.indexOf(' ', i + 1); }
          p.add(k);
        }
      }
      this.prefixes = p;
    }
    return this.prefixes.has(key);
  }

  holders(role: string, of: string, year: number): readonly KbEntry[] {
    if (!this.roleIdx) {
      const idx = new Map<string, RoleRec[]>();
      for (const e of this.list) {
        for (const r of e.roles ?? []) {
          if (!r.of) continue;
          const k = `${r.role}|${r.of}`;
          let a = idx.get(k);
          if (!a) idx.set(k, (a = []));
          a.push({ e, from: r.from ?? -Infinity, to: r.to ?? Infinity });
        }
      }
      this.roleIdx = idx;
    }
    const r = canonQueryRole(role);
    const ofs = this.resolveOf(of);
    const out: KbEntry[] = [];
    for (const o of ofs) {
      for (const rec of this.roleIdx.get(`${r}|${o}`) ?? []) {
        if (rec.from <= year && year <= rec.to && !out.includes(rec.e)) out.push(rec.e);
      }
    }
    // most recent start first
    const start = (e: KbEntry) => Math.max(...(e.roles ?? []).filter((x) => x.role === r && ofs.includes(x.of ?? '') && (x.from ?? -Infinity) <= year).map((x) => x.from ?? 0), 0);
    return out.sort((a, b) => start(b) - start(a));
  }

  private countryCodes?: Set<string>;
  private isCountryCode(cc: string): boolean {
    if (!this.countryCodes) this.countryCodes = new Set(this.list.filter((e) => e.iso2 && e.type === 'GPE').map((e) => e.iso2!));
    return this.countryCodes.has(cc);
  }

  /** ISO2 or entry id, plus: an entry id of a country → its ISO2; an alias ("Russia", "the UN") → its entries. */
  private resolveOf(of: string): string[] {
    const out = new Set<string>([of]);
    const e = this.ids.get(of);
    if (e?.iso2) out.add(e.iso2);
    if (!e && !(/^[A-Z]{2}$/.test(of) && this.isCountryCode(of))) {
      for (const x of this.byAlias(normAlias(of).replace(/^the /, ''))) {
        if (x.type === 'GPE' && x.iso2) out.add(x.iso2);
        if (x.type === 'ORG') out.add(x.id);
        if (x.standsFor) out.add(x.standsFor);
      }
    }
    return [...out];
  }
}

let singleton: LoadedKb | undefined;

/** Reads a compiled KB file. */
export function loadKbFile(path = KB_PATH): LoadedKb {
  const file = JSON.parse(readFileSync(path, 'utf8')) as KbFile;
  if (file.format !== KB_FORMAT) throw new Error(`kb: ${path} has format ${file.format}, expected ${KB_FORMAT}; run npm run build`);
  return new LoadedKb(file);
}

/** The knowledge base (lazy singleton, synchronous). */
export function getKb(): LoadedKb {
  if (singleton) return singleton;
  let kb: LoadedKb | undefined;
  if (existsSync(KB_PATH)) {
    try { kb = loadKbFile(KB_PATH); } catch { kb = undefined; }
  }
  singleton = kb ?? new LoadedKb(compileKb({ root: REPO_ROOT }));
  return singleton;
}
