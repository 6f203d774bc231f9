import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { AttacheError } from "../src/errors.js";
import { openPostgresStore } from "../src/store/postgres.js";
import { PG_MIGRATIONS } from "../src/store/migrations-postgres/index.js";
import { createDocument } from "../src/ingest/create-document.js";
import { groupDocuments, saveWithStory } from "../src/stories/index.js";
import { buildStoriesCorpus } from "../bench/stories-corpus.js";
import { annotated } from "./helpers/annotated-document.js";
import { canonicalAnswers, describeStore, groupTimelineArticles, saveTimelineArticles } from "./store-suite.js";

/** The server `scripts/start-postgres.sh` starts; `ATTACHE_TEST_PG` names another. */
const DEFAULT_URL = "postgres://attache:attache@127.0.0.1:5432/attache_test";
const URL_IN_USE = process.env["ATTACHE_TEST_PG"] || DEFAULT_URL;

/** Null when the server answers with these credentials, else why not. */
async function unreachableReason(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return `no PostgreSQL server: run scripts/start-postgres.sh (${url.replace(/:[^:@/]*@/, ":***@")}: ${(error as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs one statement on its own connection (schemas are made and dropped outside the store). */
async function runOnce(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: URL_IN_USE });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const skip = await unreachableReason(URL_IN_USE);

// The shared store suite on PostgreSQL: each test in a schema of its own, dropped when it closes.
describeStore(
  "PostgreSQL",
  async () => {
    const schema = `t_${randomBytes(6).toString("hex")}`;
    const store = openPostgresStore(URL_IN_USE, { schema, maxConnections: 4 });
    return {
      ...store,
      close: async () => {
        await store.close();
        // The name is ours (t_ and hex digits): it can stand in the DDL.
        await runOnce(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      },
    };
  },
  { skip: skip ?? undefined },
);

// What only PostgreSQL has to show: its migrations, shared by processes, and text without NUL.
describe("PostgreSQL store specifics", { skip: skip ?? false }, () => {
  test("stores opened at once on one schema migrate it once, and a reopened store sees the data", async () => {
    const schema = `t_${randomBytes(6).toString("hex")}`;
    const stores = [0, 1, 2].map(() => openPostgresStore(URL_IN_USE, { schema, maxConnections: 2 }));
    try {
      const counts = await Promise.all(stores.map((s) => s.counts()));
      assert.deepEqual(counts.map((c) => c.articles), [0, 0, 0]);
      await stores[0]!.saveDocument(annotated());
      assert.equal((await stores[2]!.counts()).events, 3);
      const client = new pg.Client({ connectionString: URL_IN_USE });
      await client.connect();
      try {
        const rows = await client.query(`SELECT version, name FROM ${schema}.schema_migrations ORDER BY version`);
        assert.deepEqual(rows.rows.map((r: { version: number }) => r.version), PG_MIGRATIONS.map((m) => m.version));
      } finally {
        await client.end();
      }
    } finally {
      for (const s of stores) await s.close();
      await runOnce(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  });

  test("migrations 8 and 9 count the canonical events a database already has, as saving would have", async () => {
    const schema = `t_${randomBytes(6).toString("hex")}`;
    const store = openPostgresStore(URL_IN_USE, { schema, maxConnections: 2 });
    try {
      const kept = await (async () => {
        try {
          await groupTimelineArticles(store, await saveTimelineArticles(store));
          return await canonicalAnswers(store);
        } finally {
          await store.close();
        }
      })();
      // The schema as it was before migration 8.
      await runOnce(`DROP TABLE ${schema}.canonical_events; ALTER TABLE ${schema}.events DROP COLUMN represents;
        CREATE INDEX events_dyad_trend ON ${schema}.events (source, target) INCLUDE (date, modality, quad, goldstein, version_id);
        DROP TABLE ${schema}.event_day_counts; DELETE FROM ${schema}.schema_migrations WHERE version >= 8`);
      const migrated = openPostgresStore(URL_IN_USE, { schema, maxConnections: 2 });
      try {
        assert.ok((kept as { trends: unknown[][] }).trends.some((points) => points.length > 0));
        assert.deepEqual(await canonicalAnswers(migrated), kept);
      } finally {
        await migrated.close();
      }
    } finally {
      await runOnce(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  });

  test("migration 10 files a database's lookup keys again from its profiles, as saving files them, and its stories stand", async () => {
    const schema = `t_${randomBytes(6).toString("hex")}`;
    const keysOf = async (): Promise<unknown[]> => {
      const client = new pg.Client({ connectionString: URL_IN_USE });
      await client.connect();
      try {
        return (await client.query(`SELECT key, article_id, key_count FROM ${schema}.story_keys ORDER BY key, article_id`)).rows;
      } finally {
        await client.end();
      }
    };
    try {
      const families = new Set(["quake-chile", "serbia-protest"]);
      const corpus = buildStoriesCorpus(["exact", "swap15"]).filter((c) => families.has(c.story));
      const docs = [...corpus.map((c) => createDocument(c.input)), createDocument({ ...corpus[0]!.input, id: "undated", published: null })];
      const store = openPostgresStore(URL_IN_USE, { schema, maxConnections: 2 });
      for (const doc of docs) await saveWithStory(store, doc);
      const stories = await store.storyEntries(docs.map((d) => d.meta.id));
      await store.close();
      const filed = await keysOf();
      // The keys as migration 7 left them: the week (days since 1970 over 7) first, and actor codes among them.
      await runOnce(`UPDATE ${schema}.story_keys SET key = (split_part(key, '/', 1)::int / 7)::text || substr(key, strpos(key, '/')) WHERE key NOT LIKE '-/%';
        INSERT INTO ${schema}.story_keys (key, article_id, key_count) SELECT '2906/a:SRBGOV', article_id, 1 FROM ${schema}.story_articles;
        DELETE FROM ${schema}.schema_migrations WHERE version >= 10`);
      assert.notDeepEqual(await keysOf(), filed);
      const migrated = openPostgresStore(URL_IN_USE, { schema, maxConnections: 2 });
      try {
        assert.deepEqual(await migrated.storyEntries(docs.map((d) => d.meta.id)), stories);
        assert.deepEqual(await keysOf(), filed);
      } finally {
        await migrated.close();
      }
    } finally {
      await runOnce(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  });

  test("workers saving near-duplicates at once group them as one worker would", async () => {
    const schema = `t_${randomBytes(6).toString("hex")}`;
    const workers = [0, 1, 2, 3].map(() => openPostgresStore(URL_IN_USE, { schema, maxConnections: 2 }));
    try {
      const families = new Set(["quake-chile", "serbia-protest", "eu-sanctions"]);
      const docs = buildStoriesCorpus(["exact", "trimmed", "swap15", "swap30"]).filter((c) => families.has(c.story)).map((c) => createDocument(c.input));
      const expected = await groupDocuments(docs);
      await Promise.all(workers.map((store, w) => (async () => {
        for (const doc of docs.filter((_, i) => i % workers.length === w)) await saveWithStory(store, doc);
      })()));
      const stored = await workers[0]!.storyEntries(docs.map((d) => d.meta.id));
      assert.equal(new Set(stored.map((e) => e.story)).size, families.size);
      assert.deepEqual(new Map(stored.map((e) => [e.articleId as string, e.story])), expected);
    } finally {
      for (const s of workers) await s.close();
      await runOnce(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  });

  test("a text with NUL characters is stored with U+FFFD in their place, offsets unchanged", async () => {
    const schema = `t_${randomBytes(6).toString("hex")}`;
    const store = openPostgresStore(URL_IN_USE, { schema });
    try {
      const doc = annotated("Talks\u0000in Geneva ended.", "https://example.org/nul");
      assert.equal((await store.saveDocument(doc)).status, "new");
      assert.equal((await store.getArticle(doc.meta.id))?.document.text, "Talks\uFFFDin Geneva ended.");
      assert.equal((await store.searchArticles("Geneva\u0000", 10)).length, 1);
    } finally {
      await store.close();
      await runOnce(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  });

  test("an unreachable server is a store-failed error naming the location without its password", async () => {
    const store = openPostgresStore("postgres://attache:secret@127.0.0.1:1/none");
    try {
      await assert.rejects(store.counts(), (error: unknown) =>
        error instanceof AttacheError && error.code === "store-failed" && !error.message.includes("secret") && error.message.includes("127.0.0.1:1"));
    } finally {
      await store.close();
    }
  });
});
