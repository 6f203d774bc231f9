// Codes an argument gets from what surrounds it: the antecedent of a pronoun, the owner a
// possessive pronoun names, the country "the ministry" speaks for, the state a minority lives in.
// Sentences written for it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findMentions, resolvePronoun } from "../src/actors/index.js";
import type { Document } from "../src/document.js";
import { withLayers } from "../src/document.js";
import { dictionaryForTests, docOf, mentionsOf } from "./helpers/actors.js";

const codes = (sentence: string): Map<string, string | null> => new Map(mentionsOf(sentence).map((m) => [m.text, m.actor?.code ?? null]));

/** The document with its mentions, and the index of the nth token spelled `word`. */
function withMentions(text: string): { doc: Document; index: (word: string, nth?: number) => number } {
  const base = docOf(text);
  const doc = withLayers(base, { mentions: findMentions(base, dictionaryForTests()) });
  const tokens = doc.layers.tokens!;
  const index = (word: string, nth = 0): number => tokens.map((t, i) => (doc.text.slice(t.start, t.end) === word ? i : -1)).filter((i) => i >= 0)[nth]!;
  return { doc, index };
}

test("'they' refers to people named by a plural role", () => {
  const { doc, index } = withMentions("Chilean officials said they would boycott the summit.");
  assert.deepEqual(resolvePronoun(doc, index("they")).map((m) => m.actor?.code), ["CHLGOV"]);
});

test("a role after a possessive pronoun is of whom the pronoun refers to", () => {
  const found = codes("Chile and Argentina met after Argentina recalled its ambassador.");
  assert.equal(found.get("ambassador"), "ARGGOV");
  // "their": a group named before; with two countries in the sentence nothing else would tell.
  assert.equal(codes("Bolivian rebels said their commanders would meet Peru's president.").get("commanders"), "BOLMIL");
});

test("'the ministry' speaks for the country named as an actor, not the one named as a place", () => {
  assert.equal(codes("Chile opened an embassy in Lima, the foreign ministry said.").get("foreign ministry"), "CHLGOV");
  // A country named only as a place in a later sentence is still the one meant.
  assert.equal(codes("Chile sent envoys. Riots spread in Peru. The government blamed them.").get("government"), "PERGOV");
});

test("a state's name before a sum of money is the currency, not an actor", () => {
  const found = codes("Chile paid US $50 million to Peru.");
  assert.equal(found.has("US"), false);
  assert.equal(found.get("Peru"), "PER");
});

test("a minority is coded by the state it lives in", () => {
  assert.equal(codes("Police killed two ethnic Albanians in Serbia.").get("Albanians"), "SRB");
  assert.equal(codes("Ethnic Albanians marched near Macedonia's border, Macedonian officials said.").get("Albanians"), "MKD");
  assert.equal(codes("Ethnic Albanian guerrillas operating in Macedonia laid down arms.").get("Albanian guerrillas"), "MKDREB");
  // Two other states named as often: none is chosen.
  assert.equal(codes("Ethnic Albanians from Kosovo met Serbian officials.").get("Albanians"), "ALB");
  // A people not called a minority keeps its own state.
  assert.equal(codes("Albanians marched in Serbia.").get("Albanians"), "ALB");
  // Right after another state's demonym, a people is that state's, and so are "their" forces.
  const found = codes("Bosnian Croats said their forces would leave the town.");
  assert.equal(found.get("Croats"), "BIH");
  assert.equal(found.get("forces"), "BIHMIL");
});
