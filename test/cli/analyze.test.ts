import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../src/core/shared.js';
import type { Analysis } from '../../src/core/types.js';
import { runCli } from '../helpers/cli.js';
import { needShared } from '../helpers/shared.js';
import { schemaErrors } from '../helpers/schema.js';
import { assertSpansMatch } from '../helpers/spans.js';
import { sha256 } from '../../src/ingest/normalize.js';

const EXAMPLE = join(projectRoot, 'examples', 'kim-train-summit.txt');

describe('analyze --json', () => {
  it('validates against the analysis-v1 schema, with exact offsets, on the bundled example', () => {
    const r = runCli(['analyze', EXAMPLE, '--json', '--published', '2023-09-11', '--outlet', 'Example Wire', '--title', 'T']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const a = JSON.parse(r.stdout) as Analysis;
    assert.equal(schemaErrors(a), '');
    assertSpansMatch(a);
    assert.equal(a.document.id, sha256(a.document.text));
    assert.equal(a.document.publishedAt, '2023-09-11');
    assert.equal(a.document.outlet, 'Example Wire');
    assert.equal(a.document.title, 'T');
    assert.equal(a.document.language, 'en');
    assert.ok(a.sentences.length >= 8, `found ${a.sentences.length} sentences`);
  });

  it('--explain names the rule or model behind every annotation (provenance)', () => {
    const r = runCli(['analyze', EXAMPLE, '--published', '2023-09-11', '--explain', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as Analysis;
    const lines = r.stderr.trim().split('\n');
    const mentions = a.entities.reduce((n, e) => n + e.mentions.length, 0);
    assert.ok(lines.length >= mentions + a.times.length + a.quantities.length + a.claims.length + a.events.length);
    assert.deepEqual(lines.filter((l) => !l.startsWith('explain ') || l.includes('← unrecorded')), []);
  });

  it('is deterministic: same input, same output', () => {
    const a = runCli(['analyze', EXAMPLE, '--json', '--published', '2023-09-11']);
    const b = runCli(['analyze', EXAMPLE, '--json', '--published', '2023-09-11']);
    assert.equal(a.code, 0);
    assert.equal(a.stdout, b.stdout);
  });

  it('reads stdin with "-"', () => {
    const r = runCli(['analyze', '-', '--json'], 'Officials said the bridge reopened on Monday.');
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as Analysis;
    assert.equal(a.document.text, 'Officials said the bridge reopened on Monday.');
    assert.equal(a.document.publishedAt, undefined);
    assert.equal(schemaErrors(a), '');
  });

  it('normalises text safely and indexes offsets into the returned text', () => {
    const raw = '\uFEFFCafe\u0301 owner\u00A0said:\r\n\r\n\r\n\r\n“We reopen on Monday.”  \r\nZero\u200Bwidth.';
    const r = runCli(['analyze', '-', '--json'], raw);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as Analysis;
    assert.equal(a.document.text, 'Café owner said:\n\n“We reopen on Monday.”\nZerowidth.');
    assertSpansMatch(a);
  });

  it('prints a readable report without --json, and no colour when piped', () => {
    const r = runCli(['analyze', EXAMPLE, '--published', '2023-09-11']);
    assert.equal(r.code, 0, r.stderr);
    for (const section of ['Entities', 'Times', 'Quantities', 'Claims', 'Events', 'Checks']) {
      assert.match(r.stdout, new RegExp(`^${section} \\(\\d+\\)$`, 'm'));
    }
    assert.doesNotMatch(r.stdout, /\x1b\[/);
  });

  it('analyses the shared kim-train article: schema-valid, sentences and offsets right', (t) => {
    const { dir, skip } = needShared('the kim-train article check');
    if (skip) { t.skip(skip); return; }
    const file = join(dir!, 'examples', 'kim-train', 'article.txt');
    const r = runCli(['analyze', file, '--json', '--published', '2023-09-11', '--outlet', 'BBC']);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as Analysis;
    assert.equal(schemaErrors(a), '');
    assertSpansMatch(a);
    const text = readFileSync(file, 'utf8').trim();
    assert.equal(a.document.text, text.normalize('NFC'));
    // ten lines, thirteen sentences; the quote “in the coming days.” closes its sentence
    assert.equal(a.sentences.length, 13);
    assert.equal(a.document.text.slice(a.sentences[0]!.start, a.sentences[0]!.end).endsWith('Vladimir Putin.'), true);
  });
});

describe('analyze batch (.jsonl)', () => {
  it('streams one analysis per line, skips malformed lines with their line number, exits 2 at the end', () => {
    const jsonl = [
      JSON.stringify({ text: 'The ministry said on Friday that talks would resume.', publishedAt: '2023-03-03', outlet: 'A' }),
      '{"text": broken',
      '',
      JSON.stringify({ html: '<html><head><title>Page</title></head><body><article><p>Rescuers reached the village on Sunday after the storm.</p></article></body></html>' }),
      JSON.stringify({ title: 'no text' }),
    ].join('\n');
    const r = runCli(['analyze', '-', '--format', 'jsonl', '--json'], jsonl);
    assert.equal(r.code, 2);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    const first = JSON.parse(lines[0]!) as Analysis;
    assert.equal(first.document.outlet, 'A');
    assert.equal(first.document.publishedAt, '2023-03-03');
    const second = JSON.parse(lines[1]!) as Analysis;
    assert.match(second.document.text, /Rescuers reached the village/);
    assert.equal(schemaErrors(first), '');
    assert.equal(schemaErrors(second), '');
    assert.match(r.stderr, /line 2: not valid JSON/);
    assert.match(r.stderr, /line 5: needs a "text" or "html" string/);
  });

  it('exits 0 when every line is good', () => {
    const r = runCli(['analyze', '-', '--format', 'jsonl', '--json'], '{"text":"One."}\n{"text":"Two."}\n');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim().split('\n').length, 2);
  });
});
