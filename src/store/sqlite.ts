import type { Store, StoreCounts } from "./store.js";
import { SqliteDb } from "./sqlite-db.js";
import { migrate } from "./sqlite-migrate.js";
import { VERSION_WRITERS } from "./sqlite-layers.js";
import { sqliteArticleStore } from "./sqlite-articles.js";
import { sqliteEventStore } from "./sqlite-events.js";
import { sqliteActorStore, sqliteClaimStore } from "./sqlite-actors.js";
import { sqliteStoryStore } from "./sqlite-stories.js";
import { sqliteAggregateStore } from "./sqlite-aggregates.js";
import { sqliteWatchStore } from "./sqlite-watch.js";

export interface SqliteStoreOptions {
  /** How many of the newest events a page of events is first looked for in; tests make it small. */
  readonly recentWindow?: number;
}

function countsOf(db: SqliteDb): StoreCounts {
  const count = (sql: string): number => (db.get(sql) as { n: number }).n;
  const latest = (table: string): number => count(`SELECT count(*) AS n FROM ${table} x JOIN articles a ON a.latest_version_id = x.version_id`);
  return {
    articles: count("SELECT count(*) AS n FROM articles"),
    versions: count("SELECT count(*) AS n FROM versions"),
    events: latest("events"),
    mentions: latest("mentions"),
    claims: latest("claims"),
  };
}

/**
 * Opens (creating and migrating as needed) a SQLite store in one file, in WAL mode with
 * foreign keys on. The store is the composition of one implementation per concern.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const db = new SqliteDb(path);
  migrate(db);
  return {
    ...sqliteArticleStore(db, VERSION_WRITERS),
    ...sqliteEventStore(db, options.recentWindow),
    ...sqliteActorStore(db),
    ...sqliteClaimStore(db),
    ...sqliteStoryStore(db),
    ...sqliteAggregateStore(db),
    ...sqliteWatchStore(db),
    counts: async () => countsOf(db),
    close: async () => db.close(),
  };
}
