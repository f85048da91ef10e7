// The checks every held-out devset's gold passes (devset-e onwards): each set's validate.mjs calls validateDevset(itsFolder); devset-e passes the unscored entity types its gold lists.
// Exact substrings, legal enums, event types from the vocabulary, event names among the gold names, weekdays.
import fs from 'node:fs';
import path from 'node:path';
/** The scored entity types (gold-format.md). */
export const SCORED_ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'WEAPON'];

/**
 * Validates the gold files in `dir`, prints one line per file and the totals; returns the exit code (1 on errors).
 * `entityTypes`: the types allowed under `entities` (devset-e's gold also lists unscored types there).
 */
export function validateDevset(dir, { entityTypes = SCORED_ENTITY_TYPES } = {}) {
// The event vocabulary: ../event-types.txt where the set was written, else the repository's own type table.
const vocabFile = path.join(dir, '..', 'event-types.txt');
const typeTable = path.join(dir, '..', '..', 'data', 'lexicon', 'events-types.tsv');
const VOCAB = new Set(fs.existsSync(vocabFile)
  ? fs.readFileSync(vocabFile, 'utf8').split(/\r?\n/).map(s => s.trim()).filter(Boolean)
  : fs.readFileSync(typeTable, 'utf8').split(/\r?\n/).filter(l => l && !l.startsWith('#')).map(l => l.split('\t')[0].trim()));
const ENTITY_TYPES = new Set(entityTypes);
const ALSO_TYPES = new Set([...ENTITY_TYPES, 'GOVERNMENT']);
const TIME_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);
const TIME_MODS = new Set(['BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE', 'START', 'MID', 'END', 'APPROX']);
const BOUNDS = new Set(['AT_LEAST', 'AT_MOST', 'MORE_THAN', 'LESS_THAN', 'APPROX', 'MAX', 'MIN']);
const CERT = new Set(['CERTAIN', 'PROBABLE', 'POSSIBLE', 'UNKNOWN']);
const STATUS = new Set(['PAST', 'ONGOING', 'FUTURE']);
const CHECK_KINDS = new Set(['UNIT_CONVERSION', 'TRAVEL_TIME', 'DATE_ARITHMETIC', 'COUNT']);
const CHECK_STATUS = new Set(['CONSISTENT', 'INCONSISTENT', 'UNVERIFIABLE']);
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const QID = /^Q[0-9]+$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

let errors = 0, warnings = 0;
const err = (f, m) => { errors++; console.log(`ERROR ${f}: ${m}`); };
const warn = (f, m) => { warnings++; console.log(`warn  ${f}: ${m}`); };
const totals = { articles: 0, words: 0, entities: 0, times: 0, quantities: 0, claims: 0, events: 0, checks: 0 };
const checkStatusCount = {};

const txts = fs.readdirSync(dir).filter(f => /^\d\d-.*\.txt$/.test(f)).sort();
const golds = fs.readdirSync(dir).filter(f => f.endsWith('.gold.json')).sort();
for (const g of golds) if (!txts.includes(g.replace(/\.gold\.json$/, '.txt'))) err(g, 'gold without article');

for (const t of txts) {
  const g = t.replace(/\.txt$/, '.gold.json');
  const text = fs.readFileSync(path.join(dir, t), 'utf8');
  const words = text.split(/\s+/).filter(Boolean).length;
  totals.articles++; totals.words += words;
  if (words < 340 || words > 430) warn(t, `word count ${words} outside ~350-420`);
  if (!fs.existsSync(path.join(dir, g))) { err(t, 'missing gold file'); continue; }
  let gold;
  try { gold = JSON.parse(fs.readFileSync(path.join(dir, g), 'utf8')); } catch (e) { err(g, 'JSON parse: ' + e.message); continue; }
  if (gold.file !== t) err(g, `file field ${gold.file} != ${t}`);
  if (!ISO.test(gold.publishedAt || '')) err(g, 'publishedAt not YYYY-MM-DD');
  for (const k of ['outlet', 'title']) if (typeof gold[k] !== 'string' || !gold[k]) err(g, `missing ${k}`);
  for (const k of ['entities', 'times', 'quantities', 'claims', 'events', 'checks']) if (!Array.isArray(gold[k])) { err(g, `missing array ${k}`); gold[k] = []; }
  const pub = new Date(gold.publishedAt + 'T00:00:00Z');
  if (!/^\d\d-[a-z0-9]+-[a-z0-9-]+\.txt$/.test(t)) warn(t, 'name not NN-outlet-topic.txt');

  // entities
  const names = new Set();
  const lower = text.toLowerCase();
  for (const e of gold.entities) {
    if (!e.name) { err(g, 'entity without name'); continue; }
    if (names.has(e.name)) err(g, `duplicate entity ${e.name}`);
    names.add(e.name);
    if (!ENTITY_TYPES.has(e.type)) err(g, `entity ${e.name}: bad type ${e.type}`);
    if (e.wikidata !== undefined && !QID.test(e.wikidata)) err(g, `entity ${e.name}: bad QID ${e.wikidata}`);
    for (const a of e.alsoType || []) if (!ALSO_TYPES.has(a)) err(g, `entity ${e.name}: bad alsoType ${a}`);
    const forms = [e.name, ...(e.aliases || [])];
    if (!forms.some(f => lower.includes(f.toLowerCase()))) err(g, `entity ${e.name}: neither name nor any alias occurs in the text`);
  }
  // named things of other kinds (indices, products, spacecraft, operations): not scored as entities, but events may name them
  for (const e of gold.otherEntities || []) {
    if (!e.name || names.has(e.name)) { err(g, `otherEntities: missing or duplicate name ${e.name}`); continue; }
    names.add(e.name);
    if (ENTITY_TYPES.has(e.type)) err(g, `otherEntities ${e.name}: type ${e.type} is scored, list it under entities`);
    if (!lower.includes(e.name.toLowerCase())) err(g, `otherEntities ${e.name}: not in the text`);
  }
  // times
  for (const tm of gold.times) {
    if (!text.includes(tm.text)) err(g, `time text not in article: "${tm.text}"`);
    else if (text.indexOf(tm.text) !== text.lastIndexOf(tm.text)) warn(g, `time text occurs more than once: "${tm.text}"`);
    if (!TIME_TYPES.has(tm.type)) err(g, `time "${tm.text}": bad type ${tm.type}`);
    if (typeof tm.value !== 'string' || !tm.value) err(g, `time "${tm.text}": no value`);
    if (tm.mod !== undefined && !TIME_MODS.has(tm.mod)) err(g, `time "${tm.text}": bad mod ${tm.mod}`);
    if (tm.type === 'DURATION' && !/^P/.test(tm.value)) err(g, `time "${tm.text}": DURATION value should start with P`);
    if (tm.type === 'DURATION' && tm.mod && ['BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER'].includes(tm.mod)) err(g, `time "${tm.text}": point mod on duration`);
    // weekday check: a weekday word resolved to a full date must fall on that weekday
    const wd = DAYS.find(d => new RegExp(`\\b${d}\\b`, 'i').test(tm.text));
    const dm = /^(\d{4}-\d{2}-\d{2})/.exec(tm.value || '');
    if (wd && dm) {
      const d = new Date(dm[1] + 'T00:00:00Z');
      if (DAYS[d.getUTCDay()] !== wd) err(g, `time "${tm.text}" -> ${tm.value} is a ${DAYS[d.getUTCDay()]}`);
      const diff = Math.round((d - pub) / 86400000);
      if (Math.abs(diff) > 7) warn(g, `time "${tm.text}" resolves ${diff} days from publishedAt`);
    }
  }
  // quantities
  for (const q of gold.quantities) {
    if (!text.includes(q.text)) err(g, `quantity text not in article: "${q.text}"`);
    else if (text.indexOf(q.text) !== text.lastIndexOf(q.text)) warn(g, `quantity text occurs more than once: "${q.text}"`);
    if (typeof q.value !== 'number' || Number.isNaN(q.value)) err(g, `quantity "${q.text}": value not a number`);
    if (typeof q.unit !== 'string' || !q.unit) err(g, `quantity "${q.text}": no unit`);
    if (q.bound !== undefined && !BOUNDS.has(q.bound)) err(g, `quantity "${q.text}": bad bound ${q.bound}`);
  }
  // claims
  const anchors = new Set();
  for (const c of gold.claims) {
    if (!c.anchor || !text.includes(c.anchor)) err(g, `claim anchor not in article: "${c.anchor}"`);
    else if (text.indexOf(c.anchor) !== text.lastIndexOf(c.anchor)) warn(g, `claim anchor occurs more than once: "${c.anchor}"`);
    if (anchors.has(c.anchor)) err(g, `duplicate anchor "${c.anchor}"`);
    anchors.add(c.anchor);
    if (!Array.isArray(c.attribution) || c.attribution.length === 0 || !c.attribution.every(Array.isArray)) err(g, `claim "${c.anchor}": attribution must be a non-empty list of chains`);
    else for (const chain of c.attribution) for (const s of chain) {
      if (typeof s !== 'string' || !s) err(g, `claim "${c.anchor}": bad source ${s}`);
      else if (s !== 'UNNAMED' && !lower.includes(s.toLowerCase()) && !gold.entities.some(e => e.name === s)) err(g, `claim "${c.anchor}": source "${s}" neither in text nor an entity name`);
    }
    if (!CERT.has(c.certainty)) err(g, `claim "${c.anchor}": bad certainty ${c.certainty}`);
    if (c.status !== undefined && (!Array.isArray(c.status) || !c.status.every(s => STATUS.has(s)))) err(g, `claim "${c.anchor}": bad status ${JSON.stringify(c.status)}`);
  }
  // events
  for (const ev of gold.events) {
    if (!VOCAB.has(ev.type)) err(g, `event type ${ev.type} not in event-types.txt`);
    if (!Array.isArray(ev.participants)) err(g, `event ${ev.type}: participants must be an array`);
    for (const k of ['participants', 'places', 'anyOf']) for (const n of ev[k] || []) if (!names.has(n)) err(g, `event ${ev.type}: ${k} name "${n}" is not a gold entity name`);
  }
  // checks
  for (const ch of gold.checks) {
    if (!CHECK_KINDS.has(ch.kind)) err(g, `check kind ${ch.kind}`);
    if (!CHECK_STATUS.has(ch.status)) err(g, `check status ${ch.status}`);
    if (!ch.detail) err(g, `check ${ch.kind}: no detail`);
    checkStatusCount[`${ch.kind}/${ch.status}`] = (checkStatusCount[`${ch.kind}/${ch.status}`] || 0) + 1;
  }
  if (gold.checks.length === 0) warn(g, 'no checks');
  for (const k of ['entities', 'times', 'quantities', 'claims', 'events', 'checks']) totals[k] += gold[k].length;
  console.log(`ok    ${t}: ${words} words, ${gold.entities.length} ent, ${gold.times.length} times, ${gold.quantities.length} qty, ${gold.claims.length} claims, ${gold.events.length} events, ${gold.checks.length} checks`);
}
console.log('\nTOTALS', JSON.stringify(totals));
console.log('CHECKS', JSON.stringify(checkStatusCount));
console.log(`${errors} error(s), ${warnings} warning(s)`);
return errors ? 1 : 0;
}
import { fileURLToPath as __f } from 'node:url'; process.exitCode = validateDevset(path.dirname(__f(import.meta.url)));
