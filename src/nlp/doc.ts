import type {
  Check, Claim, DocumentInfo, Entity, NewsEvent, Quantity, Sentence, TimeExpr, Token,
} from '../core/types.js';

/** The layers a stage may read or write. */
export type Layer = 'sentences' | 'tokens' | 'entities' | 'times' | 'quantities' | 'claims' | 'events' | 'checks';

/**
 * The working document that flows through the pipeline. It owns the text and every annotation;
 * stages add to its layers and never re-read raw input. All offsets index into `text`.
 */
export interface NlpDoc {
  readonly text: string;
  readonly info: DocumentInfo;
  /** Publication date as YYYY-MM-DD when known (from metadata or a dateline). */
  anchorDate?: string;
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  times: TimeExpr[];
  quantities: Quantity[];
  claims: Claim[];
  events: NewsEvent[];
  checks: Check[];
  /** Reasons for decisions, collected only when `verbose` is on (compromise-style explainability). */
  trace?: string[];
}

export interface Stage {
  readonly name: string;
  readonly reads: readonly Layer[];
  readonly writes: readonly Layer[];
  run(doc: NlpDoc): void;
}

export function newDoc(info: DocumentInfo, verbose = false): NlpDoc {
  return {
    text: info.text,
    info,
    anchorDate: info.publishedAt ? info.publishedAt.slice(0, 10) : undefined,
    sentences: [], tokens: [], entities: [], times: [], quantities: [], claims: [], events: [], checks: [],
    trace: verbose ? [] : undefined,
  };
}

/** Records why a decision was taken, when tracing is on. Cheap when off. */
export function explain(doc: NlpDoc, stage: string, msg: () => string): void {
  if (doc.trace) doc.trace.push(`${stage}: ${msg()}`);
}
