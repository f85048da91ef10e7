// The entities stage: recognises named mentions (KB gazetteer + perceptron tagger + lexicon rules), links them to
// the knowledge base, merges them into one entity per referent and adds geo / ISO codes. See README in this folder.
import type { Entity } from '../../core/types.js';
import { explain, type NlpDoc, type Stage } from '../doc.js';
import { currentKb } from './kbview.js';
import { collectCandidates, locativeCandidates, select, sentenceRanges, tagDocument } from './recognize.js';
import { resolve } from './resolve.js';
import { defaultTagger } from './tagger.js';
import { docTokens } from './tokenize.js';

export { resolvePronoun } from './pronoun.js';
export { setEntityKb } from './kbview.js';

export function recognizeEntities(doc: NlpDoc): Entity[] {
  const toks = docTokens(doc);
  if (!toks.length) return [];
  const kb = currentKb();
  const sents = sentenceRanges(toks);
  const lowerSeen = new Set<string>();
  for (const t of toks) if (t.isWord && !t.cap && !t.headline) lowerSeen.add(t.lower);
  const labels = tagDocument(defaultTagger(), toks, sents, lowerSeen);
  const inp = { text: doc.text, toks, sents, kb, labels, lowerSeen };
  const cands = collectCandidates(inp);
  const { chosen, taken } = select(cands, toks.length);
  const loc = locativeCandidates(inp, taken);
  const all = loc.length ? [...chosen, ...loc].sort((a, b) => a.s - b.s) : chosen;
  const year = doc.anchorDate ? Number(doc.anchorDate.slice(0, 4)) : 9999;
  const ents = resolve({ text: doc.text, toks, kb, year }, all);
  explain(doc, 'entities', () => `${toks.length} tokens, ${cands.length} candidates, ${all.length} mentions, ${ents.length} entities`);
  return ents;
}

export const entitiesStage: Stage = {
  name: 'entities',
  reads: ['sentences', 'tokens'],
  writes: ['entities'],
  run(doc: NlpDoc) {
    doc.entities = recognizeEntities(doc);
  },
};
