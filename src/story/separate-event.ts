// A separate incident of the story's kind near the story: a second factory fire in the same district two days later,
// a new forest fire in the same region the next day. Its report shares the district, the officials, the agencies and
// the trade's words with the story's reports, and may not name the story at all (or only in a background sentence);
// what tells it apart is its own lead event: introduced as new ('A fire broke out at …', 'A new wildfire …'), dated on
// another day than the story's event, and at a site of its own.

import { incidentKind, isIncidentType, namedOutsideRecall, ownDayApartWhyNot, storyKindCount, storyKindQuorum, storyPlaces, type OwnLead } from './lead-event.js';

/** A place key of a site (a plant, a mine, a station: an unlinked FAC), as `termKey` gives it. */
const SITE_KEY = /^n:FAC:/;

/**
 * Whether a report leads with a separate incident of the story's kind: all of
 * - the story has two reports or more that carry places, and its leads carry the incident's kind (see `storyKindCount`:
 *   a third of them, two at least when it has three reports or more);
 * - the report's own lead event of that kind (a fire, a blast, an accident, a disaster: data/lexicon/
 *   story-incident-kinds.txt; not a death toll or a rescue, which any report of the story leads with) is introduced as
 *   new (see `introducedAsNew`: 'A fire broke out', 'A new wildfire'; not 'The blaze that began on Saturday') and dated
 *   by its own sentence, on another day than every lead event of its kind the story's reports date (one at least);
 * - it is placed at a place of its own: a town or village no lead of the story names, that the report names in two
 *   sentences or more outside recall (or in one, when none of the story's reports names it at all), or a site (a
 *   plant, a mine) no lead of the story names; and not at the story's site (a town or site that half of the story's
 *   reports place their lead event of the kind at), unless its own place is a site of its own (another factory in the
 *   same town).
 * Gives why it does not (undefined when it does). A later report of the story names its event back ('The fire that
 * started near X reached Y on Tuesday'), dates it on the story's day ('Friday's blast set fire to a warehouse next
 * door'), or gives a new toll: none of these is a new event of the kind on another day.
 */
export function separateEventWhyNot(p: OwnLead, members: readonly OwnLead[]): string | undefined {
  if (!p.leadAt?.size || !p.places || !p.fresh?.size || !p.days?.size) return 'its lead has no dated new event of its own';
  const st = storyPlaces(members, p);
  if (st.n < 2) return 'fewer than two of the story\'s reports carry places';
  const minType = storyKindQuorum(st.n);
  const others = members.filter((m) => m !== p);
  const leadNamed = (k: string) => st.lead(`L:${k}`) > 0;
  const fore = (k: string) => namedOutsideRecall(p, k);
  const broad = (k: string) => !!p.kinds?.get(k)?.broad;
  let why = 'none of its lead events is a new incident of the story\'s kind';
  for (const [t, at] of p.leadAt) {
    if (!isIncidentType(t) || !p.fresh.has(t) || storyKindCount(st, t) < minType) continue;
    const kind = incidentKind(t);
    const apart = ownDayApartWhyNot(p, t, members);
    if (apart) { why = apart; continue; }
    // the story's site: the towns and sites half of its placed reports place their lead event of the kind at
    const siteCount = new Map<string, number>();
    for (const m of others) {
      const ks = new Set<string>();
      for (const [u, ps] of m.leadAt ?? []) if (incidentKind(u) === kind) for (const k of ps) if (!m.kinds?.get(k)?.broad) ks.add(k);
      for (const k of ks) siteCount.set(k, (siteCount.get(k) ?? 0) + 1);
    }
    const storySite = (k: string) => (siteCount.get(k) ?? 0) * 2 >= st.n;
    const ownSite = [...at].find((k) => SITE_KEY.test(k) && !leadNamed(k) && !storySite(k) && fore(k) >= 1);
    const ownTown = [...at].find((k) => !SITE_KEY.test(k) && !broad(k) && !leadNamed(k) && (fore(k) >= 2 || (fore(k) >= 1 && st.named(k) === 0)));
    if (!ownSite && !ownTown) { why = 'its new incident is at no place of its own'; continue; }
    if (!ownSite && [...at].some((k) => !broad(k) && storySite(k))) { why = 'its new incident is at the story\'s site'; continue; }
    if (ownSite && [...at].some((k) => SITE_KEY.test(k) && storySite(k))) { why = 'its new incident is at the story\'s site'; continue; }
    return undefined;
  }
  return why;
}
