import { test } from "node:test";
import assert from "node:assert/strict";
import { createDocument } from "../src/ingest/create-document.js";
import { createPipeline } from "../src/pipeline.js";

test("an infinitive 'to' tagged as a preposition does not stall the verb-group scan", () => {
  // Found on a real page: the scan never moved past "to" and ran out of memory.
  const text = "He set out to learn the function, and he eventually got his answer. She wanted to help it, and she did.";
  const doc = createPipeline({}).run(createDocument({ text, format: "text", origin: "test" }));
  assert.ok(Array.isArray(doc.layers.events), "the events stage ran");
  assert.equal(doc.messages.filter((m) => m.severity === "error").length, 0);
});
