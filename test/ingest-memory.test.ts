import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newsJsonLines } from "../bench/news-corpus.js";
import { CLI } from "./paths.js";

interface Summary {
  readonly new: number;
  readonly peakRssMb: number;
}

/** Ingests `count` generated articles in a child process with two workers; its JSON summary. */
function ingest(dir: string, count: number): Summary {
  const corpus = join(dir, `news-${count}.jsonl`);
  writeFileSync(corpus, newsJsonLines(count));
  const result = spawnSync("node", [CLI, "ingest", "--db", join(dir, `news-${count}.db`), "--jobs", "2", "--json", corpus], { encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as Summary;
}

// The target, for the main thread and two workers, each with wink-nlp's model and the dictionaries.
const BOUND_MB = 400;
// What five times the articles may add. Measured here: +30 to +48 MB from 250 (or 400) to 1,250
// (or 2,000) articles while V8 lets the heaps grow towards their limits, +1 MB from 1,250 to
// 2,500; so this catches memory that grows with the input, not a few documents held too long
// (that the window bounds them is tested in ingest-parallel).
const GROWTH_MB = 70;
const SMALL = 250;

test("streaming ingest keeps its peak memory under a bound that does not grow with the input", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "attache-memory-"));
  const small = ingest(dir, SMALL);
  const large = ingest(dir, 5 * SMALL);
  t.diagnostic(`peak RSS ${small.peakRssMb} MB for ${SMALL} articles, ${large.peakRssMb} MB for ${5 * SMALL}`);
  assert.equal(small.new, SMALL);
  assert.equal(large.new, 5 * SMALL);
  assert.ok(large.peakRssMb < BOUND_MB, `peak RSS ${large.peakRssMb} MB`);
  assert.ok(large.peakRssMb - small.peakRssMb < GROWTH_MB, `peak RSS ${small.peakRssMb} MB for ${SMALL} articles, ${large.peakRssMb} MB for ${5 * SMALL}`);
});
