// The error catalogue. Every error a user can cause has a code and exits 2; internal errors exit 1.
// Codes are stable: tests and scripts may match on them.

export const ERRORS = {
  E001: 'file not found',
  E002: 'empty input',
  E003: 'binary input',
  E004: 'invalid --published date',
  E005: 'unsupported file type',
  E006: 'input too large',
  E007: 'malformed JSONL line',
  E008: 'unknown command or option',
  E009: 'missing argument',
  E010: 'HTML without article text',
  E011: 'not a file',
  E012: 'cannot open the database',
  E100: 'internal error in a pipeline stage',
} as const;
export type ErrorCode = keyof typeof ERRORS;

/** An error caused by the user's input: one line on stderr, exit 2. */
export class InputError extends Error {
  readonly code: ErrorCode;
  readonly exitCode = 2;
  constructor(code: ErrorCode, detail: string) {
    super(`${ERRORS[code]}: ${detail}`);
    this.code = code;
    this.name = 'InputError';
  }
}

/** A bug: a stage threw. Exit 1, naming the stage. */
export class StageError extends Error {
  readonly code: ErrorCode = 'E100';
  readonly exitCode = 1;
  readonly stage: string;
  constructor(stage: string, cause: unknown) {
    super(`internal error in stage "${stage}": ${cause instanceof Error ? cause.message : String(cause)}`);
    this.stage = stage;
    this.name = 'StageError';
    this.cause = cause;
  }
}
