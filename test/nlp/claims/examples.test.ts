import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyze } from '../../../src/analyze.js';
import { needShared } from '../../helpers/shared.js';
import { sameChain } from './helpers.js';
import { goldFiles } from '../../../eval/gold-files.js';

interface GoldClaim { anchor: string; attribution: string[][]; certainty: string; status?: string[] }

const { dir, skip } = needShared('claims on ../shared/examples');

describe('claims on the shared example articles (scorer rules)', () => {
  it('claims found, attribution, certainty and status stay high', { skip }, () => {
    let n = 0, found = 0, attr = 0, cert = 0, stN = 0, st = 0;
    const misses: string[] = [];
    for (const gp of goldFiles(join(dir!, 'examples'))) {
      const gold = JSON.parse(readFileSync(gp, 'utf8')) as { file?: string; publishedAt?: string; claims?: GoldClaim[]; story?: unknown };
      if (gold.story || !gold.file || !gold.claims) continue;
      const text = readFileSync(join(dirname(gp), gold.file), 'utf8');
      const out = analyze(text, { publishedAt: gold.publishedAt });
      const byId = new Map(out.entities.map((e) => [e.id, e.name]));
      for (const g of gold.claims) {
        n++;
        const at = out.document.text.indexOf(g.anchor);
        const c = out.claims.filter((x) => at >= 0 && x.start <= at && x.end >= at + g.anchor.length).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
        if (g.status) stN++;
        if (!c) { misses.push(`not found: ${g.anchor}`); continue; }
        found++;
        const names = c.attribution.map((l) => (l.kind === 'UNNAMED' ? 'UNNAMED' : l.source));
        const ents = c.attribution.map((l) => (l.kind === 'UNNAMED' ? 'UNNAMED' : byId.get(l.entity ?? '') ?? l.source));
        if (g.attribution.some((alt) => sameChain(names, alt) || sameChain(ents, alt))) attr++; else misses.push(`attribution: ${g.anchor} got ${JSON.stringify(names)}`);
        if (c.certainty === g.certainty) cert++; else misses.push(`certainty: ${g.anchor} got ${c.certainty}`);
        if (g.status && g.status.includes(c.status)) st++;
      }
    }
    const r = (a: number, b: number): number => (b ? a / b : 1);
    const report = `found ${found}/${n} attribution ${attr}/${n} certainty ${cert}/${n} status ${st}/${stN}\n${misses.join('\n')}`;
    assert.ok(r(found, n) >= 0.95, report);
    assert.ok(r(attr, n) >= 0.9, report);
    assert.ok(r(cert, n) >= 0.9, report);
    assert.ok(r(st, stN) >= 0.9, report);
  });
});
