// The token trie the matcher walks: the longest entry whose case fits, and the filter on first
// tokens that lets the matcher skip most tokens without a look-up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadActorDictionary } from "../src/actors/index.js";
import { tokenKey, tokensOfName } from "../src/actors/name-tokens.js";
import { TokenTrie } from "../src/actors/trie.js";

function trieOf(names: readonly string[]): TokenTrie<string> {
  const trie = new TokenTrie<string>();
  for (const name of names) trie.add(name, name);
  return trie;
}

test("the longest entry at a token, with every value of an ambiguous name", () => {
  const trie = new TokenTrie<string>();
  trie.add("Soviet Union", "USSR");
  trie.add("Soviet", "demonym");
  trie.add("Georgia", "country");
  trie.add("Georgia", "state");
  const texts = tokensOfName("the Soviet Union and Georgia");
  assert.deepEqual(trie.longestAt(texts, 1), { length: 2, values: ["USSR"] });
  assert.deepEqual(trie.longestAt(texts, 4), { length: 1, values: ["country", "state"] });
  assert.equal(trie.longestAt(texts, 0), null);
});

test("case: acronyms only in capitals, capitalised names only with their capital, lower-case words in any case", () => {
  const trie = trieOf(["US", "Turkey", "rights groups"]);
  const at = (sentence: string, k: number) => trie.longestAt(tokensOfName(sentence), k)?.values ?? null;
  assert.deepEqual(at("told US officials", 1), ["US"]);
  assert.equal(at("told us all", 1), null);
  assert.deepEqual(at("in Turkey now", 1), ["Turkey"]);
  assert.equal(at("ate turkey now", 1), null);
  assert.deepEqual(at("Rights Groups said", 0), ["rights groups"]);
  // A longer entry whose case does not fit leaves the shorter one that does.
  trie.add("US Open", "tournament");
  assert.deepEqual(trie.longestAt(tokensOfName("the US open letter"), 1), { length: 1, values: ["US"] });
});

test("keys made by the caller stand for the tokens' texts", () => {
  const trie = trieOf(["O'Brien"]);
  const texts = ["O’Brien", "said"];
  const keys = texts.map(tokenKey);
  assert.deepEqual(trie.longestAt(texts, 0, (i) => keys[i]!)?.values, ["O'Brien"]);
});

test("the filter lets through the first token of every name, read anywhere in a text", () => {
  const trie = trieOf(["Alexander Lukashenko", "NATO", "rights groups", "Côte d'Ivoire"]);
  const text = "so lukashenko and alexander, nato, rights and côte went";
  for (const word of ["alexander", "nato", "rights", "côte"]) {
    const start = text.indexOf(word);
    assert.ok(trie.mayOpen(text, start, start + word.length), word);
  }
  // The filter is one bit per hash: words that open no entry are mostly told apart.
  const others = ["so", "lukashenko", "and", "went", "said", "the", "of", "a", "to", "in"];
  assert.ok(others.filter((w) => trie.mayOpen(w, 0, w.length)).length <= 2);
});

test("no name of the real dictionary is filtered out", () => {
  const { trie, byName } = loadActorDictionary();
  let checked = 0;
  for (const name of byName.keys()) {
    const [first] = tokensOfName(name);
    if (!first) continue;
    const key = tokenKey(first);
    const text = `an article naming ${key} here`;
    assert.ok(trie.mayOpen(text, 18, 18 + key.length), name);
    checked++;
  }
  assert.ok(checked > 1000);
});
