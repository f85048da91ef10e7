// The checks every held-out story's gold passes: each story's validate.mjs calls validateStory(itsFolder).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Validates the story in `dir` (its reports, golds and story.gold.json); returns the exit code (1 on errors). */
export function validateStory(dir) {
const errors = [];
const warn = [];
const err = (f, m) => errors.push(`${f}: ${m}`);

function readJSON(f) {
  try { return JSON.parse(readFileSync(join(dir, f), 'utf8')); }
  catch (e) { err(f, `does not parse: ${e.message}`); return null; }
}

const NAME_RE = /^(\d\d)-([a-z0-9-]+)-(\d{4}-\d\d-\d\d)\.txt$/;
// The event vocabulary: ../event-types.txt where the story was written, else the repository's own type table.
const vocabFile = join(dir, '..', 'event-types.txt');
const types = new Set(existsSync(vocabFile)
  ? readFileSync(vocabFile, 'utf8').split(/\s+/).filter(Boolean)
  : readFileSync(join(dir, '..', '..', '..', 'data', 'lexicon', 'events-types.tsv'), 'utf8').split(/\r?\n/).filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0].trim()));
const txts = readdirSync(dir).filter(f => f.endsWith('.txt')).sort();
const golds = {};          // txt -> gold
const entityNames = {};    // txt -> Set(names)

for (const txt of txts) {
  const m = NAME_RE.exec(txt);
  if (!m) err(txt, 'file name is not NN-outlet-YYYY-MM-DD.txt');
  const text = readFileSync(join(dir, txt), 'utf8');
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 300 || words > 450) warn.push(`${txt}: ${words} words (target 300-450)`);
  const gf = txt.replace(/\.txt$/, '.gold.json');
  if (!existsSync(join(dir, gf))) { err(txt, `missing ${gf}`); continue; }
  const g = readJSON(gf);
  if (!g) continue;
  golds[txt] = g;
  if (g.file !== txt) err(gf, `"file" is ${g.file}, expected ${txt}`);
  if (m && g.publishedAt !== m[3]) err(gf, `publishedAt ${g.publishedAt} does not match file date ${m[3]}`);
  for (const k of ['outlet', 'title']) if (!g[k]) err(gf, `missing ${k}`);
  for (const k of ['entities', 'times', 'quantities', 'claims', 'events', 'checks'])
    if (!Array.isArray(g[k])) err(gf, `missing array ${k}`);

  const names = new Set();
  for (const e of g.entities || []) {
    if (!e.name || !e.type) err(gf, `entity without name/type: ${JSON.stringify(e)}`);
    if (names.has(e.name)) err(gf, `duplicate entity ${e.name}`);
    names.add(e.name);
    if (e.wikidata && !/^Q\d+$/.test(e.wikidata)) err(gf, `bad QID ${e.wikidata}`);
  }
  entityNames[txt] = names;

  for (const t of g.times || []) {
    if (typeof t.text !== 'string' || !text.includes(t.text)) err(gf, `time text not in article: ${JSON.stringify(t.text)}`);
    if (!['DATE', 'TIME', 'DURATION', 'SET'].includes(t.type)) err(gf, `bad time type ${t.type}`);
    if (!t.value) err(gf, `time without value: ${t.text}`);
  }
  for (const q of g.quantities || []) {
    if (typeof q.text !== 'string' || !text.includes(q.text)) err(gf, `quantity text not in article: ${JSON.stringify(q.text)}`);
    if (typeof q.value !== 'number' || !q.unit) err(gf, `quantity without numeric value/unit: ${q.text}`);
  }
  for (const c of g.claims || []) {
    if (typeof c.anchor !== 'string' || !text.includes(c.anchor)) err(gf, `claim anchor not in article: ${JSON.stringify(c.anchor)}`);
    if (!Array.isArray(c.attribution) || !c.attribution.every(Array.isArray)) err(gf, `claim attribution must be a list of chains: ${c.anchor}`);
    if (!['CERTAIN', 'PROBABLE', 'POSSIBLE', 'UNKNOWN'].includes(c.certainty)) err(gf, `bad certainty ${c.certainty}`);
  }
  for (const ev of g.events || []) {
    if (!types.has(ev.type)) err(gf, `event type ${ev.type} not in event-types.txt`);
    for (const k of ['participants', 'places', 'anyOf'])
      for (const n of ev[k] || []) if (!names.has(n)) err(gf, `event ${ev.type} ${k} "${n}" is not an entity name`);
  }
  for (const ch of g.checks || [])
    if (!['UNIT_CONVERSION', 'TRAVEL_TIME', 'DATE_ARITHMETIC', 'COUNT'].includes(ch.kind) ||
        !['CONSISTENT', 'INCONSISTENT', 'UNVERIFIABLE'].includes(ch.status)) err(gf, `bad check ${JSON.stringify(ch)}`);
}

// story.gold.json
const S = 'story.gold.json';
const s = readJSON(S);
if (s) {
  const docs = new Set(s.documents || []);
  for (const d of docs) if (!txts.includes(d)) err(S, `document ${d} is not a file here`);
  for (const [copy, orig] of Object.entries(s.copies || {})) {
    if (!docs.has(copy)) err(S, `copy ${copy} is not among documents`);
    if (!docs.has(orig)) err(S, `copy original ${orig} is not among documents`);
    if (txts.includes(copy) && txts.includes(orig)) {
      const a = readFileSync(join(dir, copy), 'utf8').split('\n'), b = readFileSync(join(dir, orig), 'utf8').split('\n');
      if (a.slice(1).join('\n') !== b.slice(1).join('\n')) err(S, `${copy} should equal ${orig} apart from the first line`);
      if (a[0] === b[0]) err(S, `${copy} first line should be reworded`);
    }
  }
  for (const x of s.excluded || []) {
    if (!txts.includes(x)) err(S, `excluded ${x} is not a file here`);
    if (docs.has(x)) err(S, `excluded ${x} is also listed in documents`);
  }
  for (const t of txts) if (!docs.has(t) && !(s.excluded || []).includes(t)) err(S, `${t} is neither a story document nor excluded`);
  const storyNames = new Set();
  for (const d of docs) for (const n of entityNames[d] || []) storyNames.add(n);
  for (const ev of s.events || []) {
    if (!types.has(ev.type)) err(S, `event type ${ev.type} not in event-types.txt`);
    if (typeof ev.minDocuments !== 'number' || ev.minDocuments < 1 || ev.minDocuments > docs.size) err(S, `bad minDocuments in ${ev.type}`);
    for (const k of ['participants', 'places', 'anyOf'])
      for (const n of ev[k] || []) if (!storyNames.has(n)) err(S, `event ${ev.type} ${k} "${n}" is not an entity of any story document`);
    // the event must be annotated (same type, names overlapping) in at least minDocuments story golds
    const want = [...(ev.participants || []), ...(ev.places || [])];
    const any = ev.anyOf || [];
    const hits = [...docs].filter(d => (golds[d]?.events || []).some(e => {
      if (e.type !== ev.type) return false;
      const names = new Set([...(e.participants || []), ...(e.places || []), ...(e.anyOf || [])]);
      return want.every(n => names.has(n)) && (any.length === 0 || any.some(n => names.has(n)));
    }));
    if (hits.length < ev.minDocuments) err(S, `event ${ev.type} ${JSON.stringify(want.concat(any))} annotated in ${hits.length} documents, minDocuments ${ev.minDocuments}`);
  }
  for (const f of s.facts || []) {
    if (!f.subject || !f.attribute || !Array.isArray(f.values) || typeof f.consistent !== 'boolean') err(S, `malformed fact ${JSON.stringify(f).slice(0, 80)}`);
    for (const v of f.values || [])
      for (const d of v.documents || []) if (!docs.has(d)) err(S, `fact ${f.subject}/${f.attribute} cites ${d}, not a story document`);
  }
  const conflicts = (s.facts || []).filter(f => f.consistent === false).length;
  if (conflicts !== 1) warn.push(`story has ${conflicts} inconsistent facts (brief asks for exactly one genuine conflict)`);
}

for (const w of warn) console.log('warning:', w);
for (const e of errors) console.log('ERROR:', e);
console.log(errors.length ? `${errors.length} error(s)` : `clean: ${txts.length} articles, ${Object.keys(golds).length} gold files, story.gold.json`);
return errors.length ? 1 : 0;
}
process.exitCode = validateStory(dirname(fileURLToPath(import.meta.url)));
