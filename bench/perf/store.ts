/**
 * Store write throughput, size and query latency on SQLite (and PostgreSQL when
 * ATTACHE_BENCH_PG is a postgres:// URL: it fills a schema of its own there).
 *
 * Writes: 5,000 generated articles saved one transaction each into a fresh file, as ingest does.
 * Queries: a store of 1,000,000 generated events (ATTACHE_BENCH_STORE_EVENTS), ~5 per article,
 * written through the store's own save path in large transactions and cached in the OS temp dir
 * under the generator's version, so only the first run pays for it (a few minutes); then the
 * p50/p95 CPU time of each query the API and CLI make (listings of canonical events, their
 * default), over ≥ 200 seeded queries each.
 */
import { existsSync, mkdtempSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Document } from "../../src/document.js";
import { openStore } from "../../src/store/open-store.js";
import { openPostgresStore } from "../../src/store/postgres.js";
import { SqliteDb } from "../../src/store/sqlite-db.js";
import { VERSION_WRITERS } from "../../src/store/sqlite-layers.js";
import { migrate } from "../../src/store/sqlite-migrate.js";
import { saveDocumentSqlite } from "../../src/store/sqlite-save.js";
import type { Store, StoredEvent } from "../../src/store/store.js";
import type { Section } from "../runner.js";
import { ANNOTATED_GENERATOR_VERSION, BENCH_COUNTRIES, annotatedArticle, benchDayOf, bodyText, random, randomFrom, zipfIndex } from "../generate.js";

/** Events in the query store; articles are a fifth of that (five events each on average). */
const EVENTS = Number(process.env["ATTACHE_BENCH_STORE_EVENTS"] ?? 1_000_000);
const ARTICLES = Math.round(EVENTS / 5);
/** Body words before the event sentences: with them an article is ~2,500 characters, as a news report is. */
const BODY_WORDS = 300;
/** Articles written per transaction when the query store is built. */
const BATCH = 5_000;
/** Queries timed of each kind. */
const RUNS = 200;
/**
 * Where the query store is cached: the OS temp dir unless ATTACHE_BENCH_STORE_DIR says otherwise
 * (a copy of one's own, when a branch with a new migration must not upgrade the shared file).
 */
const STORE_DIR = process.env["ATTACHE_BENCH_STORE_DIR"] ?? tmpdir();

/** The generated article `i` of the query store: the same on every run. */
function queryStoreArticle(i: number): Document {
  const next = randomFrom(0x9e3779b9 ^ i);
  return annotatedArticle(i, next, { day: benchDayOf(i, ARTICLES), body: bodyText(next, BODY_WORDS) });
}

/**
 * Builds the query store through the store's own save path (every layer, full-text index),
 * thousands of articles per transaction; each article is put in a story of three and each
 * event is its own canonical event (so it represents it), so the joins queries make find rows
 * as in a real store.
 * Written under a temporary name, so an interrupted build is never taken for a finished one.
 */
function buildQueryStore(path: string): void {
  const partial = `${path}.part`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(partial + suffix, { force: true });
  const db = new SqliteDb(partial);
  const cpu = process.cpuUsage();
  try {
    migrate(db);
    for (let from = 0; from < ARTICLES; from += BATCH) {
      db.transaction(() => {
        for (let i = from; i < Math.min(ARTICLES, from + BATCH); i++) {
          const doc = queryStoreArticle(i);
          saveDocumentSqlite(db, doc, VERSION_WRITERS);
          const story = `story-bench-${i - (i % 3)}`;
          const day = doc.meta.published!.value;
          db.run("INSERT INTO story_articles (article_id, story_id, day, day_key, source, profile) VALUES (?, ?, ?, ?, ?, '{}')", [doc.meta.id, story, day, day, doc.meta.source]);
          db.run("INSERT INTO event_canonical (event_id, canonical_id) SELECT event_id, event_id FROM events WHERE version_id = (SELECT latest_version_id FROM articles WHERE id = ?)", [doc.meta.id]);
          db.run(
            `INSERT INTO canonical_events (canonical_id, representative, mentions, articles, sources)
             SELECT event_id, id, 1, 1, 1 FROM events WHERE version_id = (SELECT latest_version_id FROM articles WHERE id = ?)`,
            [doc.meta.id],
          );
        }
      });
      if ((from / BATCH) % 8 === 7) console.log(`  … ${(from + BATCH).toLocaleString("en")} articles, ${cpuSeconds(cpu).toFixed(0)} s CPU`);
    }
    db.raw.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
  renameSync(partial, path);
  console.log(`built the query store (${ARTICLES.toLocaleString("en")} articles) in ${cpuSeconds(cpu).toFixed(0)} s CPU: ${path}`);
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * How a query's time is taken: SQLite runs in this process, so its CPU time is the query's (the
 * machine is shared, wall time says little); PostgreSQL works in its own, so only wall time can.
 */
type Clock = "cpu" | "wall";

function elapsedMs(clock: Clock, work: () => Promise<unknown>): Promise<[number, unknown]> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  return work().then((result) => [clock === "cpu" ? cpuSeconds(cpu) * 1000 : performance.now() - wall, result]);
}

/** Times `runs` queries in milliseconds and prints p50/p95/max. */
async function latency(clock: Clock, label: string, runs: number, query: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const [ms, result] = await elapsedMs(clock, () => query(i));
    times.push(ms);
    if (Array.isArray(result)) rows += result.length;
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  console.log(`${label.padEnd(58)} p50 ${p50.toFixed(2).padStart(7)} ms  p95 ${p95.toFixed(2).padStart(7)} ms  max ${times[times.length - 1]!.toFixed(2).padStart(7)} ms  (${runs} queries, ${(rows / runs).toFixed(0)} rows each)`);
  return { p50, p95 };
}

/** A country code drawn as the events draw them (Zipf): the actors users ask about most are the busiest. */
const countryOf = (next: () => number): string => BENCH_COUNTRIES[zipfIndex(next, BENCH_COUNTRIES.length)]!;

/** Two countries that have events together, drawn as often as their events occur; the busiest pair first. */
function dyadsOf(store: Store): Promise<[string, string][]> {
  return store.topDyads({ limit: 2000 }).then((pairs) => {
    // Country pairs, weighted by their events: a user asks about the busy dyads most often.
    const weights = new Map<string, number>();
    for (const d of pairs) {
      const [a, b] = [d.source.slice(0, 3), d.target.slice(0, 3)].sort() as [string, string];
      if (a === b) continue;
      weights.set(`${a} ${b}`, (weights.get(`${a} ${b}`) ?? 0) + d.events);
    }
    const next = random(11);
    const table = [...weights].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const total = table.reduce((sum, [, w]) => sum + w, 0);
    const busiest = table[0]![0].split(" ") as [string, string];
    return [busiest, ...Array.from({ length: RUNS - 1 }, () => {
      let u = next() * total;
      const found = table.find(([, w]) => (u -= w) < 0) ?? table[0]!;
      return found[0].split(" ") as [string, string];
    })];
  });
}

/** A 30-day window in the stored years, as YYYY-MM-DD bounds. */
function windowOf(next: () => number, days: number): { since: string; until: string } {
  const start = Date.UTC(2018, 0, 1) + Math.floor(next() * (8 * 365 - days)) * 86_400_000;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { since: iso(start), until: iso(start + (days - 1) * 86_400_000) };
}

async function queryLatency(store: Store, name: string, clock: Clock): Promise<void> {
  const dyads = await dyadsOf(store);
  // Longer prefixes than a country's: a sector code on one side ("USAGOV", "RUS"), the busiest such pairs.
  const codePairs = (await store.topDyads({ limit: 2 * RUNS })).filter((d) => d.source.length > 3).map((d): [string, string] => [d.source, d.target.slice(0, 3)]);
  const codeDyads = Array.from({ length: RUNS }, (_, i) => codePairs[i % codePairs.length]!);
  const [top] = dyads;
  console.log(`${name}: dyads drawn by their share of events (busiest ${top![0]}–${top![1]}); ${clock === "cpu" ? "CPU" : "wall"} time per query, limit 50 per page`);
  const next = random(5);
  const actors = Array.from({ length: RUNS }, () => countryOf(next));
  const codes = ["19", "04", "0841", "112", "17", "05", "14", "036", "1", "010"];
  const roots = ["01", "02", "04", "05", "11", "12", "13", "14", "17", "19"];
  const plovers = ["CONSULT", "ASSAULT", "DISAPPROVE", "REQUEST", "AGREE", "SANCTION", "COERCE", "PROTEST", "RETREAT", "AID"];
  const windows = Array.from({ length: RUNS }, () => windowOf(next, 30));
  const quarters = Array.from({ length: RUNS }, () => windowOf(next, 91));

  await latency(clock, "dyad timeline: trend --dyad A B, weekly, all years", RUNS, (i) => store.eventTrend({ interval: "week", dyad: dyads[i]! }));
  await latency(clock, "dyad timeline: monthly, asserted only", RUNS, (i) => store.eventTrend({ interval: "month", dyad: dyads[i]!, modalities: ["asserted"] }));
  await latency(clock, "dyad timeline: daily, one year", RUNS, (i) => store.eventTrend({ interval: "day", dyad: dyads[i]!, since: `${2018 + (i % 8)}-01-01`, until: `${2018 + (i % 8)}-12-31` }));
  await latency(clock, "dyad timeline: actor codes (USAGOV RUS…), weekly", RUNS, (i) => store.eventTrend({ interval: "week", dyad: codeDyads[i]! }));
  // Not one of the timed API paths of issue #7: an actor in a fifth of all events is counted whole, so 20 runs.
  await latency(clock, "actor timeline: trend --actor A, weekly", 20, (i) => store.eventTrend({ interval: "week", actor: actors[i]! }));
  await latency(clock, "events --actor A", RUNS, (i) => store.findEvents({ canonical: true, actor: actors[i]!, limit: 51 }));
  await latency(clock, "events --dyad A B", RUNS, (i) => store.findEvents({ canonical: true, dyad: dyads[i]!, limit: 51 }));
  await latency(clock, "events --code C (prefix)", RUNS, (i) => store.findEvents({ canonical: true, code: codes[i % codes.length]!, limit: 51 }));
  await latency(clock, "events --root R", RUNS, (i) => store.findEvents({ canonical: true, root: roots[i % roots.length]!, limit: 51 }));
  await latency(clock, "events --plover P", RUNS, (i) => store.findEvents({ canonical: true, plover: plovers[i % plovers.length]!, limit: 51 }));
  await latency(clock, "events --since D --until D+30", RUNS, (i) => store.findEvents({ canonical: true, ...windows[i]!, limit: 51 }));
  await latency(clock, "events --dyad A B --root R --since D (90 days)", RUNS, (i) => store.findEvents({ canonical: true, dyad: dyads[i]!, root: roots[i % roots.length]!, since: quarters[i]!.since, limit: 51 }));
  // Cursor pages: 40 actors, pages 2 to 6 of each, every page from the cursor the last one ended at.
  let cursor: StoredEvent | undefined;
  await latency(clock, "events --actor A, pages 2–6 by cursor", RUNS, async (i) => {
    if (i % 5 === 0) cursor = (await store.findEvents({ canonical: true, actor: actors[i]!, limit: 50 })).at(-1);
    const page = await store.findEvents({ canonical: true, actor: actors[i - (i % 5)]!, limit: 50, after: cursor && { date: cursor.date, serial: cursor.serial } });
    cursor = page.at(-1);
    return page;
  });
  await latency(clock, "top actors, 30 days", RUNS, (i) => store.topActors({ ...windows[i]!, limit: 20 }));
  await latency(clock, "top dyads, 30 days", RUNS, (i) => store.topDyads({ ...windows[i]!, limit: 20 }));
  await latency(clock, "top actors, 1 year", 20, (i) => store.topActors({ since: `${2018 + (i % 8)}-01-01`, until: `${2018 + (i % 8)}-12-31`, limit: 20 }));
  await latency(clock, "top dyads, 1 year", 20, (i) => store.topDyads({ since: `${2018 + (i % 8)}-01-01`, until: `${2018 + (i % 8)}-12-31`, limit: 20 }));
  await latency(clock, "top actors, all years (dashboard default)", 10, () => store.topActors({ limit: 20 }));
  await latency(clock, "top dyads, all years (dashboard default)", 10, () => store.topDyads({ limit: 20 }));
}

/** Ingest as it happens: a fresh file, one transaction per article. */
async function writeThroughput(): Promise<void> {
  const n = 5_000;
  const dir = mkdtempSync(join(tmpdir(), "attache-bench-store-"));
  const store = openStore(join(dir, "bench.db"));
  try {
    const docs = Array.from({ length: n }, (_, i) => queryStoreArticle(i));
    const cpu = process.cpuUsage();
    for (const doc of docs) await store.saveDocument(doc);
    const seconds = cpuSeconds(cpu);
    const counts = await store.counts();
    console.log(`wrote ${n.toLocaleString("en")} articles (${counts.events.toLocaleString("en")} events, ${counts.mentions.toLocaleString("en")} mentions) in ${seconds.toFixed(2)} s CPU: ${(n / seconds).toFixed(0)} articles/s, one transaction each`);
    const again = process.cpuUsage();
    for (const doc of docs.slice(0, 1000)) await store.saveDocument(doc);
    console.log(`re-ingest of 1,000 unchanged articles: ${(1000 / cpuSeconds(again)).toFixed(0)} articles/s`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const section: Section = {
  title: `Store: write throughput, size, query latency at ${EVENTS.toLocaleString("en")} events`,
  async run() {
    await writeThroughput();

    const path = join(STORE_DIR, `attache-bench-store-g${ANNOTATED_GENERATOR_VERSION}-${EVENTS}.db`);
    if (!existsSync(path)) buildQueryStore(path);
    else console.log(`query store cached at ${path} (delete it to rebuild)`);
    const store = openStore(path);
    try {
      const counts = await store.counts();
      const bytes = statSync(path).size + (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);
      console.log(`SQLite: ${counts.articles.toLocaleString("en")} articles, ${counts.events.toLocaleString("en")} events, ${counts.mentions.toLocaleString("en")} mentions; ` +
        `${(bytes / 1024 ** 3).toFixed(2)} GB, ${((bytes / counts.articles) * 1000 / 1024 ** 2).toFixed(1)} MB per 1,000 articles (~2,500 characters each, full-text index included)`);
      await queryLatency(store, "SQLite", "cpu");
    } finally {
      await store.close();
    }

    const pg = process.env["ATTACHE_BENCH_PG"];
    if (pg === undefined) {
      console.log("PostgreSQL: skipped (set ATTACHE_BENCH_PG to a postgres:// URL to measure it; the bench makes a schema of its own)");
      return;
    }
    await postgresLatency(pg);
  },
};

/**
 * The same queries on PostgreSQL, over the same articles saved through its store in a schema of
 * the bench's own (keyed like the SQLite file, so it is filled once: one transaction per article,
 * an interrupted fill resumes where it stopped).
 */
async function postgresLatency(url: string): Promise<void> {
  const schema = `attache_bench_g${ANNOTATED_GENERATOR_VERSION}_${EVENTS}`;
  console.log(`PostgreSQL: schema ${schema} (drop it to refill)`);
  const store = openPostgresStore(url, { schema });
  try {
    const counts = await store.counts();
    if (counts.articles < ARTICLES) {
      const cpu = process.cpuUsage();
      for (let i = counts.articles; i < ARTICLES; i++) {
        await store.saveDocument(queryStoreArticle(i));
        if (i % 20_000 === 19_999) console.log(`  … PostgreSQL ${(i + 1).toLocaleString("en")} articles, ${cpuSeconds(cpu).toFixed(0)} s client CPU`);
      }
    }
    const filled = await store.counts();
    console.log(`PostgreSQL: ${filled.articles.toLocaleString("en")} articles, ${filled.events.toLocaleString("en")} events (wall time below: the work is in the server's processes)`);
    await queryLatency(store, "PostgreSQL", "wall");
  } finally {
    await store.close();
  }
}
