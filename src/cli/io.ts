import { InputError } from '../core/errors.js';

/** Where a command writes. Tests pass their own; the CLI passes process streams. */
export interface Io {
  /** Returns false when the consumer is slow; then await `drain()` before writing more. */
  out: (s: string) => boolean | void;
  drain?: () => Promise<void>;
  err: (s: string) => void;
  /** Colour allowed (a TTY, and NO_COLOR unset). */
  color: boolean;
  /** stderr is a TTY (progress bars). */
  errTty: boolean;
  stdin: NodeJS.ReadableStream;
}

let pipeGuard = false;
/** `newsgraph stories | head` closes our stdout early: stop quietly instead of crashing on EPIPE. */
function guardPipe(): void {
  if (pipeGuard) return;
  pipeGuard = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

export function processIo(): Io {
  guardPipe();
  return {
    out: (s) => process.stdout.write(s),
    drain: () => new Promise<void>((res) => { process.stdout.once('drain', res); }),
    err: (s) => { process.stderr.write(s); },
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    errTty: Boolean(process.stderr.isTTY),
    stdin: process.stdin,
  };
}

/** A command module: `newsgraph NAME args…` → exit code. */
export type Command = (args: string[], io: Io) => Promise<number>;

/** Turns node:util parseArgs failures into our one-line user error. */
export function usageError(e: unknown, usage: string): InputError {
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return new InputError('E008', `${msg} (usage: ${usage})`);
}
