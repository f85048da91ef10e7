import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { needShared } from '../../helpers/shared.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

interface GoldQ { text: string; value: number; unit: string; bound?: string }

function goldFiles(dir: string): Array<{ gold: string; text: string }> {
  const out: Array<{ gold: string; text: string }> = [];
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    const d = join(dir, sub.name);
    for (const f of readdirSync(d)) {
      if (!f.endsWith('gold.json')) continue;
      const g = JSON.parse(readFileSync(join(d, f), 'utf8')) as { file?: string };
      const txt = join(d, g.file ?? f.replace(/\.gold\.json$/, '.txt'));
      if (existsSync(txt)) out.push({ gold: join(d, f), text: txt });
    }
  }
  return out;
}

const shared = needShared('quantity recall on the gold examples');

test('quantity recall on the gold examples (scorer rules: overlap, value, unit, bound)', { skip: shared.skip }, () => {
  const dir = join(shared.dir as string, 'examples');
  let ok = 0;
  let total = 0;
  const miss: string[] = [];
  for (const { gold, text: path } of goldFiles(dir)) {
    const text = readFileSync(path, 'utf8');
    const qs = findQuantities({ text, sentences: [], times: [] });
    for (const g of (JSON.parse(readFileSync(gold, 'utf8')).quantities ?? []) as GoldQ[]) {
      total++;
      const at = text.indexOf(g.text);
      const hit = at >= 0 && qs.some((q) => q.start < at + g.text.length && at < q.end && q.value === g.value && q.unit === g.unit && (!g.bound || q.bound === g.bound));
      if (hit) ok++; else miss.push(`${gold}: ${g.text}`);
    }
  }
  console.log(`# quantities ${ok}/${total}`);
  assert.ok(total > 0);
  assert.ok(ok / total >= 0.95, miss.join('\n'));
});
