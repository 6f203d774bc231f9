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

// Three processes: the main thread and two workers, each with wink-nlp's model and the dictionaries.
const BOUND_MB = 450;
// What five times the articles may add: far less than holding them (each annotated article
// takes tens of kilobytes), room for the garbage collector's timing.
const GROWTH_MB = 40;

test("streaming ingest keeps its peak memory under a bound that does not grow with the input", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "attache-memory-"));
  const small = ingest(dir, 250);
  const large = ingest(dir, 1250);
  t.diagnostic(`peak RSS ${small.peakRssMb} MB for 250 articles, ${large.peakRssMb} MB for 1,250`);
  assert.equal(small.new, 250);
  assert.ok(large.new > 1200, `${large.new} articles`);
  assert.ok(large.peakRssMb < BOUND_MB, `peak RSS ${large.peakRssMb} MB`);
  assert.ok(large.peakRssMb - small.peakRssMb < GROWTH_MB, `peak RSS ${small.peakRssMb} MB for 250 articles, ${large.peakRssMb} MB for 1,250`);
});
