export { analyze, prepareDocument } from './analyze.js';
export type { AnalyzeInput, AnalyzeOptions } from './analyze.js';
export * from './core/types.js';
export { InputError, StageError, ERRORS } from './core/errors.js';
export { STAGES, runPipeline } from './nlp/pipeline.js';
export type { NlpDoc, Stage, Layer } from './nlp/doc.js';
