import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Document } from "../src/document.js";
import { withMessage } from "../src/document.js";
import { createDocument } from "../src/ingest/create-document.js";
import { readInputs } from "../src/ingest/read-inputs.js";
import { createPipeline } from "../src/pipeline.js";
import { parseDateValue } from "../src/ingest/dates.js";
import { ROOT } from "./paths.js";

async function exampleDocuments(): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const result of readInputs([join(ROOT, "examples")], { date: parseDateValue("2025-09-12", "flag") ?? undefined })) {
    if (result.ok) docs.push(createDocument(result.value));
  }
  return docs;
}

test("runAll gives, stage by stage over a batch, the very documents run gives one by one", async () => {
  const pipeline = createPipeline();
  const docs = await exampleDocuments();
  assert.ok(docs.length >= 5, `the examples folder gave ${docs.length} articles`);
  const oneByOne = docs.map((doc) => pipeline.run(doc));
  assert.ok(oneByOne.some((doc) => (doc.layers.events ?? []).length > 0), "the examples code some events");
  // Twice over, so that what a stage remembers from the first batch is exercised by the second.
  for (let pass = 0; pass < 2; pass++) assert.deepEqual(pipeline.runAll(docs), oneByOne);
});

test("runAll leaves a document that already failed as run does, and codes the others", async () => {
  const pipeline = createPipeline();
  const [good, other] = (await exampleDocuments()).slice(0, 2);
  assert.ok(good && other);
  const failed = withMessage(other, { code: "unreadable", severity: "error", reason: "the input could not be read", stage: "ingest" });
  const out = pipeline.runAll([failed, good]);
  assert.equal(out[0], pipeline.run(failed));
  assert.equal(out[0], failed, "no stage ran on the failed document");
  assert.deepEqual(out[1], pipeline.run(good));
});
