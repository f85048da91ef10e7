// Entity misses and false positives of one folder of reports with gold files, side by side, replaying the shared
// scorer's entity matching (exact normalised name, compatible type) in-process: `node dist/eval/entity-errors.js
// eval/devset-k` lists each miss with its cause (eval/entity-miss-kinds.ts) and each system entity no gold entity
// took, with why; `--counts` prints only the counts by cause (no names: safe on measure-only sets).
// False-positive causes:
//   wrong type         a gold entity has this name but another type
//   longer/shorter than gold   the name's words contain, or are contained in, a gold name of a compatible type
//   duplicate          a gold entity of this name and type was already matched by another system entity
//   not in gold        none of the above (an entity gold does not list, or a name unrelated to any gold one)
// `--by-rule` (with or without --counts) adds the same counts split by text-free facts of the system entity: the rule
// that made it, its KB kind, whether it is linked, whether every mention came from a demonym, how many mentions it has
// and whether a mention lies inside a gold name's place in the text — what a cause needs to be aimed at on held-out
// sets without reading them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { analyze } from '../src/analyze.js';
import { folderArgError } from './folder-arg.js';
import { countKinds, entityFacts, entityMissKinds, scorerNorm, type GoldEntity, type SysAnalysis, type SysEntity } from './entity-miss-kinds.js';

const SCORED = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'WEAPON']);
const PLACE = new Set(['GPE', 'LOC']);
const typeOk = (sys: string, g: GoldEntity): boolean => sys === g.type || (PLACE.has(sys) && PLACE.has(g.type)) || (g.alsoType ?? []).includes(sys);
const key = (s: string): string => scorerNorm(s).join(' ');
const within = (big: string[], small: string[]): boolean => small.length > 0 && small.every((w) => big.includes(w));

interface Gold { file?: string; story?: unknown; publishedAt?: string; outlet?: string; title?: string; entities?: GoldEntity[] }

/** The false positives of one document: each unmatched scored system entity with its cause. */
export function falsePositives(gold: Gold, out: SysAnalysis): { e: SysEntity; cause: string }[] {
  const ents = (out.entities ?? []).filter((e) => SCORED.has(e.type));
  const used = new Set<SysEntity>();
  for (const g of gold.entities ?? []) {
    const keys = new Set([g.name, ...(g.aliases ?? [])].map(key));
    const hit = ents.find((e) => !used.has(e) && typeOk(e.type, g) && keys.has(key(e.name)));
    if (hit) used.add(hit);
  }
  const golds = gold.entities ?? [];
  return ents.filter((e) => !used.has(e)).map((e) => {
    const k = key(e.name), w = scorerNorm(e.name);
    const same = golds.filter((g) => [g.name, ...(g.aliases ?? [])].some((n) => key(n) === k));
    if (same.length && !same.some((g) => typeOk(e.type, g))) return { e, cause: `wrong type (gold ${same[0]!.type})` };
    if (same.length) return { e, cause: 'duplicate' };
    for (const g of golds) {
      if (!typeOk(e.type, g)) continue;
      for (const n of [g.name, ...(g.aliases ?? [])]) {
        const gw = scorerNorm(n);
        if (within(w, gw)) return { e, cause: 'longer than gold' };
        if (within(gw, w)) return { e, cause: 'shorter than gold' };
      }
    }
    return { e, cause: 'not in gold' };
  });
}

const sentsOf = (out: SysAnalysis): { start: number; end: number; kind?: string }[] =>
  (out as { sentences?: { start: number; end: number; kind?: string }[] }).sentences ?? [];

function main(): void {
  const args = process.argv.slice(2);
  const counts = args.includes('--counts');
  const byRule = args.includes('--by-rule');
  const dir = args.find((a) => !a.startsWith('--'));
  const err = folderArgError('entity-errors: usage: node dist/eval/entity-errors.js FOLDER [--counts] [--by-rule]', dir);
  if (err) { console.error(err); process.exitCode = 2; return; }
  const golds: string[] = [];
  const walk = (p: string): void => {
    if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) walk(join(p, f));
    else if (p.endsWith('gold.json')) golds.push(p);
  };
  walk(resolve(dir!));
  const missKinds: string[] = [], fpKinds: string[] = [], fpDetails: string[] = [], tpDetails: string[] = [];
  let tp = 0, sys = 0, gall = 0;
  for (const gp of golds) {
    const gold = JSON.parse(readFileSync(gp, 'utf8')) as Gold;
    if (gold.story || !gold.file) continue;
    const label = gp.split('/').slice(-1)[0]!.replace(/\.gold\.json$/, '');
    const text = readFileSync(join(dirname(gp), gold.file), 'utf8');
    const meta: Record<string, string> = {};
    if (gold.publishedAt) meta.publishedAt = gold.publishedAt;
    if (gold.outlet) meta.outlet = gold.outlet;
    if (gold.title) meta.title = gold.title;
    const out = analyze(text, meta) as unknown as SysAnalysis;
    const kinds = entityMissKinds(gold, out, { detail: byRule }).filter((k) => k.startsWith('entity missed'));
    const fps = falsePositives(gold, out);
    const nSys = (out.entities ?? []).filter((e) => SCORED.has(e.type)).length;
    sys += nSys; gall += (gold.entities ?? []).length; tp += nSys - fps.length;
    missKinds.push(...kinds); fpKinds.push(...fps.map((f) => `${f.e.type}: ${f.cause}`));
    if (byRule) {
      fpDetails.push(...fps.map((f) => `${f.e.type}: ${f.cause} [${entityFacts(f.e, gold.entities ?? [], out.document?.text ?? '', sentsOf(out))}]`));
      const fpSet = new Set(fps.map((f) => f.e));
      tpDetails.push(...(out.entities ?? []).filter((e) => SCORED.has(e.type) && !fpSet.has(e))
        .map((e) => `${e.type}: matched [${entityFacts(e, gold.entities ?? [], out.document?.text ?? '', sentsOf(out))}]`));
    }
    if (counts) continue;
    // the miss kinds come in gold order, one per missed gold entity: pair them with the names again
    const ents = (out.entities ?? []).filter((e) => SCORED.has(e.type));
    const used = new Set<SysEntity>();
    let i = 0;
    for (const g of gold.entities ?? []) {
      const keys = new Set([g.name, ...(g.aliases ?? [])].map(key));
      const hit = ents.find((e) => !used.has(e) && typeOk(e.type, g) && keys.has(key(e.name)));
      if (hit) { used.add(hit); continue; }
      console.log(`${label}\tMISS\t${g.name} (${g.type})\t${kinds[i++] ?? ''}`);
    }
    for (const f of fps) console.log(`${label}\tFP\t${f.e.name} (${f.e.type})\t${f.cause}\t${(f.e.mentions ?? []).map((m) => m.text).slice(0, 3).join(' | ')}`);
  }
  console.log(`entity_p ${tp}/${sys} ${(tp / (sys || 1)).toFixed(3)}  entity_r ${tp}/${gall} ${(tp / (gall || 1)).toFixed(3)}`);
  console.log('misses by cause:'); for (const [k, n] of countKinds(missKinds)) console.log(`  ${n}\t${k}`);
  console.log('false positives by cause:'); for (const [k, n] of countKinds(fpKinds)) console.log(`  ${n}\t${k}`);
  if (byRule) {
    console.log('false positives by cause and entity facts:'); for (const [k, n] of countKinds(fpDetails)) console.log(`  ${n}\t${k}`);
    console.log('matched entities by entity facts:'); for (const [k, n] of countKinds(tpDetails)) console.log(`  ${n}\t${k}`);
  }
}

main();
