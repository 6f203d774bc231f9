import { existsSync } from "node:fs";
import { InvalidArgumentError } from "commander";
import type { Command } from "commander";
import { AttacheError } from "../errors.js";
import { parseDateValue } from "../ingest/dates.js";
import { openStore, storeLocationOf } from "../store/open-store.js";
import { isPostgresLocation } from "../store/postgres.js";
import type { Store } from "../store/store.js";

/** Adds `--db` to a command that reads or writes the store. */
export function withDbOption(command: Command): Command {
  return command.option("--db <file>", "database: a SQLite file or a postgres:// URL (default: $ATTACHE_DB, else ./attache.db)");
}

/** Opens the store for writing, creating the file when there is none. */
export function openStoreForWrite(db: string | undefined): Store {
  return openStore(storeLocationOf(db));
}

/** Opens an existing store for a query; a missing file is an error, not a new empty database. */
export function openStoreForQuery(db: string | undefined): Store {
  const location = storeLocationOf(db);
  if (location !== ":memory:" && !isPostgresLocation(location) && !existsSync(location)) {
    throw new AttacheError({ code: "not-found", input: location, detail: "no database here yet: run `attache ingest` first, or give --db" });
  }
  return openStore(location);
}

/** Commander parser for `--limit`: a whole number of at least 1. */
export function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("a whole number of at least 1");
  return n;
}

/** Commander parser for `--since`/`--until`: an ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
export function parseIsoDate(value: string): string {
  const date = parseDateValue(value, "flag");
  if (!date || date.precision === "second") throw new InvalidArgumentError("a date as YYYY-MM-DD, YYYY-MM or YYYY");
  return date.value;
}

/** Commander parser for an actor code prefix ("BLR", "usagov"): letters only, upper-cased. */
export function parseCodePrefix(value: string): string {
  if (!/^[A-Za-z]{1,15}$/.test(value)) throw new InvalidArgumentError("an actor code such as BLR or USAGOV");
  return value.toUpperCase();
}
