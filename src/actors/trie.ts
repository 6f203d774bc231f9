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

/**
 * One bit per hash of the first keys of entries: a token whose bit is clear opens no entry, told
 * from its characters without making a string or asking the root's map (most tokens open none).
 */
const FILTER_BITS = 17;

/** FNV-1a over the UTF-16 code units of `text` from `start` to `end`, cut to FILTER_BITS bits. */
function filterHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> (32 - FILTER_BITS);
}

/** The longest entry found at a position: how many tokens it covers and what it stands for. */
export interface TrieMatch<T> {
  readonly length: number;
  readonly values: readonly T[];
}

export class TokenTrie<T> {
  private readonly root: TrieNode<T> = { children: new Map(), entries: undefined };
  private readonly firstKeys = new Uint8Array((1 << FILTER_BITS) >> 3);

  /** Adds `value` under `name` (split into tokens as the text is). Empty names are ignored. */
  add(name: string, value: T): void {
    const tokens = tokensOfName(name);
    if (tokens.length === 0) return;
    let node = this.root;
    const first = tokenKey(tokens[0]!);
    const bit = filterHash(first, 0, first.length);
    this.firstKeys[bit >> 3]! |= 1 << (bit & 7);
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
   * Whether an entry may open with the token whose key (`tokenKey`) is `text` from `start` to
   * `end`: false surely opens none, true may (then `longestAt` tells).
   */
  mayOpen(text: string, start: number, end: number): boolean {
    const bit = filterHash(text, start, end);
    return (this.firstKeys[bit >> 3]! & (1 << (bit & 7))) !== 0;
  }

  /**
   * The longest entry starting at `texts[from]` whose case fits the text, with every value
   * stored under it (several when a name is ambiguous), or null. `keyAt(i)` is the look-up key
   * (`tokenKey`) of `texts[i]`, which a caller walking every token may make on first need.
   */
  longestAt(texts: readonly string[], from: number, keyAt: (i: number) => string = (i) => tokenKey(texts[i]!)): TrieMatch<T> | null {
    let node = this.root;
    let best: TrieMatch<T> | null = null;
    for (let i = from; i < texts.length; i++) {
      const next = node.children.get(keyAt(i));
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
