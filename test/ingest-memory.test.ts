import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newsJsonLines } from "../bench/news-corpus.js";
import { CLI } from "./paths.js";
import { storedArticles } from "./helpers/ingest-runs.js";

// The target, with --jobs 2 (the default on two cores): the main thread, which saves, and one
// worker, with wink-nlp's model and the dictionaries.
const BOUND_MB = 400;
// Peak RSS rises while V8 lets the heaps grow towards their limits, then levels off. Measured
// with two workers on generated articles: 250 → 1,250 articles +30 to +48 MB, 1,250 → 2,500
// +1 MB. So the peak is read half-way through one run, past that rise, and at the end. The
// second half added 11 and 26 MB in two runs on a loaded machine: the margin catches memory
// that grows by more than ~40 KB an article (two annotated articles held each), not less.
const TOTAL = 2400;
const HALF = TOTAL / 2;
const GROWTH_MB = 50;

/** A process's peak resident set so far, from Linux's /proc. */
function peakRssMbOf(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

const HAS_PROC = existsSync("/proc/self/status");

test(
  "streaming ingest keeps its peak memory under a bound that does not grow with the input",
  { skip: HAS_PROC ? false : "reads the child's peak RSS half-way from /proc (Linux)" },
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), "attache-memory-"));
    const corpus = join(dir, "news.jsonl");
    const db = join(dir, "news.db");
    writeFileSync(corpus, newsJsonLines(TOTAL));
    const child = spawn("node", [CLI, "ingest", "--db", db, "--jobs", "2", "--json", corpus], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    let status: number | null | undefined;
    const exited = new Promise<void>((resolve) => child.on("close", (code) => { status = code; resolve(); }));
    let halfway: number | null = null;
    while (status === undefined && halfway === null) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (storedArticles(db) >= HALF) halfway = peakRssMbOf(child.pid!);
    }
    await exited;
    assert.equal(status, 0, stderr);
    const summary = JSON.parse(stdout) as { new: number; peakRssMb: number };
    t.diagnostic(`peak RSS ${halfway} MB after ${HALF} articles, ${summary.peakRssMb} MB after ${TOTAL}`);
    assert.equal(summary.new, TOTAL);
    assert.ok(halfway !== null, "the run was seen half-way");
    assert.ok(summary.peakRssMb < BOUND_MB, `peak RSS ${summary.peakRssMb} MB`);
    assert.ok(summary.peakRssMb - halfway < GROWTH_MB, `peak RSS ${halfway} MB after ${HALF} articles, ${summary.peakRssMb} MB after ${TOTAL}`);
  },
);
