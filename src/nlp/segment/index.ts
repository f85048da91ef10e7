import type { NlpDoc, Stage } from '../doc.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/**
 * Segment stage: tokens (WORD/NUMBER/PUNCT/SYMBOL/QUOTE) and sentences (with paragraph index and
 * HEADLINE/BYLINE/DATELINE/BODY kind), all as offsets into doc.text.
 */
export const segmentStage: Stage = {
  name: 'segment',
  reads: [],
  writes: ['sentences', 'tokens'],
  run(doc: NlpDoc) {
    const { tokens, sentences } = segment(doc.text);
    doc.tokens = tokens;
    doc.sentences = sentences;
  },
};

export { tokenize } from './tokenize.js';

/** Tokens and sentences of `text`; every token's `sentence` indexes into `sentences`. */
export function segment(text: string): Pick<NlpDoc, 'tokens' | 'sentences'> {
  const { tokens, abbr } = tokenize(text);
  const sentences = splitSentences(text, tokens, abbr);
  return { tokens, sentences };
}
