/**
 * A token-level trie: built once over every name and role noun, then walked from each token
 * of a sentence to find the longest entry that starts there. Keys are lower-cased token
 * texts; each entry keeps the tokens as written so that case can be checked per match.
 */
import { caseAllows, tokenKey, tokensOfName } from "./name-tokens.js";

interface TrieNode<T> {
  readonly children: Map<string, TrieNode<T>>;
  entries: { readonly tokens: readonly string[]; readonly value: T }[] | undefined;
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
    (node.entries ??= []).push({ tokens, value });
  }

  /**
   * The longest entry starting at `texts[from]` whose case fits the text, with every value
   * stored under it (several when a name is ambiguous), or null. `keys` are the texts'
   * look-up keys (`tokenKey`), computed once per sentence by a caller that walks every token.
   */
  longestAt(texts: readonly string[], from: number, keys: readonly string[] = texts.map(tokenKey), accept: (value: T) => boolean = () => true): TrieMatch<T> | null {
    let node = this.root;
    let best: TrieMatch<T> | null = null;
    for (let i = from; i < texts.length; i++) {
      const next = node.children.get(keys[i]!);
      if (!next) break;
      node = next;
      if (!node.entries) continue;
      const values: T[] = [];
      for (const entry of node.entries) {
        if (!accept(entry.value)) continue;
        let fits = true;
        for (let k = 0; fits && k < entry.tokens.length; k++) fits = caseAllows(entry.tokens[k]!, texts[from + k]!);
        if (fits) values.push(entry.value);
      }
      if (values.length > 0) best = { length: i - from + 1, values };
    }
    return best;
  }
}
