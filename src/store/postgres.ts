import type { Store, StoreCounts } from "./store.js";
import { PgDb } from "./postgres-db.js";
import { migratePostgres } from "./postgres-migrate.js";
import { PG_VERSION_WRITERS } from "./postgres-layers.js";
import { postgresArticleStore } from "./postgres-articles.js";
import { postgresEventStore } from "./postgres-events.js";
import { postgresActorStore, postgresClaimStore } from "./postgres-actors.js";
import { postgresStoryStore } from "./postgres-stories.js";
import { postgresAggregateStore } from "./postgres-aggregates.js";
import { postgresWatchStore } from "./postgres-watch.js";

export interface PostgresStoreOptions {
  /** Keep the tables in this schema, created when missing (tests give each run its own). */
  readonly schema?: string | undefined;
  /** At most this many connections (default 10). */
  readonly maxConnections?: number | undefined;
}

async function countsOf(db: PgDb): Promise<StoreCounts> {
  const row = (await db.get(
    `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM versions) AS versions,
       (SELECT count(*) FROM events x JOIN articles a ON a.latest_version_id = x.version_id) AS events,
       (SELECT count(*) FROM mentions x JOIN articles a ON a.latest_version_id = x.version_id) AS mentions,
       (SELECT count(*) FROM claims x JOIN articles a ON a.latest_version_id = x.version_id) AS claims`,
  )) as StoreCounts;
  return { articles: row.articles, versions: row.versions, events: row.events, mentions: row.mentions, claims: row.claims };
}

/**
 * Opens a PostgreSQL store at a `postgres://` URL. It returns at once; the connection and the
 * migrations happen in the background and every call waits for them (their failure is the
 * first call's error). The store is the composition of one implementation per concern.
 *
 * @example const store = openPostgresStore("postgres://attache:attache@127.0.0.1:5432/attache");
 */
export function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Store {
  const db = new PgDb(url, { schema: options.schema, max: options.maxConnections });
  db.setReady(migratePostgres(db, options.schema));
  return {
    ...postgresArticleStore(db, PG_VERSION_WRITERS),
    ...postgresEventStore(db),
    ...postgresActorStore(db),
    ...postgresClaimStore(db),
    ...postgresStoryStore(db),
    ...postgresAggregateStore(db),
    ...postgresWatchStore(db),
    counts: () => countsOf(db),
    close: () => db.close(),
  };
}

/** Whether a store location names a PostgreSQL database rather than a SQLite file. */
export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}
