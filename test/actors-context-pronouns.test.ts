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

test("a pronoun refers to the latest person who fits, even one nobody knows, and never skips them for an earlier one", () => {
  const { doc, index } = withMentions("Lukashenko met Ms Olga Brenner in Minsk. She said he would free prisoners. Mr Pavel Orlik, a lawyer, agreed. He said more would follow.");
  // "She" is Ms Brenner (no code), not Lukashenko; "he" skips her for the man before.
  assert.deepEqual(resolvePronoun(doc, index("She")).map((m) => [m.text, m.actor?.code ?? null]), [["Ms Olga Brenner", null]]);
  assert.deepEqual(resolvePronoun(doc, index("he")).map((m) => m.actor?.id), ["alexander-lukashenko"]);
  // The man just named is meant, though the dictionary does not know him: no earlier actor is taken.
  assert.deepEqual(resolvePronoun(doc, index("He")).map((m) => m.text), ["Mr Pavel Orlik"]);
});

test("'he' is no plural role and 'it' no plural noun", () => {
  const { doc, index } = withMentions("Lukashenko spoke after Belarusian ministers met. He said the talks went well.");
  assert.deepEqual(resolvePronoun(doc, index("He")).map((m) => m.actor?.id), ["alexander-lukashenko"]);
});

test("'Mr X' after a full name is that person", () => {
  const found = codes("Belarusian Interior Minister Ivan Kubrakov spoke on Monday. Mr Kubrakov said the border would stay open.");
  assert.equal(found.get("Mr Kubrakov"), "BLRGOV");
});

test("a name nobody knows right after a role and a comma takes the role's code", () => {
  const found = codes("Belarus's foreign minister, Ivan Kovalchuk, criticised Poland.");
  assert.equal(found.get("Ivan Kovalchuk"), "BLRGOV");
});

test("a subject pronoun skips a possessor and a person of the other sex by title or given name", () => {
  const { doc, index } = withMentions("Lukashenko said Putin's plan was sound. He said talks would go on. Anna Petrova met Lukashenko, and Mrs Elena Koval wrote to him. He said she was right.");
  // "Putin's plan": the possessor is not who speaks next.
  assert.deepEqual(resolvePronoun(doc, index("He")).map((m) => m.actor?.id), ["alexander-lukashenko"]);
  assert.deepEqual(resolvePronoun(doc, index("He", 1)).map((m) => m.actor?.id), ["alexander-lukashenko"]);
  assert.deepEqual(resolvePronoun(doc, index("she")).map((m) => m.text), ["Mrs Elena Koval"]);
});
