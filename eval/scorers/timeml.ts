// TimeML scorer: runs the segment and time stages on the raw text of TBAQ-cleaned (DCT from <DCT>),
// MEANTIME (DCT from its CREATION_TIME timex) and a te3-silver sample, and prints TempEval-3 metrics.
// TIMEML_DUMP=file writes every error (FP/FN/VALUE/TYPE with context) for analysis; TIMEML_RULES=1 prints,
// per corpus, each rule's output count, unmatched (FP) and wrong-value counts.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../src/ingest/normalize.js';
import { newDoc } from '../../src/nlp/doc.js';
import { segmentStage } from '../../src/nlp/segment/index.js';
import { timeStage } from '../../src/nlp/time/index.js';
import { emptyCounts, scoreDoc, summary, type Counts, type MatchErr, type SysTimex } from '../timeml/metrics.js';
import { readMeantimeDir, readTimemlDir, type GoldDoc } from '../timeml/read.js';

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
  if (byRule) printRules(byRule);
  if (dumpFile) { writeFileSync(dumpFile, dump.join('\n') + '\n'); console.log(`errors written to ${dumpFile}`); }
}
