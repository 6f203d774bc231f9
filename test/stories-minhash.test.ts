import { test } from "node:test";
import assert from "node:assert/strict";
import { bandsOf, BANDS, estimateJaccard, hashString, signatureOf } from "../src/stories/minhash.js";
import { shinglesOf } from "../src/stories/profile.js";

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => hashString(`shingle ${from + i}`));

test("a signature depends on the set, not on the order of its items", () => {
  const items = range(0, 200);
  assert.deepEqual(signatureOf(items), signatureOf([...items].reverse()));
});

test("estimated Jaccard is 1 for equal sets, near 0 for disjoint ones, near the truth in between", () => {
  const a = signatureOf(range(0, 300));
  assert.equal(estimateJaccard(a, signatureOf(range(0, 300))), 1);
  assert.ok(estimateJaccard(a, signatureOf(range(1000, 1300))) < 0.05);
  // |A ∩ B| = 200, |A ∪ B| = 400: J = 0.5
  const half = estimateJaccard(a, signatureOf(range(100, 400)));
  assert.ok(half > 0.35 && half < 0.65, `estimate ${half}`);
});

test("bands: equal signatures share every bucket, an empty set has none", () => {
  const a = bandsOf(signatureOf(range(0, 50)));
  assert.equal(a.length, BANDS);
  assert.deepEqual(a, bandsOf(signatureOf(range(0, 50))));
  assert.equal(new Set(a).size, BANDS);
  assert.deepEqual(bandsOf(signatureOf([])), []);
});

test("shingles are word triples: reordering words changes them, repeating a text does not add new ones", () => {
  const words = "the army and the rebels met in jeddah on sunday".split(" ");
  const shingles = shinglesOf(words);
  assert.equal(shingles.size, words.length - 2);
  assert.deepEqual(shinglesOf([...words, ...words]).size, shingles.size + 2);
  const swapped = shinglesOf(["army", "the", ...words.slice(2)]);
  assert.ok([...swapped].filter((s) => shingles.has(s)).length < shingles.size);
});
