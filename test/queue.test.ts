import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { buildStoriesCorpus } from "../bench/stories-corpus.js";
import { ARTICLES_QUEUE } from "../src/queue/jobs.js";
import { openWorkQueue } from "../src/queue/index.js";
import { CLI } from "./paths.js";

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function attache(args: readonly string[]): Run {
  const result = spawnSync("node", [CLI, ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A worker in a process of its own, to be waited for or killed. */
function startWorker(url: string, extra: readonly string[] = []): { child: ReturnType<typeof spawn>; done: Promise<Run> } {
  const child = spawn("node", [CLI, "worker", "--db", url, "--until-empty", ...extra], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr!.on("data", (chunk: Buffer) => { stderr += chunk.toString(); });
  const done = new Promise<Run>((resolve) => child.on("exit", (status) => resolve({ status, stdout, stderr })));
  return { child, done };
}

const PG_URL = process.env["ATTACHE_TEST_PG"] ?? "";

async function skipReason(): Promise<string | null> {
  if (PG_URL === "") return "set ATTACHE_TEST_PG to a PostgreSQL URL (scripts/start-postgres.sh prints one)";
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return `no PostgreSQL server at ATTACHE_TEST_PG: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function query<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * A schema of our own for the store, named in the URL's search_path as any user can; the
 * queue goes beside it in `<schema>_queue`. Both are dropped by `drop`.
 */
async function ownSchema(): Promise<{ schema: string; url: string; drop: () => Promise<void> }> {
  const schema = `t_${randomBytes(6).toString("hex")}`;
  await query(`CREATE SCHEMA ${schema}`);
  const url = `${PG_URL}${PG_URL.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return { schema, url, drop: async () => { await query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`); } };
}

async function storedArticles(schema: string): Promise<number> {
  try {
    return Number((await query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.articles`))[0]!.n);
  } catch {
    return 0; // not migrated yet
  }
}

/** What a run leaves in the store, without serial ids and times: articles, events, mentions, story and canonical-event groups. */
async function dump(schema: string): Promise<Record<string, string[]>> {
  const rows = async (sql: string) => (await query<{ row: unknown }>(sql)).map((r) => JSON.stringify(r.row)).sort();
  return {
    versions: await rows(`SELECT jsonb_build_array(article_id, count(*)) AS row FROM ${schema}.versions GROUP BY article_id`),
    articles: await rows(`SELECT to_jsonb(v) - 'id' - 'ingested_at' - 'search' AS row FROM ${schema}.articles a JOIN ${schema}.versions v ON v.id = a.latest_version_id`),
    events: await rows(`SELECT to_jsonb(e) - 'id' - 'version_id' AS row FROM ${schema}.events e`),
    mentions: await rows(`SELECT to_jsonb(m) - 'version_id' || jsonb_build_object('article', v.article_id) AS row FROM ${schema}.mentions m JOIN ${schema}.versions v ON v.id = m.version_id`),
    stories: await rows(`SELECT jsonb_agg(article_id ORDER BY article_id) AS row FROM ${schema}.story_articles GROUP BY story_id`),
    canonical: await rows(`SELECT jsonb_agg(event_id ORDER BY event_id) AS row FROM ${schema}.event_canonical GROUP BY canonical_id`),
  };
}

interface StatusJson {
  counts: { queued: number; active: number; retrying: number; done: number; dead: number };
  deadLetters: { origin: string; error: string }[];
}

function queueStatus(url: string): StatusJson {
  const run = attache(["queue", "--db", url, "--json"]);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as StatusJson;
}

/** Articles as JSON Lines: originals of the stories corpus and edited copies of them, so that stories group several. */
function writeArticles(dir: string, families: number): string {
  const corpus = buildStoriesCorpus(["exact", "headline", "swap15"]);
  const keep = new Set(corpus.filter((c) => c.kind === "original").slice(0, families).map((c) => c.family));
  const lines = corpus
    .filter((c) => keep.has(c.family))
    .map(({ input }) => JSON.stringify({ id: input.id, title: input.title, source: input.source, date: input.published?.value, text: input.text }));
  const path = join(dir, "articles.jsonl");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

const skip = await skipReason();

describe("work queue on PostgreSQL", { skip: skip ?? false }, () => {
  test("two workers, one killed mid-batch and one started after: every article stored once, as one ingest stores them", async (t) => {
    const dir = mkdtempSync(join(tmpdir(), "attache-queue-"));
    const articles = writeArticles(dir, 15);
    const queued = await ownSchema();
    const ingested = await ownSchema();
    try {
      // A job held by a dead worker is tried again after 5 s (and the next maintenance pass).
      const enqueue = attache(["enqueue", "--db", queued.url, "--timeout", "5s", "--json", articles]);
      assert.equal(enqueue.status, 0, enqueue.stderr);
      assert.deepEqual(JSON.parse(enqueue.stdout).queued, 60);

      const killed = startWorker(queued.url);
      const survivor = startWorker(queued.url);
      let killedExited = false;
      void killed.done.then(() => { killedExited = true; });
      while (!killedExited && (await storedArticles(queued.schema)) < 10) await new Promise((r) => setTimeout(r, 20));
      killed.child.kill("SIGKILL");
      await killed.done;
      const atKill = await storedArticles(queued.schema);
      assert.ok(atKill >= 10 && atKill < 60, `killed with ${atKill} of 60 articles stored`);

      const late = startWorker(queued.url);
      const [a, b] = await Promise.all([survivor.done, late.done]);
      assert.equal(a.status, 0, a.stderr);
      assert.equal(b.status, 0, b.stderr);

      const status = queueStatus(queued.url);
      assert.deepEqual(status.counts, { queued: 0, active: 0, retrying: 0, done: 60, dead: 0 });
      const retried = await query<{ n: string }>(`SELECT count(*) AS n FROM ${queued.schema}_queue.job WHERE retry_count > 0`);
      t.diagnostic(`killed with ${atKill} of 60 stored; jobs tried again after the kill: ${retried[0]!.n}`);

      const ingest = attache(["ingest", "--db", ingested.url, articles]);
      assert.equal(ingest.status, 0, ingest.stderr);
      const [fromQueue, fromIngest] = [await dump(queued.schema), await dump(ingested.schema)];
      assert.equal(fromQueue["versions"]!.length, 60);
      assert.ok(fromQueue["versions"]!.every((row) => (JSON.parse(row) as [string, number])[1] === 1), "one version per article");
      assert.ok(fromQueue["stories"]!.length < 60, "copies are grouped into stories");
      assert.deepEqual(fromQueue, fromIngest);
    } finally {
      await queued.drop();
      await ingested.drop();
    }
  });

  test("a job that is no article goes to the dead letters with its error; the others are stored; retry leaves it there, purge drops it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "attache-queue-"));
    const articles = writeArticles(dir, 1);
    const { schema, url, drop } = await ownSchema();
    try {
      const enqueue = attache(["enqueue", "--db", url, "--retries", "1", "--retry-delay", "1s", articles]);
      assert.equal(enqueue.status, 0, enqueue.stderr);
      assert.match(enqueue.stdout, /^4 queued, 0 already on the queue, 0 unreadable/);
      // What another program (or another version of attache) might put on the queue: poison.
      const queue = await openWorkQueue(url);
      const poison = await queue.boss.send(ARTICLES_QUEUE, { article: { text: 42, origin: "elsewhere" } });
      await queue.close();
      assert.ok(poison);

      const worker = await startWorker(url).done;
      assert.equal(worker.status, 1, "a worker that sent an article to the dead letters says so");
      const problem = `job ${poison}: .*article\\.text.*`;
      assert.match(worker.stderr, new RegExp(`${problem}\\(try 1 of 2, will be retried\\)`));
      assert.match(worker.stderr, new RegExp(`${problem}\\(try 2 of 2, to the dead letters\\)`));
      assert.equal(await storedArticles(schema), 4);

      const status = queueStatus(url);
      assert.deepEqual(status.counts, { queued: 0, active: 0, retrying: 0, done: 4, dead: 1 });
      assert.equal(status.deadLetters.length, 1);
      // A dead letter is a copy of the job under an id of its own.
      assert.match(status.deadLetters[0]!.origin, /^job [0-9a-f-]{36}$/);
      assert.match(status.deadLetters[0]!.error, /article\.text/);
      const table = attache(["queue", "--db", url]);
      assert.match(table.stdout, /^0 queued, 0 active, 0 retrying, 4 done, 1 dead\n/);
      assert.match(table.stdout, /job [0-9a-f-]{36} .*article\.text/);

      const retry = attache(["queue", "retry", "--db", url]);
      assert.equal(retry.status, 0, retry.stderr);
      assert.match(retry.stdout, /^0 put back on the queue, 0 already on it, 1 not articles \(left in the dead letters\)/);
      assert.deepEqual(queueStatus(url).counts, { queued: 0, active: 0, retrying: 0, done: 4, dead: 1 });
      const purge = attache(["queue", "purge", "--dead", "--db", url]);
      assert.match(purge.stdout, /^1 dead letters dropped/);
      assert.deepEqual(queueStatus(url).counts, { queued: 0, active: 0, retrying: 0, done: 4, dead: 0 });
    } finally {
      await drop();
    }
  });

  test("the same articles enqueued twice, or twice in one run, are one job each; a worker stopped by SIGTERM holds none", async () => {
    const dir = mkdtempSync(join(tmpdir(), "attache-queue-"));
    const articles = writeArticles(dir, 2);
    const { schema, url, drop } = await ownSchema();
    try {
      const first = attache(["enqueue", "--db", url, articles, articles]);
      assert.equal(first.status, 0, first.stderr);
      assert.match(first.stdout, /^8 queued, 8 already on the queue, 0 unreadable/);
      const second = attache(["enqueue", "--db", url, "--date", "2025-01-01", articles, join(dir, "missing.txt")]);
      assert.equal(second.status, 1, "an unreadable input is reported, as ingest does");
      assert.match(second.stdout, /^0 queued, 8 already on the queue, 1 unreadable/);
      assert.match(second.stderr, /missing\.txt: no such file or folder/);
      assert.deepEqual(queueStatus(url).counts, { queued: 8, active: 0, retrying: 0, done: 0, dead: 0 });

      // A worker asked to stop finishes the job in hand and exits 0, leaving none held.
      const worker = spawn("node", [CLI, "worker", "--db", url], { stdio: "ignore" });
      const exited = new Promise<number | null>((resolve) => worker.on("exit", (status) => resolve(status)));
      while ((await storedArticles(schema)) < 1) await new Promise((r) => setTimeout(r, 20));
      worker.kill("SIGTERM");
      assert.equal(await exited, 0);
      const counts = queueStatus(url).counts;
      assert.equal(counts.active, 0);
      assert.equal(counts.done, await storedArticles(schema));
      assert.equal(counts.queued + counts.done, 8);
    } finally {
      await drop();
    }
  });
});

test("the queue commands on a SQLite database say that the queue needs PostgreSQL, and create nothing", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-queue-"));
  const db = join(dir, "news.db");
  writeFileSync(join(dir, "a.txt"), "Talks resumed\nThe two sides resumed talks in Geneva on Monday.");
  for (const args of [["enqueue", join(dir, "a.txt")], ["worker"], ["queue"], ["queue", "retry"]]) {
    const run = attache([...args, "--db", db]);
    assert.equal(run.status, 2, `${args.join(" ")}: ${run.stderr}`);
    assert.equal(run.stderr, `attache: ${db}: invalid usage (the work queue needs PostgreSQL: --db postgres://…)\n`);
  }
  assert.equal(existsSync(db), false);
});
