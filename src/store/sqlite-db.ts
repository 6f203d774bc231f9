import Database from "better-sqlite3";
import type { Database as BetterDatabase, Statement } from "better-sqlite3";
import { AttacheError } from "../errors.js";

/** A value SQLite can bind to a placeholder. */
export type SqlValue = string | number | bigint | null;
/** Named (`@name`) or positional (`?`) parameters. */
export type SqlParams = readonly SqlValue[] | Readonly<Record<string, SqlValue>>;

/**
 * A better-sqlite3 connection with cached prepared statements, where every failure becomes an
 * `AttacheError` "store-failed" naming the query and its parameters, the original as `cause`.
 */
export class SqliteDb {
  readonly raw: BetterDatabase;
  readonly path: string;
  private readonly statements = new Map<string, Statement>();

  constructor(path: string) {
    this.path = path;
    try {
      this.raw = new Database(path);
      this.raw.pragma("journal_mode = WAL");
      this.raw.pragma("foreign_keys = ON");
      // WAL with synchronous=NORMAL stays consistent after a crash; it only may lose the last commit on power loss.
      this.raw.pragma("synchronous = NORMAL");
      this.raw.pragma("busy_timeout = 5000");
      // Checkpoint every 10,000 WAL pages (40 MB), not 1,000: a page written by many commits in
      // between (index roots, this week's story keys) is copied once. Saves with stories at 8k
      // articles: 16.1 against 16.7 ms CPU per article (20,000 pages: 14.7 against 16.2).
      this.raw.pragma("wal_autocheckpoint = 10000");
      // 16 MB of page cache, not SQLite's 2 MB: saving an article descends random-order indexes
      // (story buckets, event codes) and story lookup reads the last weeks' keys; a page missed
      // is a read from the WAL or the file. Saving 5,000 Reuters articles: 4.9 ms CPU each with
      // 2 MB, 4.6 with 16 MB, 4.4 with 32, 4.1 with 64; each adds its size to peak RSS, and
      // with 32 MB (and 200 articles in flight) a 10,000-article ingest peaked at 448 MB, not 404.
      this.raw.pragma("cache_size = -16384");
    } catch (cause) {
      throw new AttacheError({ code: "store-failed", input: path, detail: (cause as Error).message }, { cause });
    }
  }

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.raw.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private wrap<T>(sql: string, params: SqlParams, action: (statement: Statement) => T): T {
    try {
      return action(this.prepare(sql));
    } catch (cause) {
      if (cause instanceof AttacheError) throw cause;
      const shown = sql.replace(/\s+/g, " ").trim();
      throw new AttacheError(
        { code: "store-failed", input: this.path, detail: `${(cause as Error).message} in ${shown} with ${JSON.stringify(params, jsonSafe)}` },
        { cause },
      );
    }
  }

  /** Runs a statement that changes rows. */
  run(sql: string, params: SqlParams = []): { changes: number; lastInsertRowid: number | bigint } {
    return this.wrap(sql, params, (s) => s.run(params as never));
  }

  /** The first row, or undefined. Rows are `unknown`: callers check them. */
  get(sql: string, params: SqlParams = []): unknown {
    return this.wrap(sql, params, (s) => s.get(params as never));
  }

  all(sql: string, params: SqlParams = []): unknown[] {
    return this.wrap(sql, params, (s) => s.all(params as never));
  }

  /** Rows one at a time, for results too large to hold. */
  *iterate(sql: string, params: SqlParams = []): Generator<unknown> {
    const iterator = this.wrap(sql, params, (s) => s.iterate(params as never));
    try {
      while (true) {
        const next = this.wrap(sql, params, () => iterator.next());
        if (next.done) return;
        yield next.value;
      }
    } finally {
      // A reader that stops early (a closed pipe) must release the statement, or the connection stays busy.
      iterator.return?.();
    }
  }

  /**
   * Runs `work` in one write transaction (BEGIN IMMEDIATE), awaiting it: all of it is written,
   * or none. An open transaction (a caller's) decides instead.
   *
   * Its statement journals are kept in memory, not in temporary files: in a transaction of
   * many articles, each statement copies the already-dirty pages it changes, and once one
   * statement passes 64 KB (an article's 40 bucket postings) the rest of the transaction
   * writes them to a file (saving 2,000 Reuters articles: 455,000 pwrite calls, 418,000 of them
   * there, 37,000 without; 3.2 -> 2.9 ms CPU an article). Queries keep temporary files: their sorts and
   * groupings can be large (in memory, the heaviest queries at 1M events peaked 44 MB higher).
   */
  async writeTransaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.raw.inTransaction) return work();
    // Changing it only sets a flag while no TEMP table exists (none does); a transaction reads it when it begins.
    this.raw.pragma("temp_store = MEMORY");
    try {
      this.raw.exec("BEGIN IMMEDIATE");
      try {
        const result = await work();
        this.raw.exec("COMMIT");
        return result;
      } catch (error) {
        if (this.raw.inTransaction) this.raw.exec("ROLLBACK");
        throw error;
      }
    } finally {
      this.raw.pragma("temp_store = DEFAULT");
    }
  }

  /** Runs `work` in one transaction: all of it is written, or none. */
  transaction<T>(work: () => T): T {
    return this.raw.transaction(work)();
  }

  close(): void {
    this.raw.close();
  }
}

function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  // Article bodies make error messages unreadable; their start is enough to tell which.
  if (typeof value === "string" && value.length > 80) return `${value.slice(0, 77)}…`;
  return value;
}
