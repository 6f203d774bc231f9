import type { Migration } from "./migrations/index.js";
import { PG_MIGRATIONS } from "./migrations-postgres/index.js";
import type { PgDb } from "./postgres-db.js";
import { assertSchemaName } from "./postgres-db.js";
import { AttacheError } from "../errors.js";

// Any number: processes migrating the same database at once wait for each other on it.
const MIGRATION_LOCK = 4_711_007;

/**
 * Applies the migrations a database has not seen yet, each in its own transaction, under an
 * advisory lock, so that several workers starting together migrate once. `schema`, when given,
 * is created first (under the same lock: two creators at once would otherwise collide).
 */
export async function migratePostgres(db: PgDb, schema?: string, migrations: readonly Migration[] = PG_MIGRATIONS): Promise<void> {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new AttacheError({ code: "store-failed", input: "migrations-postgres", detail: `migration ${i + 1} is numbered ${m.version} (${m.name})` });
    }
  });
  await db.transaction(async () => {
    await db.unready("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    if (schema !== undefined) {
      assertSchemaName(schema);
      await db.unready(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    }
    await db.unready("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  }, { waitForReady: false });
  for (const migration of migrations) {
    await db.transaction(async () => {
      await db.unready("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      const row = (await db.unready("SELECT coalesce(max(version), 0) AS version FROM schema_migrations"))[0] as { version: number };
      if (row.version > migrations.length) {
        throw new AttacheError({ code: "store-failed", input: db.location, detail: `the database has schema version ${row.version}, newer than this Attache (${migrations.length})` });
      }
      if (row.version >= migration.version) return;
      try {
        await db.unready(migration.sql);
      } catch (cause) {
        throw new AttacheError({ code: "store-failed", input: db.location, detail: `migration ${migration.version} (${migration.name}): ${(cause as Error).message}` }, { cause });
      }
      await db.unready("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", [migration.version, migration.name, new Date().toISOString()]);
    }, { waitForReady: false });
  }
}
