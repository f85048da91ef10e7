import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../src/analyze.js';
import { projectRoot } from '../../src/core/shared.js';
import { isoDate } from '../../src/ingest/dates.js';
import { extractHtml } from '../../src/ingest/html.js';
import { InputError } from '../../src/core/errors.js';

const fixture = (n: string): string => readFileSync(join(projectRoot, 'test', 'fixtures', 'html', n), 'utf8');

describe('HTML extraction', () => {
  it('takes the article body and og:/article: metadata, leaving navigation, scripts and footers out', () => {
    const p = extractHtml(fixture('og-article.html'));
    assert.equal(p.title, 'Flood barrier fails in river town');
    assert.equal(p.outlet, 'The Valley Courier');
    assert.equal(p.url, 'https://courier.example/news/flood-barrier');
    assert.equal(p.publishedAt, '2024-03-05T13:30:00Z');
    assert.match(p.text, /temporary flood barrier in the town of Millford/);
    assert.match(p.text, /twice the March average/);
    for (const junk of ['should never appear', 'Cookie settings', 'Most read', 'Sport']) {
      assert.ok(!p.text.includes(junk), `"${junk}" left out`);
    }
    // paragraphs stay separated so sentences and paragraphs can be found
    assert.ok(p.text.split('\n\n').length >= 4);
  });

  it('reads JSON-LD NewsArticle inside @graph and survives a broken JSON-LD block', () => {
    const p = extractHtml(fixture('jsonld-article.html'));
    assert.equal(p.title, 'Port strike enters third day');
    assert.equal(p.outlet, 'Harbour Times');
    assert.equal(p.publishedAt, '2023-10-18');
    assert.match(p.text, /Dock workers at the northern port/);
    assert.ok(!p.text.includes('Subscribe Login'));
  });

  it('flags given by the user win over page metadata', () => {
    const a = analyze({ html: fixture('og-article.html') }, { outlet: 'Override', publishedAt: '2024-03-06' });
    assert.equal(a.document.outlet, 'Override');
    assert.equal(a.document.publishedAt, '2024-03-06');
    assert.equal(a.document.title, 'Flood barrier fails in river town');
  });

  it('falls back to body text for pages Readability rejects, and refuses pages with no text', () => {
    const p = extractHtml('<html><body><p>Short note: the bridge is closed.</p></body></html>');
    assert.equal(p.text, 'Short note: the bridge is closed.');
    assert.throws(() => extractHtml('<html><body><script>x()</script></body></html>'), (e: unknown) => e instanceof InputError && e.code === 'E010');
  });

  it('escapes nothing and executes nothing: markup in text stays text', () => {
    const p = extractHtml('<html><body><article><p>Tom &amp; Jerry said &lt;script&gt;alert(1)&lt;/script&gt; was a joke in the story today about cartoons and their long history.</p></article></body></html>');
    assert.match(p.text, /Tom & Jerry said <script>alert\(1\)<\/script> was a joke/);
  });

  it('normalises page dates', () => {
    assert.equal(isoDate('2023-09-11'), '2023-09-11');
    assert.equal(isoDate('2023-09-11T08:00:00Z'), '2023-09-11T08:00:00Z');
    assert.equal(isoDate('Mon, 11 Sep 2023 08:00:00 GMT'), '2023-09-11T08:00:00Z');
    assert.equal(isoDate('not a date'), undefined);
    assert.equal(isoDate(undefined), undefined);
  });
});
