import { resolve } from "node:path";
import type { Store } from "./store.js";
import { openSqliteStore } from "./sqlite.js";
import { isPostgresLocation, openPostgresStore } from "./postgres.js";

/** Where the database is: the `--db` flag, else `ATTACHE_DB`, else `./attache.db` (a file, or a `postgres://` URL). */
export function storeLocationOf(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env["ATTACHE_DB"] ?? "attache.db";
}

/** Opens the store at a location. Only this function knows which implementation it is. */
export function openStore(location: string): Store {
  if (isPostgresLocation(location)) return openPostgresStore(location);
  return openSqliteStore(location === ":memory:" ? location : resolve(location));
}
