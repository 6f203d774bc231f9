import { test } from "node:test";
import assert from "node:assert/strict";
import { createDocument } from "../src/ingest/create-document.js";
import { tokenize } from "../src/language/tokens.js";
import { assertSpansResolve } from "./helpers/spans.js";

const TEXT = `The minister of foreign affairs arrived in Oslo on Monday. He met Dr. Hansen, who said talks "went well".
Protesters gathered outside the U.S. Embassy at 9 a.m. and dispersed by noon.`;

test("tokens, sentences and paragraphs slice back to their own words", () => {
  const doc = tokenize(createDocument({ text: TEXT, format: "text", origin: "test" }));
  assert.equal(doc.layers.paragraphs?.length, 2);
  assert.deepEqual(
    doc.layers.sentences?.map((s) => doc.text.slice(s.start, s.end)),
    [
      "The minister of foreign affairs arrived in Oslo on Monday.",
      `He met Dr. Hansen, who said talks "went well".`,
      "Protesters gathered outside the U.S. Embassy at 9 a.m. and dispersed by noon.",
    ],
  );
  const words = doc.layers.tokens!.filter((t) => t.sentence === 0).map((t) => doc.text.slice(t.start, t.end));
  assert.deepEqual(words, ["The", "minister", "of", "foreign", "affairs", "arrived", "in", "Oslo", "on", "Monday", "."]);
  const arrived = doc.layers.tokens!.find((t) => doc.text.slice(t.start, t.end) === "arrived");
  assert.equal(arrived?.pos, "VERB");
  assert.equal(arrived?.lemma, "arrive");
  assertSpansResolve(doc);
});
