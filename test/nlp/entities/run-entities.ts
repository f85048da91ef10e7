// Shared by the entity tests that run the real entities stage (real KB) on one sentence with a pinned date:
// the run itself and two ways to read its output.
import { newDoc, type NlpDoc } from '../../../src/nlp/doc.js';
import { entitiesStage } from '../../../src/nlp/entities/index.js';

export function run(text: string, publishedAt = '2024-03-26'): NlpDoc {
  const doc = newDoc({ id: 'x', text, language: 'en', publishedAt });
  entitiesStage.run(doc);
  return doc;
}

/** "name:TYPE" of every entity, sorted: the assertion message that shows what was found instead. */
export const names = (doc: NlpDoc): string => doc.entities.map((e) => `${e.name}:${e.type}`).sort().join(', ');

/** The entity with a mention spelled exactly `surface`. */
export const bySurface = (doc: NlpDoc, surface: string) => doc.entities.find((e) => e.mentions.some((m) => doc.text.slice(m.start, m.end) === surface));
