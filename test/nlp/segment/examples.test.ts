// On the annotated example articles (skipped when ../shared is absent): no gold anchor (entity,
// time, quantity or claim text) may straddle a sentence boundary, since later stages work per sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { needShared } from '../../helpers/shared.js';
import { segment } from '../../../src/nlp/segment/index.js';

const { dir, skip } = needShared('segment example checks');

function anchorsOf(gold: unknown, out: string[] = []): string[] {
  if (Array.isArray(gold)) for (const g of gold) anchorsOf(g, out);
  else if (gold && typeof gold === 'object') {
    for (const [k, v] of Object.entries(gold)) {
      if ((k === 'anchor' || k === 'text' || k === 'mention') && typeof v === 'string') out.push(v);
      else anchorsOf(v, out);
    }
  }
  return out;
}

function examplePairs(root: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const d of readdirSync(root)) {
    const sub = join(root, d);
    for (const f of readdirSync(sub)) {
      if (!f.endsWith('gold.json') || f === 'story.gold.json') continue;
      const txt = join(sub, f === 'gold.json' ? 'article.txt' : f.replace('.gold.json', '.txt'));
      if (existsSync(txt)) pairs.push([txt, join(sub, f)]);
    }
  }
  return pairs;
}

test('gold anchors of the example articles lie inside single sentences', { skip }, () => {
  const pairs = examplePairs(join(dir!, 'examples'));
  assert.ok(pairs.length > 0);
  let checked = 0;
  for (const [txt, goldFile] of pairs) {
    const text = readFileSync(txt, 'utf8');
    const { sentences } = segment(text);
    for (const a of anchorsOf(JSON.parse(readFileSync(goldFile, 'utf8')))) {
      for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1)) {
        const e = i + a.length;
        checked++;
        assert.ok(sentences.some((s) => s.start <= i && e <= s.end), `${goldFile}: "${a}" straddles a boundary`);
      }
    }
  }
  assert.ok(checked > 50);
});
