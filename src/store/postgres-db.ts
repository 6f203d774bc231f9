import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";
import type { PoolClient, QueryResultRow } from "pg";
import { AttacheError } from "../errors.js";

/** A value `pg` can bind to a `$n` placeholder (arrays become PostgreSQL arrays). */
export type PgValue = string | number | boolean | null | readonly string[];

// bigint (count(*), identity ids) arrives as a string by default; our counts and serials fit in a double.
const INT8 = 20;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
};

export interface PgDbOptions {
  /** Tables live in this schema (created when missing): tests give each run its own. */
  readonly schema?: string | undefined;
  readonly max?: number | undefined;
}

/**
 * A `pg` pool where every failure becomes an `AttacheError` "store-failed" naming the query
 * and its parameters, the original as `cause`. Inside `transaction`, every query of the same
 * async flow goes to the transaction's connection (AsyncLocalStorage), so store methods called
 * from a transaction's work take part in it without passing a client around.
 */
export class PgDb {
  readonly location: string;
  private readonly pool: pg.Pool;
  private readonly current = new AsyncLocalStorage<PoolClient>();
  private readyPromise: Promise<void> = Promise.resolve();

  constructor(url: string, options: PgDbOptions = {}) {
    this.location = redact(url);
    const schema = options.schema;
    if (schema !== undefined) assertSchemaName(schema);
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.max ?? 10,
      types,
      ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
    });
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    this.pool.on("error", () => undefined);
  }

  /** Queries wait for this first (the migrations), so that opening a store can stay synchronous. */
  setReady(ready: Promise<void>): void {
    this.readyPromise = ready;
    // The failure is reported by the first query that waits for it, not as an unhandled rejection.
    ready.catch(() => undefined);
  }

  /** Rows of a query. Rows are `unknown`: callers check them. */
  async all(sql: string, params: readonly PgValue[] = []): Promise<unknown[]> {
    await this.readyPromise;
    return this.unready(sql, params);
  }

  /** The first row, or undefined. */
  async get(sql: string, params: readonly PgValue[] = []): Promise<unknown> {
    return (await this.all(sql, params))[0];
  }

  /** Runs a statement; returns how many rows it changed. */
  async run(sql: string, params: readonly PgValue[] = []): Promise<number> {
    await this.readyPromise;
    return this.execute(sql, params, (result) => result.rowCount ?? 0);
  }

  /** A query that does not wait for the migrations (the migrations themselves). */
  async unready(sql: string, params: readonly PgValue[] = []): Promise<unknown[]> {
    return this.execute(sql, params, (result) => result.rows);
  }

  private async execute<T>(sql: string, params: readonly PgValue[], pick: (result: pg.QueryResult<QueryResultRow>) => T): Promise<T> {
    const client = this.current.getStore();
    try {
      const values = params.map(withoutNul);
      const result = client ? await client.query(sql, values) : await this.pool.query(sql, values);
      return pick(result);
    } catch (cause) {
      throw this.failure(cause, sql, params);
    }
  }

  private failure(cause: unknown, sql: string, params: readonly PgValue[]): AttacheError {
    if (cause instanceof AttacheError) return cause;
    const shown = sql.replace(/\s+/g, " ").trim();
    return new AttacheError(
      { code: "store-failed", input: this.location, detail: `${(cause as Error).message} in ${shown} with ${JSON.stringify(params, jsonSafe)}` },
      { cause },
    );
  }

  /** Whether the calling async flow is inside `transaction`. */
  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  /**
   * Runs `work` in one transaction on one connection: all of it is written, or none. Called
   * inside another transaction, it joins it (the outer one decides).
   */
  async transaction<T>(work: () => Promise<T>, options: { waitForReady?: boolean } = {}): Promise<T> {
    if (this.inTransaction) return work();
    if (options.waitForReady !== false) await this.readyPromise;
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (cause) {
      throw this.failure(cause, "connect", []);
    }
    let broken = false;
    const control = async (sql: string): Promise<void> => {
      try {
        await client.query(sql);
      } catch (cause) {
        throw this.failure(cause, sql, []);
      }
    };
    try {
      await control("BEGIN");
      const result = await this.current.run(client, work);
      await control("COMMIT");
      return result;
    } catch (error) {
      try {
        await client.query("ROLLBACK");
      } catch {
        // A connection that cannot even roll back is not given back to the pool.
        broken = true;
      }
      // The work's own errors pass through as they are, as SQLite's transactions let them.
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.readyPromise.catch(() => undefined);
    await this.pool.end();
  }
}

/** Schema names travel in connection options and DDL, where no placeholder can stand: only plain names pass. */
export function assertSchemaName(name: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new AttacheError({ code: "store-failed", input: name, detail: "a schema name is lower-case letters, digits and _" });
  }
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres";
  }
}

/**
 * PostgreSQL text cannot hold NUL, which SQLite and JavaScript strings can: it becomes U+FFFD,
 * one UTF-16 unit as NUL is, so every span's offsets still slice the same words.
 */
function withoutNul(value: PgValue): PgValue {
  if (typeof value === "string") return value.includes("\u0000") ? value.replace(/\u0000/g, "\uFFFD") : value;
  if (Array.isArray(value)) return (value as readonly string[]).map((v) => withoutNul(v) as string);
  return value;
}

function jsonSafe(_key: string, value: unknown): unknown {
  // Article bodies make error messages unreadable; their start is enough to tell which.
  if (typeof value === "string" && value.length > 80) return `${value.slice(0, 77)}…`;
  if (Array.isArray(value) && value.length > 20) return [...value.slice(0, 20), `… ${value.length - 20} more`];
  return value;
}
