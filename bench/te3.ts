import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Plain text and creation date of a TimeML file (tags stripped, entities decoded). */
export function timemlDoc(xml: string): { text: string; publishedAt?: string; title?: string } {
  const dct = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
  const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(xml)?.[1]?.replace(/<[^>]+>/g, '').trim();
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  const text = body.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'").replace(/&amp;/g, '&').trim();
  return { text, publishedAt: dct, title };
}

/** The first `n` te3-silver documents in a stable order (directory, then file name). */
export function te3Silver(shared: string, n: number): { id: string; text: string; publishedAt?: string; title?: string }[] {
  const root = join(shared, 'corpora', 'te3-silver');
  const out = [];
  for (const d of readdirSync(root).sort()) {
    for (const f of readdirSync(join(root, d)).sort()) {
      if (!f.endsWith('.tml')) continue;
      const doc = timemlDoc(readFileSync(join(root, d, f), 'utf8'));
      if (doc.text) out.push({ id: f, ...doc });
      if (out.length >= n) return out;
    }
  }
  return out;
}
