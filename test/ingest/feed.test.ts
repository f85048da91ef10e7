import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed, looksLikeFeed } from '../../src/ingest/feed.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example News</title>
<item><title>Floods &amp; dams</title><link>https://example.org/a</link><pubDate>Mon, 11 Sep 2023 10:00:00 GMT</pubDate>
<description>Short teaser</description><content:encoded><![CDATA[<p>Full <b>text</b> here.</p>]]></content:encoded></item>
<item><title>Second</title><link>https://example.org/b</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>One</title><link rel="self" href="https://example.org/self"/><link href="https://example.org/one"/><published>2023-09-12T08:00:00Z</published><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry>
</feed>`;

test('RSS 2.0 items: title, link, date, full content', () => {
  const f = parseFeed(RSS);
  assert.equal(f.title, 'Example News');
  assert.equal(f.items.length, 2);
  assert.deepEqual(f.items[0], { title: 'Floods & dams', url: 'https://example.org/a', publishedAt: '2023-09-11T10:00:00Z', html: '<p>Full <b>text</b> here.</p>', outlet: 'Example News' });
  assert.equal(f.items[1].html, undefined);
  assert.ok(looksLikeFeed(RSS));
});

test('Atom entries: alternate link, published date, content', () => {
  const f = parseFeed(ATOM);
  assert.deepEqual(f.items[0], { title: 'One', url: 'https://example.org/one', publishedAt: '2023-09-12T08:00:00Z', html: '<p>Body</p>', outlet: 'Atom Wire' });
  assert.ok(looksLikeFeed(ATOM));
  assert.ok(!looksLikeFeed('<html><body>hi</body></html>'));
});

test('DTDs are refused: no external entities, no entity expansion', () => {
  const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&xxe;</title></item></channel></rss>`;
  assert.throws(() => parseFeed(xxe), /DTD/);
  const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><rss><channel><item><title>&lol2;</title></item></channel></rss>`;
  assert.throws(() => parseFeed(lol), /DTD/);
  // an undeclared entity stays text; nothing is fetched or expanded
  const f = parseFeed('<rss><channel><item><title>a &foo; b</title></item></channel></rss>');
  assert.equal(f.items[0].title, 'a &foo; b');
});

test('not a feed, malformed XML', () => {
  assert.throws(() => parseFeed('<html><body/></html>'), /not an RSS or Atom feed/);
  assert.throws(() => parseFeed('<rss><channel><item><title>x</item></channel>'), /malformed|not an RSS/);
});
