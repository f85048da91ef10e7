// How often each attribution rule of ours is right, told with no text of the report: for every gold claim we found,
// the rules of our chain's links (outermost first, "outlet" for none) with the cue word when it is one of ours, and
// whether the chain matched. A rule that is mostly wrong on held-out news is a rule to narrow; one that is mostly
// right is one to keep when fixing its misses.
import { claimAt } from './claim-shape.js';
import { cueWord, nameMatch, type AttrAnalysis } from './attribution-miss.js';

type Link = { source?: string; kind?: string; cue?: string; rule?: string; entity?: string };
type GoldClaim = { anchor: string; attribution: string[][] };

const linkOk = (l: Link, g: string, ents: Map<string, string>): boolean =>
  g === 'UNNAMED' ? l.kind === 'UNNAMED' : nameMatch(l.source ?? '', g) || (!!l.entity && !!ents.get(l.entity) && nameMatch(ents.get(l.entity)!, g));

/** A link's rule without its "attr." prefix, with its cue word when the word is ours. */
export function ruleLabel(l: Link, withCue: boolean): string {
  const r = (l.rule ?? 'no rule').replace(/^attr\./, '');
  if (!withCue) return r;
  return `${r} ${cueWord(l.cue)}`;
}

/** One "RULES ok|wrong" key per gold claim we found, by rule sequence and (single links) by rule and cue. */
export function attributionRuleKeys(gold: { claims?: GoldClaim[] }, out: AttrAnalysis): string[] {
  const keys: string[] = [];
  if (!out?.document?.text) return keys;
  const ents = new Map((out.entities ?? []).map((e) => [e.id, e.name]));
  for (const g of gold.claims ?? []) {
    const c = claimAt(out, g.anchor);
    if (!c) continue;
    const got = (c.attribution ?? []) as Link[];
    const ok = g.attribution.some((alt) => alt.length === got.length && alt.every((n, i) => linkOk(got[i]!, n, ents)));
    const verdict = ok ? 'ok' : 'wrong';
    keys.push(`by rules: ${got.length ? got.map((l) => ruleLabel(l, false)).join(' > ') : 'outlet'} ${verdict}`);
    if (got.length === 1) keys.push(`by rule and cue: ${ruleLabel(got[0]!, true)} ${verdict}`);
  }
  return keys;
}

/** Counts of "KEY ok|wrong" keys folded to "KEY: ok N, wrong M", most used first. */
export function foldRuleKeys(keys: string[]): Array<[string, number, number]> {
  const m = new Map<string, [number, number]>();
  for (const k of keys) {
    const ok = k.endsWith(' ok');
    const base = k.replace(/ (ok|wrong)$/, '');
    const v = m.get(base) ?? [0, 0];
    v[ok ? 0 : 1]++;
    m.set(base, v);
  }
  return [...m.entries()].map(([k, [o, w]]) => [k, o, w] as [string, number, number]).sort((a, b) => (b[1] + b[2]) - (a[1] + a[2]) || a[0].localeCompare(b[0]));
}
