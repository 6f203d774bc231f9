// Short articles written for this test, through the language layer and the mentions stage:
// every mention slices back to its text, sits in order, and carries the code a careful reader
// would give it that day. (The stages are run here, not through createPipeline, so that this
// test measures the actors stage alone.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { createActorStage, loadActorDictionary } from "../src/actors/index.js";
import { createDocument } from "../src/ingest/create-document.js";
import { tokenize } from "../src/language/tokens.js";
import { assertSpansResolve } from "./helpers/spans.js";
import { TEST_COMPANIES, TEST_PEOPLE, writeDictionary } from "./helpers/actors.js";

const stage = createActorStage(loadActorDictionary({ userDirs: [writeDictionary({ "actors/people/test.yaml": TEST_PEOPLE, "actors/companies.yaml": TEST_COMPANIES })] }));

function code(text: string, date: string) {
  const doc = stage.run(tokenize(createDocument({ text, format: "text", origin: "test", published: { value: date, precision: "day", origin: "flag" } })));
  assert.equal(stage.name, "mentions");
  assertSpansResolve(doc);
  const mentions = doc.layers.mentions ?? [];
  mentions.forEach((m, i) => i > 0 && assert.ok(mentions[i - 1]!.start <= m.start, "mentions are sorted by start"));
  return mentions.map((m) => [m.text, m.actor?.code ?? null] as const);
}

test("an article about a letter to Minsk", () => {
  const text = [
    "Minsk frees prisoners after letter from Washington",
    "US President Donald Trump sent a letter to Belarusian President Alexander Lukashenko on Monday.",
    "The letter was carried by Oskar Lindqvist, Trump's envoy, on a visit to Minsk.",
    "Lindqvist told Lukashenko that Washington wants to lift US sanctions on Belavia.",
    "Rights groups say the Belarusian opposition remains in prison.",
  ].join("\n");
  const mentions = code(text, "2025-09-12");
  const codes = new Map(mentions.map(([t, c]) => [t, c]));
  assert.equal(codes.get("US President Donald Trump"), "USAGOV");
  assert.equal(codes.get("Belarusian President Alexander Lukashenko"), "BLRGOV");
  assert.equal(codes.get("Oskar Lindqvist"), "USAGOV");
  assert.equal(codes.get("Lindqvist"), "USAGOV");
  assert.equal(codes.get("Belavia"), "BLRBUS");
  assert.equal(codes.get("Rights groups"), "HRI");
  assert.equal(codes.get("Belarusian opposition"), "BLROPP");
  assert.equal(codes.get("US"), "USAGOV");
});

test("the same article four years earlier codes Trump as a private American", () => {
  const mentions = code("Donald Trump wrote to Alexander Lukashenko.", "2022-03-01");
  assert.deepEqual(mentions, [["Donald Trump", "USA"], ["Alexander Lukashenko", "BLRGOV"]]);
});
