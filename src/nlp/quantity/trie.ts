import { phraseKey, type QTok } from './tokens.js';

/** A phrase trie over lower-cased tokens: longest match of a multi-token phrase ("miles per hour"). */
export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };

  add(phrase: string, value: V, keepCase = false): this {
    let node = this.root;
    for (const key of phraseKey(phrase, !keepCase)) {
      let child = node.next.get(key);
      if (!child) { child = { next: new Map() }; node.next.set(key, child); }
      node = child;
    }
    node.value = value;
    return this;
  }

  /**
   * Longest phrase starting at token `i`, within one sentence and line ("miles per hour").
   * `tight`: the phrase's tokens must touch ("A$" but not "A $5 million reward").
   */
  match(toks: readonly QTok[], i: number, caseSensitive = false, tight = false): { value: V; end: number } | undefined {
    let node = this.root;
    let best: { value: V; end: number } | undefined;
    for (let j = i; j < toks.length; j++) {
      if (j > i && (toks[j].sent !== toks[i].sent || toks[j].newline || (tight && toks[j].space))) break;
      const child = node.next.get(caseSensitive ? toks[j].text : toks[j].lower);
      if (!child) break;
      node = child;
      if (node.value !== undefined) best = { value: node.value, end: j };
    }
    return best;
  }
}

interface TrieNode<V> { next: Map<string, TrieNode<V>>; value?: V }
