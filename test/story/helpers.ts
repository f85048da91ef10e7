// Building a whole story from synthetic reports through the real pipeline (analyze → buildStory), for the story tests.
import { analyze } from '../../src/analyze.js';
import { buildStory, type StoryDoc } from '../../src/story/build.js';
import type { Fact, Story } from '../../src/story/types.js';
import { profilesFrom, terms } from '../../src/story/group.js';

/** Reports as [outlet, publication day, text] (distinct texts: a document's id is its text's hash). */
export function story(reports: [string, string, string][]): Story {
  const docs: StoryDoc[] = reports.map(([outlet, date, text]) => {
    const a = analyze(text, { publishedAt: date, outlet });
    return { a, row: { id: a.document.id, outlet, publishedAt: date } };
  });
  return buildStory('s', docs);
}
export const factsOf = (s: Story, attribute: string): Fact[] => s.facts.filter((f) => f.attribute === attribute);

/**
 * The grouping profiles of a story's reports ([publication day, headline, text]) and of one more report ([id, day,
 * headline, text]), with one document-frequency table over all of them; every text opens with its headline, as a
 * feed's would.
 */
export function storyProfiles(reports: readonly [string, string, string][], extra: readonly [string, string, string, string]) {
  const tfs = new Map<string, Map<string, number>>(); const pub = new Map<string, string>();
  reports.forEach(([d, t, x], i) => { tfs.set(`s${i}`, terms(analyze(`${t}\n\n${x}`, { publishedAt: d, title: t }))); pub.set(`s${i}`, d); });
  const [id, d, t, x] = extra;
  tfs.set(id, terms(analyze(`${t}\n\n${x}`, { publishedAt: d, title: t }))); pub.set(id, d);
  const P = profilesFrom(tfs, (k) => pub.get(k));
  return { members: reports.map((_, i) => P.get(`s${i}`)!), p: P.get(id)! };
}
