// Building a whole story from synthetic reports through the real pipeline (analyze → buildStory), for the story tests.
import { analyze } from '../../src/analyze.js';
import { buildStory, type StoryDoc } from '../../src/story/build.js';
import type { Fact, Story } from '../../src/story/types.js';

/** Reports as [outlet, publication day, text] (distinct texts: a document's id is its text's hash). */
export function story(reports: [string, string, string][]): Story {
  const docs: StoryDoc[] = reports.map(([outlet, date, text]) => {
    const a = analyze(text, { publishedAt: date, outlet });
    return { a, row: { id: a.document.id, outlet, publishedAt: date } };
  });
  return buildStory('s', docs);
}
export const factsOf = (s: Story, attribute: string): Fact[] => s.facts.filter((f) => f.attribute === attribute);
