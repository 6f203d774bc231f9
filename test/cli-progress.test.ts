import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileOfOrigin, listInputFiles } from "../src/cli/count-inputs.js";
import type { IngestCounts } from "../src/cli/progress.js";
import { ProgressLine } from "../src/cli/progress.js";

const counts = (done: number, failed: number): IngestCounts => ({ new: done, versions: 0, unchanged: 0, failed, events: 0, mentions: 0 });

test("the files of an ingest are counted by the folder reader's rules", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-count-"));
  mkdirSync(join(dir, "sub"));
  for (const name of ["a.txt", "b.html", "sub/c.jsonl", "sub/README", ".hidden.txt", "image.png"]) writeFileSync(join(dir, name), "x");
  const listed = listInputFiles([dir]);
  assert.deepEqual([...listed.files].sort(), ["a.txt", "b.html", "sub/README", "sub/c.jsonl"].map((f) => join(dir, f)).sort());
  assert.equal(listed.complete, true);
  assert.equal(listInputFiles([dir, "https://example.org/feed.xml"]).complete, false);
  assert.equal(listInputFiles(["-"]).complete, false);
  assert.deepEqual([...listInputFiles([join(dir, "missing.txt")]).files], [join(dir, "missing.txt")]);
});

test("an origin names its file without line, item or index", () => {
  assert.equal(fileOfOrigin("news/a.jsonl:12"), "news/a.jsonl");
  assert.equal(fileOfOrigin("news/feed.xml#3"), "news/feed.xml");
  assert.equal(fileOfOrigin("news/list.json[0]"), "news/list.json");
  assert.equal(fileOfOrigin("news/plain.txt"), "news/plain.txt");
});

test("the progress line tells done, rate, errors, files and time left", () => {
  const files = new Set(["a.txt", "b.jsonl", "c.txt", "d.txt"]);
  const line = new ProgressLine({ files, complete: true }, process.stderr, false);
  const start = Date.now();
  line.update("a.txt", counts(1, 0));
  line.update("b.jsonl:1", counts(2, 0));
  line.update("b.jsonl:2", counts(2, 1));
  // Two files seen, the second still being read: one finished, three to go, at 10 s a file.
  assert.equal(line.describe(counts(2, 1), start + 10_000), "2 articles · 0.2/s · 1 errors · 1/4 files · 0:30 left · 0:10");
  const unknown = new ProgressLine({ files: new Set(), complete: false }, process.stderr, false);
  assert.equal(unknown.describe(counts(30, 0), Date.now() + 60_000).replace(/0\.5\/s|0\.4\/s/, "R"), "30 articles · R · 0 errors · 1:00");
});
