// Whether a speaker belongs to another country than the dateline's town: "KYIV, Ukraine (AP) — Russian President
// Vladimir Putin said …" was not said in Kyiv, nor did what Putin reports ("talks with the United States would begin")
// happen there. A speaker's country comes from a nationality in its title ("Russian President Vladimir Putin"), from
// the entity's own country (a state, a town) or from the knowledge base (a person's or a body's country).
import type { AttributionLink, Entity } from '../../core/types.js';
import { entityCountry } from './country.js';
import { PRE_TITLE } from './words.js';
import { type Ctx, type Draft } from './context.js';

/** The country a nationality before the speaker's title names ("Russian President Vladimir Putin", "Russia's foreign
 * minister Sergei Lavrov"): the place mention at most five title words before the mention starting at t0. */
function titleCountry(ctx: Ctx, t0: number, s0: number): string | undefined {
  let k = t0 - 1;
  for (let n = 0; n < 5 && k >= s0 && ctx.ments.at[k]! < 0 && (PRE_TITLE.has(ctx.low[k]!) || ctx.low[k] === "'s" || ctx.low[k] === '’s'); n++) k--;
  if (k === t0 - 1 || k < s0) return undefined;
  const mi = ctx.ments.at[k]!;
  const m = mi >= 0 ? ctx.ments.list[mi]! : undefined;
  if (!m || m.pseudo || m.type !== 'GPE') return undefined;
  const e = ctx.ments.byId.get(m.ids[0]!);
  return e ? e.geo?.country ?? e.iso : undefined;
}

/** Whether a speaker among `ids` is known to belong to another country than `iso`, and none is known to belong to it. */
export function foreignSpeaker(ctx: Ctx, ids: readonly string[], iso: string, sentence: number): boolean {
  if (!ids.length) return false;
  const range = ctx.sentRange[sentence];
  let other = false;
  for (const id of ids) {
    const e = ctx.ments.byId.get(id);
    if (!e) continue;
    let c = entityCountry(e);
    if (!c && range) {
      for (let k = range[0]; k < range[1] && !c; k++) {
        const mi = ctx.ments.at[k]!;
        if (mi < 0) continue;
        const m = ctx.ments.list[mi]!;
        if (m.t0 === k && m.ids.includes(id)) c = titleCountry(ctx, k, range[0]);
        k = m.t1;
      }
    }
    if (c === iso) return false;
    if (c) other = true;
  }
  return other;
}

/** The speaker of the reported words holding a draft's trigger: the named source of the smallest claim around it whose
 * cue lies outside the trigger itself. */
export function reportedBy(ctx: Ctx, d: Draft): string[] {
  return reportedLinks(ctx, d).map((l) => l.entity!);
}

/** The attribution links behind `reportedBy`: those of the smallest claim around the trigger that name a known entity,
 * with their cues outside the trigger. */
export function reportedLinks(ctx: Ctx, d: Draft): AttributionLink[] {
  const a = ctx.toks[d.t0]!.start, b = ctx.toks[d.t1]!.end;
  let best: { size: number; links: AttributionLink[] } | undefined;
  for (const c of ctx.doc.claims ?? []) {
    if (c.start > a || c.end < b || (best && c.end - c.start >= best.size)) continue;
    const links = (c.attribution ?? []).filter((l) => l.entity && ctx.ments.byId.has(l.entity) && (!l.cueSpan || l.cueSpan.end <= a || l.cueSpan.start >= b));
    if (links.length) best = { size: c.end - c.start, links };
  }
  return best?.links ?? [];
}
