// newsgraph ingest PATH|URL... [--db FILE|URL] [--workers N] [--allow-private] [--no-stories]
import { parseArgs } from 'node:util';
import { InputError } from '../core/errors.js';
import { defaultWorkers, ingest, type IngestSummary } from '../ingest/run.js';
import { estimateTotal } from '../ingest/sources.js';
import { openStoreForCli } from '../store/open-cli.js';
import { updateStories } from '../story/index.js';
import { usageError, type Io } from './io.js';

const USAGE = 'newsgraph ingest PATH|URL... [--db FILE|postgres://…] [--workers N] [--allow-private] [--timeout SECONDS] [--no-stories]';

const HELP = `${USAGE}

Adds documents to the store and groups them into stories.
  PATH        a .txt/.html file, a folder (recursively), a .jsonl file (one {"text"|"html", publishedAt,
              outlet, title, url} a line), an RSS/Atom file (.xml/.rss/.atom), or an http(s) URL of an
              article or a feed
  --db        SQLite file (default ./newsgraph.db) or postgres://user@host/db
  --workers   analysis threads (default: number of cores; 0 analyses in the main thread)
  --allow-private   allow fetching private, loopback and link-local addresses
  --timeout   seconds per fetch (default 15)
  --no-stories      skip story grouping (run \`newsgraph stories\` later)
Re-ingesting the same text adds nothing. Exit 0 when every input was read, 2 when nothing could be read.
`;

function line(s: IngestSummary): string {
  const rate = s.ms > 0 ? ((s.added + s.nearDuplicates + s.duplicates) / (s.ms / 1000)).toFixed(1) : '0';
  return `${s.seen} read: ${s.added} added, ${s.nearDuplicates} near-duplicate, ${s.duplicates} duplicate, ${s.failed.length} failed (${rate} docs/s)`;
}

export default async function run(args: string[], io: Io): Promise<number> {
  let v;
  try {
    v = parseArgs({
      args, allowPositionals: true, strict: true,
      options: {
        db: { type: 'string' }, workers: { type: 'string' }, 'allow-private': { type: 'boolean' }, timeout: { type: 'string' },
        'no-stories': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) { throw usageError(e, USAGE); }
  if (v.values.help) { io.out(HELP); return 0; }
  if (!v.positionals.length) throw new InputError('E009', `ingest needs at least one PATH or URL (usage: ${USAGE})`);
  let workers = defaultWorkers();
  if (v.values.workers !== undefined) {
    workers = Number(v.values.workers);
    if (!/^\d+$/.test(v.values.workers) || workers > 256) throw new InputError('E008', `--workers "${v.values.workers}" is not a number from 0 to 256`);
  }
  let timeoutMs = 15000;
  if (v.values.timeout !== undefined) {
    const t = Number(v.values.timeout);
    if (!(t > 0 && t <= 600)) throw new InputError('E008', `--timeout "${v.values.timeout}" is not a number of seconds from 1 to 600`);
    timeoutMs = t * 1000;
  }
  const store = await openStoreForCli(v.values.db);
  let last = 0;
  let drawn = false;
  // a bar needs a total: counted up front on a terminal only (one quick pass over the files)
  const total = io.errTty ? await estimateTotal(v.positionals) : undefined;
  const started = Date.now();
  try {
    const summary = await ingest(store, v.positionals, {
      workers,
      fetch: { allowPrivate: Boolean(v.values['allow-private']), timeoutMs },
      onProgress: (s) => {
        const now = Date.now();
        if (io.errTty) {
          if (now - last < 100) return;
          last = now;
          let bar = '|/-\\'[Math.floor(now / 150) % 4];
          if (total) {
            const f = Math.min(1, s.seen / total);
            bar = `[${'#'.repeat(Math.round(f * 24)).padEnd(24, '-')}] ${String(Math.floor(f * 100)).padStart(3)}%`;
          }
          io.err(`\r\x1b[2K${bar} ${line(s)}`);
          drawn = true;
        } else if (now - last >= 5000 && now - started >= 5000) {
          last = now;
          io.err(`ingest: ${line(s)}\n`);
        }
      },
    });
    if (drawn) io.err('\r\x1b[2K');
    let storyNote = '';
    // also when nothing was added: a run killed after storing documents left them outside any story
    if (!v.values['no-stories']) {
      const r = await updateStories(store);
      if (r.assigned || r.rebuilt) storyNote = `; ${r.assigned} placed in stories, ${r.rebuilt} stories rebuilt, ${r.stories} stories in all`;
    }
    io.out(`added ${summary.added}, near-duplicates ${summary.nearDuplicates} (stored as copies), duplicates ${summary.duplicates} (skipped${summary.copies ? `; ${summary.copies} from other outlets recorded as copies` : ''}), failed ${summary.failed.length} — ${(summary.ms / 1000).toFixed(1)} s${storyNote}\n`);
    for (const f of summary.failed.slice(0, 50)) io.out(`  failed: ${f.source}: ${f.reason}\n`);
    if (summary.failed.length > 50) io.out(`  … and ${summary.failed.length - 50} more failures\n`);
    const read = summary.added + summary.nearDuplicates + summary.duplicates;
    if (summary.failed.length && !read) {
      io.err(`newsgraph: nothing could be ingested: ${summary.failed[0].reason}\n`);
      return 2;
    }
    return 0;
  } finally {
    await store.close();
  }
}
