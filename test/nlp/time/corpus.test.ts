import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { needShared } from '../../helpers/shared.js';
import { tagTimes } from '../../../src/nlp/time/index.js';
import { emptyCounts, scoreDoc, summary } from '../../../eval/timeml/metrics.js';
import { readMeantimeDir, readTimemlDir } from '../../../eval/timeml/read.js';

const shared = needShared('TimeML corpus regression floors for the time stage');

describe('time: corpus floors (measuring only; no corpus text in the repo)', () => {
  it('TBAQ-cleaned: relaxed span F1 and value F1 stay above floors', { skip: shared.skip }, () => {
    const dir = join(shared.dir!, 'corpora', 'tempeval3', 'TBAQ-cleaned');
    if (!existsSync(dir)) return;
    const c = emptyCounts();
    for (const d of readTimemlDir(dir)) scoreDoc(d.timex, tagTimes(d.text, { anchorDate: d.dct }).times, c);
    const s = summary(c);
    assert.ok(+s.relaxedF1 >= 0.88, `relaxed F1 ${s.relaxedF1}`);
    assert.ok(+s.valueF1 >= 0.70, `value F1 ${s.valueF1}`);
  });

  it('MEANTIME: value F1 above floor on the annotated part', { skip: shared.skip }, () => {
    const dir = join(shared.dir!, 'corpora', 'meantime', 'intra-doc_annotation');
    if (!existsSync(dir)) return;
    const c = emptyCounts();
    for (const d of readMeantimeDir(dir)) {
      const sys = tagTimes(d.text, { anchorDate: d.dct }).times.filter((t) => d.scoredEnd === undefined || t.start < d.scoredEnd);
      scoreDoc(d.timex, sys, c);
    }
    assert.ok(+summary(c).valueF1 >= 0.75, `value F1 ${summary(c).valueF1}`);
  });

  it('the shared example articles: value F1 above 0.92', { skip: shared.skip }, () => {
    let gold = 0; let sys = 0; let ok = 0;
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('gold.json') ? [join(d, e.name)] : []));
    for (const f of walk(join(shared.dir!, 'examples'))) {
      const g = JSON.parse(readFileSync(f, 'utf8')) as { file?: string; publishedAt?: string; times?: { text: string; value: string; mod?: string }[] };
      if (!g.file || !g.times) continue;
      const text = readFileSync(join(f, '..', g.file), 'utf8');
      const ts = tagTimes(text, { anchorDate: g.publishedAt }).times;
      gold += g.times.length; sys += ts.length;
      for (const gt of g.times) {
        const at = text.indexOf(gt.text);
        const hit = ts.find((t) => t.start < at + gt.text.length && at < t.end);
        if (hit && hit.value === gt.value && (!gt.mod || gt.mod === hit.mod)) ok++;
      }
    }
    if (!gold) return;
    const p = ok / sys; const r = ok / gold;
    assert.ok((2 * p * r) / (p + r) >= 0.92, `value F1 ${((2 * p * r) / (p + r)).toFixed(3)}`);
  });
});
