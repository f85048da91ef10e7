// A hand-written KB row without a QID must not shadow the data row of the same name that has one: at build
// time it adopts that QID when the match is unambiguous, and never guesses between namesakes.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileKb, serializeKb } from '../../src/kb/compile.js';
import { KB_PATH, REPO_ROOT } from '../../src/kb/load.js';
import { normAlias } from '../../src/kb/normalize.js';
import type { KbEntry } from '../../src/kb/types.js';

/** Compiles a KB from a few hand rows and data rows only (every other file missing). */
function tinyKb(files: Record<string, string>): KbEntry[] {
  const root = mkdtempSync(join(tmpdir(), 'kb-adopt-'));
  try {
    for (const [rel, text] of Object.entries(files)) {
      const p = join(root, 'data/kb', rel);
      mkdirSync(join(p, '..'), { recursive: true });
      writeFileSync(p, text);
    }
    return compileKb({ root }).entries;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
const MEDIA_HEAD = 'name\taliases\tkind\tcountry\tqid\tstate\tdomain\tweak\n';
const PAPERS_HEAD = 'wikidata\tlabel\tcountry_wikidata\tdomain\n';
const GOV_HEAD = 'name\taliases\tkind\tcountry\tqid\tstandsFor\ttype\n';
const AGENCIES_HEAD = 'key\tcountry_or_scope\twikidata\tlabel_en\taliases_en\n';
const named = (es: KbEntry[], name: string) => es.filter((e) => e.name === name);

describe('hand rows adopt the QID of a sourced namesake', () => {
  it('one agreeing data row: the hand row takes its QID and the two become one entry', () => {
    const es = tinyKb({
      'media.tsv': MEDIA_HEAD + 'Daily Example\tThe Example\tMEDIA\tGB\t\t\tdailyexample.co.uk\t\n',
      'sources/news-orgs/newspapers.tsv': PAPERS_HEAD + 'Q111\tDaily Example\t\tdailyexample.co.uk\n',
      'government.tsv': GOV_HEAD + 'Federal Bureau of Examples\tFBE\tSECURITY\tUS\t\t\tORG\n',
      'sources/gov-agencies/agencies.tsv': AGENCIES_HEAD + 'us-fbe\tus\tQ222\tFederal Bureau of Examples\t\n',
    });
    const paper = named(es, 'Daily Example');
    assert.equal(paper.length, 1);
    assert.equal(paper[0]!.qid, 'Q111');
    assert.equal(paper[0]!.id, 'Q111');
    assert.ok(paper[0]!.aliases.includes('The Example'), 'the hand row keeps its aliases');
    assert.equal(paper[0]!.country, 'GB');
    const fbe = named(es, 'Federal Bureau of Examples');
    assert.equal(fbe.length, 1);
    assert.equal(fbe[0]!.qid, 'Q222');
    assert.equal(fbe[0]!.subkind, 'SECURITY', 'the hand row’s finer kind survives');
    assert.ok(!JSON.stringify(es).includes('_hand'), 'no build-internal fields leak');
  });

  it('several namesakes without a deciding country or domain: no QID is guessed', () => {
    const es = tinyKb({
      'media.tsv': MEDIA_HEAD + 'The Herald\t\tMEDIA\tGB\t\t\t\t\n',
      'sources/news-orgs/newspapers.tsv': PAPERS_HEAD + 'Q301\tThe Herald\t\therald-a.com\nQ302\tThe Herald\t\therald-b.com\n',
    });
    const hand = named(es, 'The Herald').filter((e) => !e.qid);
    assert.equal(hand.length, 1, 'the hand row stays unlinked');
    assert.equal(named(es, 'The Herald').length, 3, 'the data rows stay as they were');
  });

  it('a conflicting country or web domain blocks the adoption (elcomercio.pe is not elcomercio.es)', () => {
    const es = tinyKb({
      'media.tsv': MEDIA_HEAD + 'El Ejemplo\t\tMEDIA\tPE\t\t\telejemplo.pe\t\nLa Muestra\t\tMEDIA\tAR\t\t\t\t\n',
      'sources/news-orgs/newspapers.tsv': PAPERS_HEAD + 'Q401\tEl Ejemplo\t\telejemplo.es\nQ402\tLa Muestra\tQ717\tlamuestra.com\n',
      'sources/countries/countries.tsv': 'iso2\tiso3\tname\twikidata\n' + 'AR\tARG\tArgentina\tQ414\nVE\tVEN\tVenezuela\tQ717\nPE\tPER\tPeru\tQ419\n',
    });
    assert.equal(named(es, 'El Ejemplo').find((e) => e.country === 'PE')?.qid, undefined);
    assert.equal(named(es, 'La Muestra').find((e) => e.country === 'AR')?.qid, undefined);
    assert.equal(named(es, 'La Muestra').find((e) => e.qid === 'Q402')?.country, 'VE');
  });

  it('among namesakes, the one sharing the domain while the others conflict is taken', () => {
    const es = tinyKb({
      'media.tsv': MEDIA_HEAD + 'The Citizen Example\t\tMEDIA\tTZ\t\t\tcitizen.co.tz\t\n',
      'sources/news-orgs/newspapers.tsv': PAPERS_HEAD + 'Q501\tThe Citizen Example\t\tcitizen.co.tz\nQ502\tThe Citizen Example\t\tcitizen.co.za\n',
    });
    assert.deepEqual(named(es, 'The Citizen Example').map((e) => e.qid).sort(), ['Q501', 'Q502']);
  });

  it('a different type or kind is not a namesake (a newspaper named like an agency)', () => {
    const es = tinyKb({
      'government.tsv': GOV_HEAD + 'The Monitor\t\tREGULATOR\tUG\t\t\tORG\n',
      'sources/news-orgs/newspapers.tsv': PAPERS_HEAD + 'Q601\tThe Monitor\t\tmonitor.co.ug\n',
    });
    assert.equal(named(es, 'The Monitor').find((e) => e.kind === 'GOVERNMENT')?.qid, undefined);
  });
});

describe('the compiled KB: no hand row shadows a QID it could have', () => {
  const path = existsSync(KB_PATH) ? KB_PATH : '';
  const entries: KbEntry[] = path
    ? readFileSync(path, 'latin1').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as KbEntry).filter((e) => !!e.name)
    : compileKb({ root: REPO_ROOT }).entries;
  const geo = new Set(['GPE', 'LOC', 'FAC']);

  it('every organisation, person or weapon name is linked, or unlinked only where its namesakes conflict or are several', () => {
    const byName = new Map<string, KbEntry[]>();
    for (const e of entries) {
      if (geo.has(e.type)) continue;
      const k = `${normAlias(e.name)}|${e.type}`;
      byName.set(k, [...(byName.get(k) ?? []), e]);
    }
    const media = new Set(['MEDIA', 'AGENCY']);
    const sameKind = (a: KbEntry, b: KbEntry) => a.kind === b.kind || (media.has(a.kind ?? '') && media.has(b.kind ?? ''));
    const bare = (d: string) => d.toLowerCase().replace(/^www\./, '');
    const shadowed: string[] = [];
    for (const es of byName.values()) {
      for (const u of es.filter((e) => !e.qid)) {
        const fit = es.filter((l) => l.qid && sameKind(u, l)
          && !(u.country && l.country && u.country !== l.country)
          && !(u.domain && l.domain && bare(u.domain) !== bare(l.domain)));
        if (fit.length === 1) shadowed.push(`${u.name} (${u.id}) / ${fit[0]!.qid}`);
      }
    }
    assert.ok(byName.size > 15_000, `${byName.size} names read`);
    assert.deepEqual(shadowed, []);
  });

  it('every QID names one entry', () => {
    const seen = new Map<string, number>();
    for (const e of entries) if (e.qid) seen.set(e.qid, (seen.get(e.qid) ?? 0) + 1);
    assert.deepEqual([...seen].filter(([, n]) => n > 1), []);
  });

  it('US agencies and curated outlets carry the QID their data rows give; ambiguous ones carry none', () => {
    const one = (name: string, kind?: string) => entries.filter((e) => e.name === name && (!kind || e.kind === kind));
    for (const [name, qid] of [['Federal Bureau of Investigation', 'Q8333'], ['Federal Emergency Management Agency', 'Q503010'],
      ['Centers for Disease Control and Prevention', 'Q583725'], ['Haaretz', 'Q216393'], ['Los Angeles Times', 'Q188515']] as const) {
      const es = one(name);
      assert.equal(es.length, 1, name);
      assert.equal(es[0]!.qid, qid, name);
    }
    const fbi = entries.find((e) => e.qid === 'Q8333')!;
    assert.ok(fbi.aliases.includes('FBI'));
    // El Comercio of Peru: the data's only other "El Comercio" without Ecuador is the Spanish site
    assert.equal(one('El Comercio').find((e) => e.country === 'PE')?.qid, undefined);
    // Le Soir: two data rows share the name and the domain; none is picked
    assert.equal(one('Le Soir').find((e) => e.country === 'BE' && !e.qid)?.qid, undefined);
    assert.ok(one('Le Soir').some((e) => e.country === 'BE' && !e.qid));
  });
});
