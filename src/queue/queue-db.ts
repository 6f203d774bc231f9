import pg from "pg";
import { AttacheError } from "../errors.js";
import { redact } from "../store/postgres-db.js";

/** What pg-boss asks of a connection: one statement (or a `;`-joined script) and its rows. */
export interface SqlRunner {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * The queue's own `pg` pool, handed to pg-boss as its `db`, so that the queue can also run its
 * own statements and transactions (a dead letter put back is one) on the same connections.
 */
export class QueueDb implements SqlRunner {
  /** The URL without its password, for messages. */
  readonly location: string;
  private readonly pool: pg.Pool;

  constructor(url: string, maxConnections = 4) {
    this.location = redact(url);
    this.pool = new pg.Pool({ connectionString: url, max: maxConnections, application_name: "attache-queue" });
    // An idle connection dropped by the server must not crash the worker; the next query reconnects.
    this.pool.on("error", () => undefined);
  }

  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
    return this.pool.query(text, values);
  }

  /** Runs `work` in one transaction; `work` passes the runner it gets to pg-boss calls as `{ db }`. */
  async transaction<T>(work: (db: SqlRunner) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work({ executeSql: (text, values) => client.query(text, values) });
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** An error of the queue's database as Attache reports it: the location, never the password. */
  failure(cause: unknown, doing: string): AttacheError {
    if (cause instanceof AttacheError) return cause;
    const message = cause instanceof Error ? cause.message : String(cause);
    return new AttacheError({ code: "store-failed", input: this.location, detail: `${doing}: ${message}` }, { cause });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
