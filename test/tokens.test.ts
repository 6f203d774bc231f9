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

test("hard-wrapped wire copy keeps its sentences whole across line breaks", () => {
  const wrapped = [
    "The central bank of the republic raised its main lending rate by half a",
    "point on Tuesday, citing inflation that has stayed above its target for",
    "most of the past year, officials said in a statement.",
    "    The decision was expected by most of the economists surveyed by local",
    "newspapers, although two of them had predicted that the bank would wait",
    "until the spring before it moved again on rates.",
  ].join("\n");
  const doc = tokenize(createDocument({ text: wrapped, format: "text", origin: "test" }));
  assert.equal(doc.layers.paragraphs?.length, 2);
  assert.equal(doc.layers.sentences?.length, 2);
  assert.match(doc.text.slice(doc.layers.sentences![0]!.start, doc.layers.sentences![0]!.end), /^The central bank[\s\S]*statement\.$/);
  assertSpansResolve(doc);
});

test("one paragraph per line when lines are not wrapped", () => {
  const text = "A short first paragraph.\nA second one, also short.\nRead also:\n- A headline";
  const doc = tokenize(createDocument({ text, format: "text", origin: "test" }));
  assert.equal(doc.layers.paragraphs?.length, 4);
});

test("a document's tokens do not depend on what the process read before it", () => {
  const words = (text: string) => {
    const doc = tokenize(createDocument({ text, format: "text", origin: "test" }));
    return doc.layers.tokens!.map((t) => doc.text.slice(t.start, t.end));
  };
  const later = "Standard and Poor's Corp said it upgraded the bonds.";
  const alone = words(later);
  assert.deepEqual(alone.slice(0, 5), ["Standard", "and", "Poor", "'s", "Corp"]);
  // wink-nlp reads "Poor's." as one word "Poor's" and, left alone, would keep it whole from then on.
  words("The bonds are rated AAA by Standard and Poor's.");
  assert.deepEqual(words(later), alone);
});
