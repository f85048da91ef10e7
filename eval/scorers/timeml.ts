// TimeML scorer: runs the segment and time stages on the raw text of TBAQ-cleaned (DCT from <DCT>),
// MEANTIME (DCT from its CREATION_TIME timex) and a te3-silver sample, and prints TempEval-3 metrics.
// TIMEML_DUMP=file writes every error (FP/FN/VALUE/TYPE with context) for analysis; TIMEML_RULES=1 prints,
// per corpus, each rule's output count, unmatched (FP) and wrong-value counts; TIMEML_BUCKETS=1 counts errors by
// category (wrong anchor direction, duration forms, *_REF, quarters, weeks, spans wider/narrower, not-a-time …).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../src/ingest/normalize.js';
import { newDoc } from '../../src/nlp/doc.js';
import { segmentStage } from '../../src/nlp/segment/index.js';
import { timeStage } from '../../src/nlp/time/index.js';
import { emptyCounts, scoreDoc, summary, type Counts, type MatchErr, type SysTimex } from '../timeml/metrics.js';
import { readMeantime, readMeantimeDir, readTimemlDir, type GoldDoc } from '../timeml/read.js';
import { calendarShape } from '../value-shape.js';

interface Run { name: string; docs: GoldDoc[]; useDct: boolean }


/** Per corpus and rule: system times, unmatched ones (FP) and matched ones with a wrong value. */
type RuleTally = Map<string, Map<string, { sys: number; fp: number; wrong: number }>>;
function tallyRules(t: RuleTally, corpus: string, sys: readonly SysTimex[], errs: readonly MatchErr[]): void {
  let m = t.get(corpus);
  if (!m) t.set(corpus, m = new Map());
  const get = (rule: string | undefined) => {
    const k = rule ?? '?';
    let e = m!.get(k);
    if (!e) m!.set(k, e = { sys: 0, fp: 0, wrong: 0 });
    return e;
  };
  for (const s of sys) get(s.rule).sys++;
  for (const e of errs) {
    if (e.kind === 'FP') get(e.sys!.rule).fp++;
    else if (e.kind === 'VALUE') get(e.sys!.rule).wrong++;
  }
}
let byRule: RuleTally | undefined;

/**
 * Error category for TIMEML_BUCKETS: what kind of construction got a wrong value, a wrong span, or was
 * output without gold (FP) / missed (FN). Categories come from the values' shapes and the span texts only,
 * so the table can be read without looking at any document.
 */
export function bucketOf(e: MatchErr, text: string): string {
  const sv = e.sys?.value ?? ''; const gv = e.gold?.value ?? '';
  const st = e.sys ? text.slice(e.sys.start, e.sys.end).toLowerCase() : '';
  const gt = e.gold ? text.slice(e.gold.start, e.gold.end).toLowerCase() : '';
  const t = st || gt;
  const shape = (v: string, typ: string | undefined): string => {
    if (/_REF$/.test(v)) return 'ref';
    if (typ === 'SET') return 'set';
    if (typ === 'DURATION' || /^P/.test(v)) return 'duration';
    return calendarShape(v, /W\d|WXX|-WE/);
  };
  if (e.kind === 'FP') return `FP ${shape(sv, e.sys!.type)}${/\b(?:now|current(?:ly)?|recent(?:ly)?|future|past|soon|today)\b/.test(st) ? ' (deictic word)' : ''}`;
  if (e.kind === 'FN') return `FN ${shape(gv, e.gold!.type)}`;
  if (e.kind === 'TYPE') return `TYPE ${e.gold!.type}->${e.sys!.type}`;
  if (e.kind === 'SPAN') {
    const g = e.gold!; const y = e.sys!;
    if (y.start <= g.start && y.end >= g.end) return `SPAN sys wider (${y.start < g.start ? 'left: ' + text.slice(y.start, g.start).trim().split(/\s+/)[0]!.toLowerCase() : 'right'})`;
    if (g.start <= y.start && g.end >= y.end) return `SPAN gold wider (${g.start < y.start ? 'left: ' + text.slice(g.start, y.start).trim().split(/\s+/)[0]!.toLowerCase() : 'right: ' + text.slice(y.end, g.end).trim().split(/\s+/)[0]!.toLowerCase()})`;
    return 'SPAN crossing';
  }
  // VALUE
  const gs = shape(gv, e.gold!.type); const ss = shape(sv, e.sys!.type);
  if (gs === 'ref' || ss === 'ref') return `VALUE ref: gold ${gs} / sys ${ss}`;
  if (gs !== ss) {
    if (gv.startsWith(sv) || sv.startsWith(gv)) return `VALUE granularity: gold ${gs} / sys ${ss}`;
    return `VALUE form: gold ${gs} / sys ${ss}`;
  }
  if (/X/.test(gv) && !/X/.test(sv)) return `VALUE ${gs}: gold unspecified (X)`;
  if (/X/.test(sv) && !/X/.test(gv)) return `VALUE ${gs}: sys unspecified (X)`;
  if (gs === 'duration') return 'VALUE duration amount/unit';
  if (/\bfiscal\b/.test(t)) return `VALUE ${gs}: fiscal`;
  if (/\b(?:ago|earlier|later|before|after|previous|following|same|that)\b/.test(t)) return `VALUE ${gs}: anaphor/ago offset`;
  if (/\b(?:last|next|this|past|coming)\b/.test(t)) return `VALUE ${gs}: last/next/this`;
  return sv > gv ? `VALUE ${gs}: anchored too late (sys after gold)` : `VALUE ${gs}: anchored too early (sys before gold)`;
}
type BucketTally = Map<string, Map<string, number>>;
let buckets: BucketTally | undefined;
function printBuckets(t: BucketTally): void {
  for (const [corpus, m] of t) {
    console.log(`\n${corpus}: errors by category (TIMEML_BUCKETS)`);
    console.log('| category | n |');
    console.log('|---|---:|');
    for (const [k, n] of [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`| ${k} | ${n} |`);
  }
}

function printRules(t: RuleTally): void {
  for (const [corpus, m] of t) {
    console.log(`\n${corpus}: rules by errors (sys = times the rule produced; fp = matched no gold; wrong = matched, other value)`);
    console.log('| rule | sys | fp | wrong value | value ok |');
    console.log('|---|---:|---:|---:|---:|');
    for (const [rule, e] of [...m].sort((a, b) => (b[1].fp + b[1].wrong) - (a[1].fp + a[1].wrong) || b[1].sys - a[1].sys)) {
      console.log(`| ${rule} | ${e.sys} | ${e.fp} | ${e.wrong} | ${e.sys - e.fp - e.wrong} |`);
    }
  }
}

function runCorpus(r: Run, dump: string[]): { counts: Counts; bytes: number; ms: number } {
  const counts = emptyCounts();
  let bytes = 0;
  const docs = [];
  for (const g of r.docs) {
    const doc = newDoc({ id: sha256(g.text), text: g.text, language: 'en', publishedAt: r.useDct ? g.dct : undefined });
    segmentStage.run(doc);
    timeStage.run(doc);
    docs.push(doc);
    bytes += Buffer.byteLength(g.text);
    const sys = g.scoredEnd === undefined ? doc.times : doc.times.filter((t) => t.start < g.scoredEnd!);
    const errs: MatchErr[] = scoreDoc(g.timex, sys, counts);
    if (byRule) tallyRules(byRule, r.name, sys, errs);
    if (buckets) {
      let m = buckets.get(r.name);
      if (!m) buckets.set(r.name, m = new Map());
      for (const e of errs) { const k = bucketOf(e, g.text); m.set(k, (m.get(k) ?? 0) + 1); }
    }
    if (dump) {
      for (const e of errs) {
        const s = e.gold ?? e.sys!;
        const ctx = g.text.slice(Math.max(0, s.start - 60), s.end + 40).replace(/\s+/g, ' ');
        dump.push(`${r.name}\t${g.id}\t${g.dct ?? ''}\t${e.kind}\tgold=${e.gold ? `"${g.text.slice(e.gold.start, e.gold.end)}" ${e.gold.type} ${e.gold.value}${e.gold.mod ? ' ' + e.gold.mod : ''}` : '-'}\tsys=${e.sys ? `"${g.text.slice(e.sys.start, e.sys.end)}" ${e.sys.type} ${e.sys.value}${e.sys.mod ? ' ' + e.sys.mod : ''} [${e.sys.rule ?? ''}]` : '-'}\t${ctx}`);
      }
    }
  }
  // Speed: a second pass of the stage alone over every document, timed as one loop (steady state: the
  // code is compiled by the scoring pass); CPU time of this process, so neighbours do not count.
  const c0 = process.cpuUsage();
  for (const doc of docs) timeStage.run(doc);
  const c = process.cpuUsage(c0);
  return { counts, bytes, ms: (c.user + c.system) / 1000 };
}

/**
 * SemEval-2015 Task 4 (TimeLine) has no TIMEX3 gold, but its gold timelines date event mentions
 * (doc-sentence-word → "2008-07-XX"). Held-out proxy: for each dated mention whose sentence holds exactly one
 * system time with a calendar value, does that value agree with the event's date at the date's granularity?
 * Events are often anchored by something else (the publication date, an earlier sentence), so this is a
 * before/after comparison, not an absolute score.
 */
function timelineProxy(shared: string): string | undefined {
  const base = join(shared, 'corpora', 'semeval2015-timeline', 'SemEval_Task4_data');
  if (!existsSync(base)) return undefined;
  let dated = 0; let single = 0; let agree = 0; let anyAgree = 0; let bytes = 0;
  for (const corpus of readdirSync(base).sort()) {
    const catDir = join(base, corpus, 'corpus_trackA_CAT');
    const tlDir = join(base, corpus, 'TimeLines_Gold_Standard');
    if (!existsSync(catDir) || !existsSync(tlDir)) continue;
    const files = new Map<string, string>();
    for (const f of readdirSync(catDir)) { const id = /^(\d+)/.exec(f)?.[1]; if (id) files.set(id, join(catDir, f)); }
    const docs = new Map<string, { g: GoldDoc; times: SysTimex[] }>();
    const docOf = (id: string): { g: GoldDoc; times: SysTimex[] } | undefined => {
      let d = docs.get(id);
      if (d) return d;
      const f = files.get(id);
      if (!f) return undefined;
      const g = readMeantime(id, readFileSync(f, 'utf8'));
      const doc = newDoc({ id: sha256(g.text), text: g.text, language: 'en', publishedAt: g.dct });
      segmentStage.run(doc);
      timeStage.run(doc);
      bytes += g.text.length;
      d = { g, times: doc.times };
      docs.set(id, d);
      return d;
    };
    for (const tl of readdirSync(tlDir).sort()) {
      for (const line of readFileSync(join(tlDir, tl), 'utf8').split('\n')) {
        const cols = line.split('\t');
        const date = cols[1];
        if (!date || !/^\d{4}/.test(date)) continue;
        const want = date.replace(/-XX/g, '');
        for (const ev of cols.slice(2)) {
          const m = /^(\d+)-(\d+)-/.exec(ev);
          if (!m) continue;
          const d = docOf(m[1]!);
          const sent = d?.g.sentences?.[+m[2]!];
          if (!d || !sent) continue;
          dated++;
          const cal = d.times.filter((t) => t.start >= sent[0] && t.end <= sent[1] && (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}/.test(t.value));
          const ok = (v: string): boolean => v.startsWith(want) && (v.length === want.length || !/\d/.test(v[want.length] ?? ''));
          if (cal.some((t) => ok(t.value))) anyAgree++;
          if (cal.length !== 1) continue;
          single++;
          if (ok(cal[0]!.value)) agree++;
          else if (process.env.TIMEML_TIMELINE === 'dump') console.log(`timeline\t${d.g.dct}\tevent ${date}\tsys "${cal[0]!.text}" ${cal[0]!.value} [${cal[0]!.rule}]\t${d.g.text.slice(sent[0], sent[1]).slice(0, 220)}`);
        }
      }
    }
  }
  void bytes;
  const f3 = (x: number): string => x.toFixed(3);
  return `semeval2015-timeline proxy: ${dated} dated event mentions; sentence holds a system time with the event's date: ${anyAgree} (${f3(anyAgree / (dated || 1))}); sentences with exactly one calendar time: ${single}, agreeing ${agree} (${f3(agree / (single || 1))})`;
}

export default async function run(shared: string): Promise<void> {
  const runs: Run[] = [];
  const tbaq = join(shared, 'corpora', 'tempeval3', 'TBAQ-cleaned');
  if (existsSync(tbaq)) runs.push({ name: 'TBAQ-cleaned', docs: readTimemlDir(tbaq), useDct: true });
  const mt = join(shared, 'corpora', 'meantime', 'intra-doc_annotation');
  if (existsSync(mt)) {
    const docs = readMeantimeDir(mt);
    runs.push({ name: 'MEANTIME', docs, useDct: true });
    runs.push({ name: 'MEANTIME (no DCT, dateline only)', docs, useDct: false });
  }
  const silver = join(shared, 'corpora', 'te3-silver');
  if (existsSync(silver)) runs.push({ name: 'te3-silver (first 300 docs; automatic gold)', docs: readTimemlDir(silver, 300), useDct: true });
  if (!runs.length) { console.log('timeml: no TimeML corpora under ../shared/corpora'); return; }

  const dumpFile = process.env.TIMEML_DUMP;
  if (process.env.TIMEML_RULES) byRule = new Map();
  if (process.env.TIMEML_BUCKETS) buckets = new Map();
  const dump: string[] = [];
  const rows: string[] = [];
  rows.push('| corpus | docs | gold | sys | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | type acc | value acc | value F1 | stage MB/s (CPU, warm) |');
  rows.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of runs) {
    const { counts, bytes, ms } = runCorpus(r, dumpFile ? dump : (undefined as unknown as string[]));
    const s = summary(counts);
    rows.push(`| ${r.name} | ${r.docs.length} | ${s.gold} | ${s.sys} | ${s.strictP} | ${s.strictR} | ${s.strictF1} | ${s.relaxedP} | ${s.relaxedR} | ${s.relaxedF1} | ${s.typeAcc} | ${s.valueAcc} | ${s.valueF1} | ${(bytes / 1048576 / (ms / 1000)).toFixed(1)} |`);
  }
  console.log(rows.join('\n'));
  console.log('\nPublished TempEval-3 value F1 (TE3-platinum test set, different data): HeidelTime 0.776, SUTime 0.674.');
  const tl = process.env.TIMEML_TIMELINE === '0' ? undefined : timelineProxy(shared);
  if (tl) console.log(tl);
  if (byRule) printRules(byRule);
  if (buckets) printBuckets(buckets);
  if (dumpFile) { writeFileSync(dumpFile, dump.join('\n') + '\n'); console.log(`errors written to ${dumpFile}`); }
}
