/**
 * A token-level trie: built once over every name and role noun, then walked from each token
 * of a sentence to find the longest entry that starts there. Keys are lower-cased token
 * texts; each entry keeps the case rule of each of its tokens as written, so that case can be
 * checked per match without looking at the name again.
 */
import type { CaseRule } from "./name-tokens.js";
import { caseRuleOf, fitsCase, tokenKey, tokensOfName } from "./name-tokens.js";

interface TrieEntry<T> {
  /** The case rule of each token; null when every token is written in lower case and any case fits. */
  readonly cases: readonly CaseRule[] | null;
  readonly value: T;
}

interface TrieNode<T> {
  readonly children: Map<string, TrieNode<T>>;
  entries: TrieEntry<T>[] | undefined;
}

/** The longest entry found at a position: how many tokens it covers and what it stands for. */
export interface TrieMatch<T> {
  readonly length: number;
  readonly values: readonly T[];
}

export class TokenTrie<T> {
  private readonly root: TrieNode<T> = { children: new Map(), entries: undefined };

  /** Adds `value` under `name` (split into tokens as the text is). Empty names are ignored. */
  add(name: string, value: T): void {
    const tokens = tokensOfName(name);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      const key = tokenKey(token);
      let next = node.children.get(key);
      if (!next) {
        next = { children: new Map(), entries: undefined };
        node.children.set(key, next);
      }
      node = next;
    }
    const cases = tokens.map(caseRuleOf);
    (node.entries ??= []).push({ cases: cases.every((c) => c === "any") ? null : cases, value });
  }

  /**
   * The longest entry starting at `texts[from]` whose case fits the text, with every value
   * stored under it (several when a name is ambiguous), or null. `keys` are the texts'
   * look-up keys (`tokenKey`), computed once per sentence by a caller that walks every token.
   */
  longestAt(texts: readonly string[], from: number, keys: readonly string[] = texts.map(tokenKey)): TrieMatch<T> | null {
    let node = this.root;
    let best: TrieMatch<T> | null = null;
    for (let i = from; i < texts.length; i++) {
      const next = node.children.get(keys[i]!);
      if (!next) break;
      node = next;
      if (!node.entries) continue;
      let values: T[] | null = null;
      for (const entry of node.entries) {
        const { cases } = entry;
        let fits = true;
        if (cases) for (let k = 0; fits && k < cases.length; k++) fits = fitsCase(cases[k]!, texts[from + k]!);
        if (fits) (values ??= []).push(entry.value);
      }
      if (values) best = { length: i - from + 1, values };
    }
    return best;
  }
}
