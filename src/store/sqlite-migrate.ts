import type { Migration } from "./migrations/index.js";
import { MIGRATIONS } from "./migrations/index.js";
import type { SqliteDb } from "./sqlite-db.js";
import { AttacheError } from "../errors.js";

/** Checks the list itself: numbers 1, 2, 3… in order, so a mistaken append fails loudly. */
function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new AttacheError({ code: "store-failed", input: "migrations", detail: `migration ${i + 1} is numbered ${m.version} (${m.name})` });
    }
  });
}

/** Applies the migrations a database has not seen yet, each in its own transaction. */
export function migrate(db: SqliteDb, migrations: readonly Migration[] = MIGRATIONS): void {
  assertOrdered(migrations);
  db.raw.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const row = db.get("SELECT coalesce(max(version), 0) AS version FROM schema_migrations") as { version: number };
  if (row.version > migrations.length) {
    throw new AttacheError({ code: "store-failed", input: db.path, detail: `the database has schema version ${row.version}, newer than this Attache (${migrations.length})` });
  }
  for (const migration of migrations.slice(row.version)) {
    db.transaction(() => {
      try {
        db.raw.exec(migration.sql);
      } catch (cause) {
        throw new AttacheError({ code: "store-failed", input: db.path, detail: `migration ${migration.version} (${migration.name}): ${(cause as Error).message}` }, { cause });
      }
      db.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [migration.version, migration.name, new Date().toISOString()]);
    });
  }
}
