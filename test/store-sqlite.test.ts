import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { withLayers } from "../src/document.js";
import { openStore } from "../src/store/open-store.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { MIGRATIONS } from "../src/store/migrations/index.js";
import { SqliteDb } from "../src/store/sqlite-db.js";
import { migrate } from "../src/store/sqlite-migrate.js";
import { compareText } from "../src/store/story-rows.js";
import { canonicalAnswers, describeStore, groupTimelineArticles, saveTimelineArticles } from "./store-suite.js";
import { annotated, event } from "./helpers/annotated-document.js";

// The shared store suite on SQLite: a fresh database file per test, removed when it closes.
describeStore("SQLite", async () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-sqlite-suite-"));
  const store = openStore(join(dir, "test.db"));
  return {
    ...store,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

// What only SQLite has: one file, migrated once, in WAL mode.
test("a database file is migrated once, in WAL mode", async () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-store-"));
  const path = join(dir, "test.db");
  try {
    const first = openStore(path);
    await first.saveDocument(annotated());
    await first.close();
    const second = openStore(path);
    assert.equal((await second.counts()).articles, 1);
    await second.close();
    const raw = new Database(path, { readonly: true });
    assert.deepEqual(raw.prepare("SELECT version FROM schema_migrations ORDER BY version").all(), MIGRATIONS.map((m) => ({ version: m.version })));
    assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
    raw.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Pages of events are first looked for among the newest (a SQLite plan): the same pages as the full order.
test("a write transaction keeps its statement journals in memory, queries keep temporary files, and a failure writes nothing", async () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-store-"));
  const db = new SqliteDb(join(dir, "test.db"));
  try {
    db.raw.exec("CREATE TABLE t (x INTEGER PRIMARY KEY)");
    const tempStore = () => db.raw.pragma("temp_store", { simple: true });
    const inside = await db.writeTransaction(async () => {
      db.run("INSERT INTO t (x) VALUES (1)");
      return tempStore();
    });
    assert.equal(inside, 2, "MEMORY while writing");
    assert.equal(tempStore(), 0, "the default again after the commit");
    await assert.rejects(db.writeTransaction(async () => {
      db.run("INSERT INTO t (x) VALUES (2)");
      db.run("INSERT INTO t (x) VALUES (1)");
    }));
    assert.equal(tempStore(), 0, "the default again after a rollback");
    assert.deepEqual(db.all("SELECT x FROM t"), [{ x: 1 }]);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("story lookup orders article ids in JavaScript as SQLite's binary collation does", () => {
  const ids = ["b", "a\u{1F600}", "a\uFFFD", "a", "ab", "A", "\u00E9", "a\u{1F600}x"];
  const db = new Database(":memory:");
  db.exec("CREATE TABLE t (id TEXT)");
  for (const id of ids) db.prepare("INSERT INTO t (id) VALUES (?)").run(id);
  const bySqlite = (db.prepare("SELECT id FROM t ORDER BY id").all() as { id: string }[]).map((r) => r.id);
  db.close();
  assert.deepEqual([...ids].sort(compareText), bySqlite);
  assert.notDeepEqual([...ids].sort(), bySqlite, "UTF-16 order differs here, or the case tells nothing");
});

test("pages of events found among the newest first are the pages of the full newest-first order", async () => {
  // A window of 3 events, as a store of millions has 20,000: busy filters take their pages from it, rare ones fall back.
  const store = openSqliteStore(":memory:", { recentWindow: 3 });
  try {
    const dated = (source: string, target: string, cameo: string, date: string | null, words: string) =>
      event(source, target, cameo, "CONSULT", 1, words, { date, datePrecision: date === null ? "unknown" : date.length === 7 ? "month" : "day" });
    const events = [
      dated("USA", "BLR", "042", "2025-09-11", "met"), dated("USAGOV", "RUS", "042", "2025-09-11", "met"), dated("USA", "POL", "0841", "2025-09-10", "freed"),
      dated("RUS", "USA", "112", "2025-09", "urged"), dated("USA", "BLR", "042", "2025-09-12", "met"), dated("KAZ", "BLR", "042", "2019-01-02", "met"),
      dated("USA", "RUS", "190", null, "withdraw"), dated("USA", "BLR", "042", "2025-09-12", "met"), dated("BLR", "USA", "0841", "2024-02-29", "freed"),
      dated("USA", "BLR", "042", "2025-08-30", "met"), dated("POL", "USA", "042", "2025-09-11T10:00Z", "met"), dated("RUS", "POL", "042", null, "urged"),
    ];
    await store.saveDocument(withLayers(annotated(), { events }));
    const filters = [{}, { actor: "USA" }, { root: "04" }, { actor: "KAZ" }, { dyad: ["USA", "BLR"] as [string, string] }, { since: "2025-09-10" }, { code: "08" }];
    for (const filter of filters) {
      const all = await store.findEvents(filter);
      // The full order: dated events newest first, ties by serial, undated last.
      const key = (e: { date: string | null; serial: number }) => [e.date === null ? 1 : 0, e.date ?? "", e.serial] as const;
      for (let i = 1; i < all.length; i++) {
        const [a, b] = [key(all[i - 1]!), key(all[i]!)];
        assert.ok(a[0] < b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] < b[2]))), `${JSON.stringify(filter)} is in page order at ${i}`);
      }
      for (const limit of [1, 2, 3, 5]) {
        const paged = [];
        let page = await store.findEvents({ ...filter, limit });
        while (page.length > 0) {
          paged.push(...page);
          const last = page.at(-1)!;
          page = await store.findEvents({ ...filter, limit, after: { date: last.date, serial: last.serial } });
        }
        assert.deepEqual(paged.map((e) => e.id), all.map((e) => e.id), `${JSON.stringify(filter)} in pages of ${limit}`);
      }
    }
    assert.equal((await store.findEvents({})).length, 12);
    assert.equal((await store.findEvents({ actor: "USA" })).length, 10);
  } finally {
    await store.close();
  }
});


// Migrations 8 and 9 fill the timeline's counts and the canonical events' representatives for a
// database that already has events (new versions of some, merged canonical events), as saving would have.
test("migrations 8 and 9 count the canonical events a database already has, as saving would have", async () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-store-"));
  const path = join(dir, "test.db");
  try {
    const store = openStore(path);
    await groupTimelineArticles(store, await saveTimelineArticles(store));
    const kept = await canonicalAnswers(store);
    await store.close();
    // The database as it was before migration 8.
    const raw = new Database(path);
    raw.exec(`DROP TABLE canonical_events; DROP INDEX events_dyad_trend; ALTER TABLE events DROP COLUMN represents;
      CREATE INDEX events_dyad_trend ON events (source, target, date, modality, quad, goldstein, version_id);
      DROP TABLE event_day_counts; DELETE FROM schema_migrations WHERE version >= 8`);
    raw.close();
    const migrated = openStore(path);
    assert.ok((kept as { trends: unknown[][] }).trends.some((points) => points.length > 0));
    assert.deepEqual(await canonicalAnswers(migrated), kept);
    await migrated.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Migration 7 moves the week to the front of each story lookup key and gives each posting its article's key count.
test("a database from before migration 7 keeps its stories: lookup keys are rewritten week first, with their key count", async () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-store-"));
  const path = join(dir, "test.db");
  try {
    const db = new SqliteDb(path);
    migrate(db, MIGRATIONS.filter((m) => m.version < 7));
    db.run("INSERT INTO articles (id, first_seen) VALUES ('a1', '2025-09-12T00:00:00Z'), ('a2', '2025-09-12T00:00:00Z')");
    db.run(`INSERT INTO story_articles (article_id, story_id, day, day_key, source, profile, key_count) VALUES
      ('a1', 'story-a1', '2025-09-12', '2025-09-12', 'Example News', '{"names":["costa"],"named":["ana-costa"]}', 3),
      ('a2', 'story-a1', NULL, '9999-99-99', NULL, '{"names":["costa"]}', 1)`);
    db.run("INSERT INTO story_keys (key, article_id) VALUES ('n:costa@2905', 'a1'), ('a:USA@2905', 'a1'), ('e:USA>RUS:04@2905', 'a1'), ('n:costa@-', 'a2')");
    migrate(db, MIGRATIONS.filter((m) => m.version < 10));
    assert.deepEqual(db.all("SELECT key, article_id, key_count FROM story_keys ORDER BY key, article_id"), [
      { key: "-/n:costa", article_id: "a2", key_count: 1 },
      { key: "2905/a:USA", article_id: "a1", key_count: 3 },
      { key: "2905/e:USA>RUS:04", article_id: "a1", key_count: 3 },
      { key: "2905/n:costa", article_id: "a1", key_count: 3 },
    ]);
    db.close();
    // Opening it applies migration 10, which files names and named actors from the profile by day (2025-09-12 is day 20343).
    const store = openStore(path);
    assert.deepEqual((await store.storyCandidates([], ["20343/a:ana-costa", "20343/n:costa"], 3, 3, 10)).map((c) => [c.articleId, c.story]), [["a1", "story-a1"]]);
    assert.deepEqual((await store.storyCandidates([], ["-/n:costa"], 3, 5, 10)).map((c) => c.articleId), ["a2"], "an article filed under one key needs one");
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Migration 11 rebuilds the story postings without their foreign key to articles.
test("a database from before migration 11 keeps its story postings, which no longer look their article up", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-store-"));
  const db = new SqliteDb(join(dir, "test.db"));
  try {
    migrate(db, MIGRATIONS.filter((m) => m.version < 11));
    db.run("INSERT INTO articles (id, first_seen) VALUES ('a1', '2025-09-12T00:00:00Z'), ('a2', '2025-09-12T00:00:00Z')");
    db.run("INSERT INTO story_buckets (bucket, article_id) VALUES ('0:1a', 'a1'), ('0:1a', 'a2'), ('1:ff', 'a2')");
    db.run("INSERT INTO story_keys (key, article_id, key_count) VALUES ('20343/n:costa', 'a1', 2), ('20343/a:ana-costa', 'a1', 2), ('-/n:costa', 'a2', 1)");
    const orphan = () => db.run("INSERT INTO story_buckets (bucket, article_id) VALUES ('2:00', 'no-such-article')");
    assert.throws(orphan, /FOREIGN KEY/, "checked before");
    const postings = () => [
      db.all("SELECT bucket, article_id FROM story_buckets ORDER BY bucket, article_id"),
      db.all("SELECT key, article_id, key_count FROM story_keys ORDER BY key, article_id"),
    ];
    const kept = postings();
    migrate(db);
    assert.deepEqual(postings(), kept);
    assert.deepEqual(db.all("SELECT name FROM pragma_index_list('story_buckets') UNION ALL SELECT name FROM pragma_index_list('story_keys') ORDER BY name"),
      [{ name: "sqlite_autoindex_story_buckets_1" }, { name: "sqlite_autoindex_story_keys_1" }, { name: "story_buckets_article" }, { name: "story_keys_article" }]);
    orphan();
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
