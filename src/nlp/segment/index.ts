import type { Sentence } from '../../core/types.js';
import type { NlpDoc, Stage } from '../doc.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/**
 * Segment stage: tokens and sentences, all as offsets into doc.text.
 *
 * Token conventions (what later stages can rely on):
 * - every non-space character is in exactly one token; tokens never span a newline;
 * - WORD: letters/digits with inner hyphens ("Jong-un", "then-US", "F-16", "59-year-old"),
 *   abbreviations with their periods ("U.S.", "Mr.", "a.m.", "Sept.", "W."), URLs, e-mails,
 *   "@handle", "#tag", units ("km/h", "mm" split off "122mm"), clitics ("’s", "n't", "'re");
 * - NUMBER: "1,180", "71.4", "3.0.1", "10:30", "24/7", "2023-09-11", "21st", "1990s", "’90s";
 * - PUNCT: . , ; : ( ) [ ] - — and runs "...", "?!", "--";
 * - SYMBOL: $ € £ % & # * ° "°C", emoji; QUOTE: " ' “ ” ‘ ’ « » and `` ''.
 * Sentences: trimmed, ordered, non-overlapping; `paragraph` counts blank-line blocks (and lines,
 * in one-paragraph-per-line copy); `kind` is HEADLINE, BYLINE, DATELINE or BODY.
 */
export const segmentStage: Stage = {
  name: 'segment',
  reads: [],
  writes: ['sentences', 'tokens'],
  run(doc: NlpDoc) {
    const { tokens, sentences } = segment(doc.text);
    markTitle(doc.text, sentences, doc.info.title);
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

/**
 * When the caller gave the title and the text opens with it, that opening is the headline even
 * if it ends in a full stop ("Federal court rules against the state." as first line).
 */
function markTitle(text: string, sentences: Sentence[], title: string | undefined): void {
  const t = title?.trim();
  if (!t || sentences.length < 2) return;
  const first = sentences[0];
  if (text.slice(first.start, first.end) === t || text.slice(first.start, first.end).replace(/\s+/g, ' ') === t.replace(/\s+/g, ' ')) {
    first.kind = 'HEADLINE';
  }
}
