import { InputError, StageError } from '../core/errors.js';
import { processIo, type Command, type Io } from './io.js';

// A non-literal specifier keeps commands that a build lacks from failing the whole CLI at load time.
const lazy = (name: string) => (): Promise<{ default: Command }> => import(`./${name}.js`);

/** One file per command; loaded lazily so `analyze` does not pay for the store or the server. */
const COMMANDS: Record<string, { help: string; load: () => Promise<{ default: Command }> }> = {
  analyze: { help: 'analyze FILE|- [--published YYYY-MM-DD] [--outlet NAME] [--title T] [--url U] [--json]', load: lazy('analyze') },
  ingest: { help: 'ingest PATH|URL... [--db FILE|URL] [--workers N] [--allow-private]', load: lazy('ingest') },
  stories: { help: 'stories [--db FILE|URL] [--json]', load: lazy('stories') },
  export: { help: 'export --format jsonl|csv|graphml [--db FILE|URL]', load: lazy('export') },
  serve: { help: 'serve [--db FILE|URL] [--port 8080] [--host 127.0.0.1]', load: lazy('serve') },
};

export function usage(): string {
  return ['usage: newsgraph COMMAND [options]', '', 'commands:', ...Object.values(COMMANDS).map((c) => `  newsgraph ${c.help}`),
    '', 'Run `newsgraph COMMAND --help` for details. Exit codes: 0 ok, 2 bad input, 1 internal error.', ''].join('\n');
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) { io.err(`newsgraph: missing argument: no command given (try: ${Object.keys(COMMANDS).join(', ')}, or --help) [E009]\n`); return 2; }
  if (name === '--help' || name === '-h' || name === 'help') { io.out(usage()); return 0; }
  if (name === '--version') { io.out('newsgraph 0.1.0\n'); return 0; }
  const cmd = COMMANDS[name];
  if (!cmd) { io.err(`newsgraph: unknown command or option: "${name}" is not a command (try: ${Object.keys(COMMANDS).join(', ')}) [E008]\n`); return 2; }
  try {
    let mod: { default: Command };
    try { mod = await cmd.load(); } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((e as Error).message).includes(`/cli/${name}.js`)) {
        io.err(`newsgraph: the "${name}" command is not available in this build\n`);
        return 1;
      }
      throw e;
    }
    return await mod.default(rest, io);
  } catch (e) {
    return reportError(e, io);
  }
}

/** One line on stderr: user mistakes exit 2, bugs exit 1 naming the stage. */
export function reportError(e: unknown, io: Io): number {
  if (e instanceof InputError) { io.err(`newsgraph: ${e.message} [${e.code}]\n`); return 2; }
  if (e instanceof StageError) { io.err(`newsgraph: ${e.message}\n`); return 1; }
  const err = e as Error;
  io.err(`newsgraph: internal error: ${err?.message ?? String(e)}\n`);
  if (process.env.NEWSGRAPH_DEBUG) io.err(`${err?.stack}\n`);
  return 1;
}
