// Coreference within one article: surnames, titles, "the government", pronouns.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findMentions, resolvePronoun } from "../src/actors/index.js";
import { withLayers } from "../src/document.js";
import { dictionaryForTests, docOf, mentionsOf } from "./helpers/actors.js";

test("a surname after a full name is the same person, with the role the appositive gave", () => {
  const mentions = mentionsOf("Piotr Nowakowski, Trump's envoy, reached Minsk. Nowakowski met officials.");
  const later = mentions.filter((m) => m.text === "Nowakowski");
  assert.equal(later.length, 1);
  assert.equal(later[0]!.type, "PERSON");
  assert.equal(later[0]!.actor?.code, "USAGOV");
  assert.equal(later[0]!.via, "coreference:surname");
});

test("a title refers to the latest person who holds it", () => {
  const mentions = mentionsOf("Alexander Lukashenko met Donald Trump. The Belarusian leader smiled. Later the president left.");
  const leader = mentions.find((m) => m.text === "Belarusian leader");
  assert.equal(leader?.actor?.id, "alexander-lukashenko");
  const president = mentions.find((m) => m.text === "president");
  assert.equal(president?.actor?.id, "donald-trump");
});

test("the government is the government of the country last named", () => {
  const mentions = mentionsOf("Protests spread in Georgia. The government banned them.");
  assert.equal(mentions.find((m) => m.text === "government")?.actor?.code, "GEOGOV");
});

test("pronouns and 'the two countries' resolve to the latest compatible mentions", () => {
  const base = docOf("Lukashenko wrote to Trump. He asked for a deal. Poland and Belarus met; the two countries agreed.");
  const doc = withLayers(base, { mentions: findMentions(base, dictionaryForTests()) });
  const tokens = doc.layers.tokens!;
  const index = (word: string): number => tokens.findIndex((t) => doc.text.slice(t.start, t.end) === word);
  assert.deepEqual(resolvePronoun(doc, index("He")).map((m) => m.actor?.id), ["donald-trump"]);
  assert.deepEqual(resolvePronoun(doc, index("countries")).map((m) => m.actor?.code).sort(), ["BLR", "POL"]);
  assert.deepEqual(resolvePronoun(doc, index("asked")), []);
});

test("an unknown person named again in full keeps the role the first mention gave", () => {
  const mentions = mentionsOf("Polish Foreign Minister Tomasz Wierzbicki arrived. Later Tomasz Wierzbicki left.");
  const later = mentions.filter((m) => m.text === "Tomasz Wierzbicki");
  assert.equal(later.length, 1);
  assert.equal(later[0]!.actor?.code, "POLGOV");
  assert.equal(later[0]!.via, "coreference:name");
});
