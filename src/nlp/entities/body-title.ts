// A legislature, treasury or armed service named by one capitalised word right before a title (issue #3): "House
// Speaker Mike Johnson", "Parliament Speaker Mahinda Yapa Abeywardena", "Senate Majority Leader Chuck Schumer",
// "Army chief General Asim Munir", "a Treasury spokesperson". The title rule takes the person after the title; this
// rule gives the body word its own organisation candidate. The words are data/lexicon/entities-body-title-leads.txt.
// Inside a longer name the longer candidate wins the selection ("Pakistan Army chief", "White House spokesman"). Not a
// lower-case word ("the house speaker"), not in a headline (capitals carry no signal there).
import { readWordSet } from '../../core/word-lists.js';
import { lexicon } from './lexicon.js';
import type { Cand } from './recognize.js';
import type { Tok } from './tokenize.js';

let leads: ReadonlySet<string> | undefined;
/** Lower-case body words of data/lexicon/entities-body-title-leads.txt. */
export function bodyTitleLeads(): ReadonlySet<string> {
  return (leads ??= readWordSet('entities-body-title-leads.txt'));
}

/** Words of a title that may stand right after the body word besides role nouns ("Majority Leader"). */
const TITLE_LEADS = new Set(['majority', 'minority', 'deputy', 'chief']);

/** The organisation candidates of body words before a title in the tokens. */
export function bodyTitleCandidates(toks: readonly Tok[]): Cand[] {
  const L = lexicon(); const words = bodyTitleLeads();
  const out: Cand[] = [];
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i]!;
    if (!t.isWord || !t.cap || t.allCaps || t.headline || !words.has(t.lower)) continue;
    const n = toks[i + 1]!;
    if (n.sent !== t.sent || !n.isWord) continue;
    const nl = n.lower.replace(/\.$/, '');
    if (!L.roleNouns.has(nl) && !TITLE_LEADS.has(nl)) continue;
    // (inside a longer name the longer candidate wins the selection: "Pakistan Army chief", "White House spokesman")
    out.push({ s: i, e: i + 1, type: 'ORG', src: 'head', rule: 'body-before-title', score: 0 });
  }
  return out;
}
