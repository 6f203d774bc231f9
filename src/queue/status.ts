import type { WorkQueue } from "./open-queue.js";
import { articleOfJob, ARTICLES_QUEUE, DEAD_LETTERS_QUEUE } from "./jobs.js";

/** How many jobs are in each state. */
export interface QueueCounts {
  /** Waiting for a worker. */
  readonly queued: number;
  /** Being worked on (or held by a worker that died, until their timeout). */
  readonly active: number;
  /** Failed, waiting for their next try. */
  readonly retrying: number;
  /** Done: saved, or found already stored (kept a week after they are archived). */
  readonly done: number;
  /** Out of tries: in the dead letters. */
  readonly dead: number;
}

/** A job that failed on every try, with what it was and why. */
export interface DeadLetter {
  readonly id: string;
  /** The file, URL or line the article was read from. */
  readonly origin: string;
  readonly error: string;
  /** ISO time it went to the dead letters. */
  readonly at: string;
}

interface StateRow {
  readonly name: string;
  readonly state: string;
  readonly n: string | number;
}

/** The counts of the article queue, from pg-boss's job table and its archive. */
export async function queueCounts(queue: WorkQueue): Promise<QueueCounts> {
  // Our own names, and a schema that passed pg-boss's name check: they can stand in the SQL.
  const sql = `SELECT name, state::text AS state, count(*) AS n FROM ${queue.schema}.job WHERE name = ANY($1) GROUP BY name, state
    UNION ALL SELECT name, state::text, count(*) FROM ${queue.schema}.archive WHERE name = ANY($1) AND state = 'completed' GROUP BY name, state`;
  try {
    const rows = (await queue.db.executeSql(sql, [[ARTICLES_QUEUE, DEAD_LETTERS_QUEUE]])).rows as StateRow[];
    const count = (name: string, state: string) =>
      rows.filter((r) => r.name === name && r.state === state).reduce((sum, r) => sum + Number(r.n), 0);
    return {
      queued: count(ARTICLES_QUEUE, "created"),
      active: count(ARTICLES_QUEUE, "active"),
      retrying: count(ARTICLES_QUEUE, "retry"),
      done: count(ARTICLES_QUEUE, "completed"),
      dead: count(DEAD_LETTERS_QUEUE, "created"),
    };
  } catch (error) {
    throw queue.db.failure(error, "counting jobs");
  }
}

interface DeadRow {
  readonly id: string;
  readonly data: unknown;
  readonly output: unknown;
  readonly created_on: Date;
}

/** The dead letters, oldest first. */
export async function deadLetters(queue: WorkQueue, limit: number): Promise<DeadLetter[]> {
  const sql = `SELECT id, data, output, created_on FROM ${queue.schema}.job WHERE name = $1 AND state = 'created' ORDER BY created_on, id LIMIT $2`;
  try {
    const rows = (await queue.db.executeSql(sql, [DEAD_LETTERS_QUEUE, limit])).rows as DeadRow[];
    return rows.map((row) => {
      const article = articleOfJob(row.data, row.id);
      return { id: row.id, origin: article.ok ? article.value.origin : `job ${row.id}`, error: errorOf(row.output), at: row.created_on.toISOString() };
    });
  } catch (error) {
    throw queue.db.failure(error, "listing dead letters");
  }
}

/** The message pg-boss kept of the last failure (a serialised Error, or a timeout's `{ value: { message } }`). */
function errorOf(output: unknown): string {
  if (typeof output !== "object" || output === null) return "unknown error";
  const record = output as { message?: unknown; value?: unknown };
  if (typeof record.message === "string") return record.message;
  if (typeof record.value === "string") return record.value;
  if (typeof record.value === "object" && record.value !== null && typeof (record.value as { message?: unknown }).message === "string") {
    return (record.value as { message: string }).message;
  }
  return JSON.stringify(output);
}
