import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { newsJsonLines, newsRecords } from "../bench/news-corpus.js";
import { hasFailed } from "../src/document.js";
import type { ArticleInput } from "../src/ingest/create-document.js";
import { createDocument } from "../src/ingest/create-document.js";
import type { Coded } from "../src/cli/ordered-writer.js";
import { OrderedWriter } from "../src/cli/ordered-writer.js";
import { PipelinePool } from "../src/parallel/pipeline-pool.js";
import { openStore } from "../src/store/open-store.js";
import { createPipeline } from "../src/pipeline.js";
import { storyProfileOf } from "../src/stories/index.js";
import { CLI } from "./paths.js";
import { ingestKilledAfter } from "./helpers/ingest-runs.js";

const HAS_PROC = existsSync("/proc/thread-self/stat");

function attache(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("node", [CLI, ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every table's rows, sorted, without ingest times: two databases that compare equal hold the same. */
function dump(path: string): Record<string, string[]> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    const result: Record<string, string[]> = {};
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
      result[table] = rows.map((row) => JSON.stringify(Object.entries(row).filter(([column]) => !/(_at|first_seen)$/.test(column)))).sort();
    }
    result["fts"] = (db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'sanctions' ORDER BY rowid").all() as unknown[]).map((r) => JSON.stringify(r));
    return result;
  } finally {
    db.close();
  }
}

/** Two databases hold the same rows; a difference is shown as the first row that differs, not as two whole dumps. */
function assertSameDatabase(actual: Record<string, string[]>, expected: Record<string, string[]>): void {
  assert.deepEqual(Object.keys(actual), Object.keys(expected));
  for (const [table, rows] of Object.entries(expected)) {
    const other = actual[table]!;
    const at = rows.findIndex((row, i) => other[i] !== row);
    assert.ok(at < 0 && other.length === rows.length, `${table}: ${other.length} rows, expected ${rows.length}; first difference:\n${other[at] ?? "(none)"}\nexpected\n${rows[at] ?? "(none)"}`);
  }
}

const asInput = (r: { id: string; text: string; date: string }): ArticleInput => ({
  id: r.id, text: r.text, format: "jsonl", origin: `corpus:${r.id}`, published: { value: r.date, precision: "day", origin: "input" },
});

test("a Document coded on a worker thread is the one coded in this thread", async () => {
  const inputs = [...newsRecords(6)].map(asInput);
  const pool = new PipelinePool({ jobs: 1, pipeline: { dictionaries: [] } });
  try {
    const pipeline = createPipeline();
    const coded = await Promise.all(inputs.map((input) => pool.code(input)));
    assert.ok(coded.every((doc) => (doc.layers.events?.length ?? 0) > 0 || (doc.layers.mentions?.length ?? 0) > 0));
    assert.deepStrictEqual(coded, inputs.map((input) => pipeline.run(createDocument(input))));
  } finally {
    await pool.close();
  }
});

test("an article coded for saving is the one coded in this thread, without its tokens, with its story profile", async () => {
  const inputs = [...newsRecords(4)].map(asInput);
  const pool = new PipelinePool({ jobs: 1, pipeline: { dictionaries: [] } });
  try {
    const pipeline = createPipeline();
    const coded = await Promise.all(inputs.map((input) => pool.codeForSaving(input)));
    const here = inputs.map((input) => pipeline.run(createDocument(input)));
    assert.ok(here.every((doc) => (doc.layers.tokens?.length ?? 0) > 0));
    assert.deepStrictEqual(coded.map((c) => c.doc), here.map(({ layers: { tokens: _tokens, ...layers }, ...doc }) => ({ ...doc, layers })));
    assert.deepStrictEqual(coded.map((c) => c.profile), here.map(storyProfileOf));
  } finally {
    await pool.close();
  }
});

test("a worker that dies fails the article it was coding, and the others are coded", async () => {
  const pool = new PipelinePool({ jobs: 2, pipeline: { dictionaries: [] }, workerUrl: new URL("./helpers/crashing-worker.js", import.meta.url) });
  try {
    const texts = ["one", "two CRASH", "three", "four EXIT", "five", "six", "seven"];
    const docs = await Promise.all(texts.map((text, i) => pool.code({ text, format: "text", origin: `t${i}` })));
    assert.deepEqual(docs.map((d) => [d.text, hasFailed(d)]), texts.map((t) => [t, /CRASH|EXIT/.test(t)]));
    assert.match(docs[1]!.messages.find((m) => m.severity === "error")!.reason, /crashed on purpose/);
    assert.match(docs[3]!.messages.find((m) => m.severity === "error")!.reason, /exit code 3/);
  } finally {
    await pool.close();
  }
});

test("an article that runs a worker out of its heap is coded again on a worker without the limit", async () => {
  const pool = new PipelinePool({ jobs: 2, pipeline: { dictionaries: [] }, heapMb: 32, workerUrl: new URL("./helpers/crashing-worker.js", import.meta.url) });
  try {
    const texts = ["one", "two GROW", "three", "four", "five CRASH"];
    const docs = await Promise.all(texts.map((text, i) => pool.code({ text, format: "text", origin: `t${i}` })));
    assert.deepEqual(docs.map((d) => [d.text, hasFailed(d)]), texts.map((t) => [t, t.includes("CRASH")]));
  } finally {
    await pool.close();
  }
});

test("a worker that has coded its share is replaced, and no article is lost", async () => {
  const pool = new PipelinePool({ jobs: 2, pipeline: { dictionaries: [] }, articlesPerWorker: 2, workerUrl: new URL("./helpers/crashing-worker.js", import.meta.url) });
  try {
    const texts = Array.from({ length: 9 }, (_, i) => `article ${i}`);
    const docs = await Promise.all(texts.map((text, i) => pool.code({ text, format: "text", origin: `t${i}` })));
    assert.deepEqual(docs.map((d) => [d.text, hasFailed(d)]), texts.map((t) => [t, false]));
  } finally {
    await pool.close();
  }
});

test("the pool counts the CPU its workers used, replaced ones included", { skip: HAS_PROC ? false : "threads' CPU comes from Linux's /proc" }, async () => {
  const pool = new PipelinePool({ jobs: 1, pipeline: { dictionaries: [] }, articlesPerWorker: 2, workerUrl: new URL("./helpers/crashing-worker.js", import.meta.url) });
  const texts = Array.from({ length: 6 }, (_, i) => `article ${i}`);
  const first = await pool.code({ text: texts[0]!, format: "text", origin: "t0" });
  const cpuOfOne = pool.workerCpuSeconds();
  await Promise.all(texts.slice(1).map((text, i) => pool.code({ text, format: "text", origin: `t${i + 1}` })));
  await pool.close();
  assert.equal(first.text, texts[0]);
  // Each worker starts an isolate and loads its modules: tens of milliseconds of its own CPU at least.
  assert.ok(cpuOfOne !== null && cpuOfOne > 0, `one worker: ${cpuOfOne} s`);
  const cpuOfThree = pool.workerCpuSeconds();
  assert.ok(cpuOfThree !== null && cpuOfThree > cpuOfOne, `three workers, two retired: ${cpuOfThree} s against ${cpuOfOne} for the first alone`);
});

test("reading waits while the window of articles in flight is full, and they are written in input order", async () => {
  const store = openStore(join(mkdtempSync(join(tmpdir(), "attache-window-")), "window.db"));
  try {
    const written: string[] = [];
    const counts = { new: 0, versions: 0, unchanged: 0, failed: 0, events: 0, mentions: 0 };
    const writer = new OrderedWriter(store, counts, { batch: 2, window: 3, written: (origin, problems) => written.push(`${origin}${problems.join("")}`) });
    const finish: ((coded: Coded) => void)[] = [];
    const coding = () => new Promise<Coded>((resolve) => finish.push(resolve));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    await writer.add("a", coding());
    await writer.add("b", coding());
    let readOn = false;
    const third = writer.add("c", coding()).then(() => { readOn = true; });
    await settle();
    assert.equal(readOn, false, "three in flight: the reader waits");
    finish[1]!({ kind: "problems", lines: ["!"] });
    await settle();
    assert.deepEqual([readOn, written], [false, []], "b is coded, a is not: nothing is written out of order");
    finish[0]!({ kind: "problems", lines: [] });
    await third;
    assert.deepEqual(written, ["a", "b!"]);
    finish[2]!({ kind: "problems", lines: [] });
    await writer.finish();
    assert.deepEqual(written, ["a", "b!", "c"]);
  } finally {
    await store.close();
  }
});

test("ingest --jobs 3 (two workers) ends in the same database as --jobs 1, and so does a --jobs 3 run killed half-way and run again", async () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-parallel-"));
  const COUNT = 200;
  const corpus = join(dir, "news.jsonl");
  writeFileSync(corpus, newsJsonLines(COUNT));
  const serialDb = join(dir, "serial.db");
  const parallelDb = join(dir, "parallel.db");
  const killedDb = join(dir, "killed.db");

  const serial = attache(["ingest", "--db", serialDb, "--jobs", "1", "--json", corpus]);
  assert.equal(serial.status, 0, serial.stderr);
  const parallel = attache(["ingest", "--db", parallelDb, "--jobs", "3", "--json", corpus]);
  assert.equal(parallel.status, 0, parallel.stderr);
  const counts = (out: string) => {
    const { new: added, events, mentions, failed } = JSON.parse(out) as Record<string, number>;
    return { added, events, mentions, failed };
  };
  assert.deepEqual(counts(parallel.stdout), counts(serial.stdout));
  if (HAS_PROC) {
    // The summary splits the process's CPU by thread: main, workers, V8's helpers.
    const split = (out: string) => JSON.parse(out) as { cpuSeconds: number; mainThreadCpuSeconds: number; workerCpuSeconds: number; helperCpuSeconds: number };
    const [one, two] = [split(serial.stdout), split(parallel.stdout)];
    assert.equal(one.workerCpuSeconds, 0);
    assert.ok(two.workerCpuSeconds > 0 && two.mainThreadCpuSeconds > 0 && two.helperCpuSeconds >= 0, parallel.stdout);
    // The threads' own figures (10 ms ticks) fit in the process's total, and the helpers are the rest.
    for (const run of [one, two]) {
      assert.ok(run.mainThreadCpuSeconds + run.workerCpuSeconds <= run.cpuSeconds + 0.02, JSON.stringify(run));
      assert.ok(Math.abs(run.cpuSeconds - run.mainThreadCpuSeconds - run.workerCpuSeconds - run.helperCpuSeconds) < 0.001, JSON.stringify(run));
    }
  }
  assert.equal(counts(serial.stdout).added, COUNT);
  const reference = dump(serialDb);
  assert.ok((reference["events"]?.length ?? 0) > COUNT, "the corpus gives events");
  assert.ok(new Set(reference["story_articles"]?.map((row) => (JSON.parse(row) as [string, unknown][])[1]?.[1])).size < COUNT, "some articles share a story");
  assertSameDatabase(dump(parallelDb), reference);

  const atKill = await ingestKilledAfter(killedDb, ["--jobs", "3", corpus], 30);
  assert.ok(atKill >= 30 && atKill < COUNT, `killed after ${atKill} of ${COUNT} articles`);
  const resumed = attache(["ingest", "--db", killedDb, "--jobs", "3", "--json", corpus]);
  assert.equal(resumed.status, 0, resumed.stderr);
  const summary = JSON.parse(resumed.stdout) as { new: number; unchanged: number };
  assert.equal(summary.new + summary.unchanged, COUNT);
  assert.ok(summary.unchanged >= atKill);
  assertSameDatabase(dump(killedDb), reference);
});
