import assert from 'node:assert/strict';
import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-errors-'));
const file = (name: string, data: string | Buffer): string => { const p = join(dir, name); writeFileSync(p, data); return p; };

/** The error catalogue: each bad input gets one line on stderr naming the problem, nothing on stdout, exit 2. */
const CASES: { name: string; args: () => string[]; stdin?: string | Buffer; expect: RegExp; code?: number }[] = [
  { name: 'missing file', args: () => ['analyze', join(dir, 'nope.txt')], expect: /file not found: .*nope\.txt does not exist \[E001\]/ },
  { name: 'empty file', args: () => ['analyze', file('empty.txt', '')], expect: /empty input.*\[E002\]/ },
  { name: 'whitespace-only file', args: () => ['analyze', file('ws.txt', ' \n\t\u00A0\r\n  ')], expect: /empty input.*\[E002\]/ },
  { name: 'empty stdin', args: () => ['analyze', '-'], stdin: '', expect: /empty input.*\[E002\]/ },
  { name: 'binary with NUL bytes', args: () => ['analyze', file('bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]))], expect: /binary input: .*NUL bytes.*\[E003\]/ },
  { name: 'mostly invalid UTF-8', args: () => ['analyze', file('latin.txt', Buffer.from(Array.from({ length: 200 }, (_, i) => 0x80 + (i % 60))))], expect: /binary input: .*not valid UTF-8.*\[E003\]/ },
  { name: 'impossible --published date', args: () => ['analyze', file('ok1.txt', 'Fine text.'), '--published', '2023-02-30'], expect: /invalid --published date: .*2023-02-30.*not a real calendar date \[E004\]/ },
  { name: 'non-date --published', args: () => ['analyze', file('ok2.txt', 'Fine text.'), '--published', 'yesterday'], expect: /invalid --published date: .*YYYY-MM-DD \[E004\]/ },
  { name: 'unsupported extension', args: () => ['analyze', file('doc.pdf', '%PDF-1.4')], expect: /unsupported file type: .*"\.pdf" files are not supported.*\[E005\]/ },
  { name: 'a directory', args: () => { mkdirSync(join(dir, 'sub.txt'), { recursive: true }); return ['analyze', join(dir, 'sub.txt')]; }, expect: /not a file: .*is not a regular file \[E011\]/ },
  { name: 'input over 50 MB', args: () => { const p = join(dir, 'big.txt'); const fd = openSync(p, 'w'); ftruncateSync(fd, 51 * 1024 * 1024); closeSync(fd); return ['analyze', p]; }, expect: /input too large: .*51\.0 MB; the limit is 50 MB \[E006\]/ },
  { name: 'unknown option', args: () => ['analyze', file('ok3.txt', 'Fine.'), '--frobnicate'], expect: /unknown command or option: .*--frobnicate.*\[E008\]/ },
  { name: 'no FILE', args: () => ['analyze'], expect: /missing argument: no FILE given/ },
  { name: 'no command', args: () => [], expect: /missing argument: no command given.*\[E009\]/ },
  { name: 'unknown command', args: () => ['analyse-this'], expect: /unknown command or option: "analyse-this" is not a command.*\[E008\]/ },
  { name: 'HTML with no text', args: () => ['analyze', file('blank.html', '<html><body><script>var x=1</script></body></html>')], expect: /HTML without article text.*\[E010\]/ },
  { name: 'stories on a missing database', args: () => ['stories', '--db', join(dir, 'none.db')], expect: /cannot open the database: no database at .*none\.db.*\[E012\]/ },
  { name: 'a file that is not a database', args: () => ['stories', '--db', file('notdb.db', 'just text, not SQLite '.repeat(100))], expect: /cannot open the database: .*notdb\.db.*\[E012\]/ },
  { name: 'bad --format', args: () => ['analyze', '-', '--format', 'pdf'], stdin: 'x', expect: /unsupported file type: --format "pdf"/ },
];

describe('error catalogue', () => {
  for (const c of CASES) {
    it(`${c.name}: one line on stderr, nothing on stdout, exit ${c.code ?? 2}`, () => {
      const r = runCli(c.args(), c.stdin ?? '');
      assert.equal(r.code, c.code ?? 2, `exit code (stderr: ${r.stderr})`);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, c.expect);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1, `one line: ${r.stderr}`);
      assert.match(r.stderr, /^newsgraph: /);
    });
  }

  it('a good file next to the bad ones still works (negative control)', () => {
    const r = runCli(['analyze', file('good.txt', 'The council met on Tuesday.'), '--published', '2024-01-04', '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
  });
});
