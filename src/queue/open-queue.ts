import PgBoss from "pg-boss";
import { AttacheError } from "../errors.js";
import { isPostgresLocation } from "../store/postgres.js";
import { ARTICLES_QUEUE, DEAD_LETTERS_QUEUE } from "./jobs.js";
import { QueueDb } from "./queue-db.js";

/** How jobs are retried and when a running job counts as abandoned; set on the queue, copied into each job. */
export interface QueueSettings {
  /** Tries after the first failed one, before the job goes to the dead letters. */
  readonly retries: number;
  /** Seconds before the first retry; each next wait doubles (with jitter). */
  readonly retryDelay: number;
  /** Seconds a job may run before it counts as abandoned (its worker died) and is tried again. */
  readonly timeout: number;
}

export const DEFAULT_SETTINGS: QueueSettings = { retries: 3, retryDelay: 30, timeout: 300 };

// Waiting jobs and dead letters are kept for a year (pg-boss's default is 14 days).
const RETENTION_MINUTES = 365 * 24 * 60;

export interface OpenOptions {
  /** Run pg-boss's maintenance (expiring jobs of dead workers, archiving) every this many seconds; off when absent. */
  readonly maintenanceSeconds?: number | undefined;
  /** Connections to keep at most (default 4): a worker needs one per job worked on at once, and one for maintenance. */
  readonly maxConnections?: number | undefined;
  /** Errors of pg-boss's background work (polling, maintenance), which no call awaits. */
  readonly onError?: ((error: Error) => void) | undefined;
}

/** The work queue of one database: pg-boss over the queue's own connections, in the schema beside the store's. */
export interface WorkQueue {
  readonly boss: PgBoss;
  readonly db: QueueDb;
  /** The schema of pg-boss's tables. */
  readonly schema: string;
  close(): Promise<void>;
}

/**
 * The schema of the queue: `attache_queue` beside a store in `public`, else `<schema>_queue`
 * (a store kept in its own schema through the URL's `search_path` has its own queue).
 */
export function queueSchemaOf(storeSchema: string | null): string {
  return storeSchema === null || storeSchema === "public" ? "attache_queue" : `${storeSchema}_queue`;
}

/** Refuses a database that is not PostgreSQL, naming it. */
export function assertQueueLocation(location: string): void {
  if (!isPostgresLocation(location)) {
    throw new AttacheError({ code: "usage", input: location, detail: "the work queue needs PostgreSQL: --db postgres://…" });
  }
}

/**
 * Connects to the queue of the PostgreSQL database at `location`, installing pg-boss's tables
 * and the two queues on first use.
 *
 * @example const queue = await openWorkQueue("postgres://attache:attache@127.0.0.1/news");
 */
export async function openWorkQueue(location: string, options: OpenOptions = {}): Promise<WorkQueue> {
  assertQueueLocation(location);
  const db = new QueueDb(location, options.maxConnections);
  try {
    const row = (await db.executeSql("SELECT current_schema() AS schema")).rows[0] as { schema: string | null } | undefined;
    const schema = queueSchemaOf(row?.schema ?? null);
    const maintenance = options.maintenanceSeconds;
    const boss = new PgBoss({
      db,
      schema,
      schedule: false,
      supervise: maintenance !== undefined,
      ...(maintenance === undefined ? {} : { maintenanceIntervalSeconds: maintenance }),
    });
    // An "error" event without a listener would end the process.
    boss.on("error", options.onError ?? (() => undefined));
    await boss.start();
    await ensureQueues(boss);
    return {
      boss,
      db,
      schema,
      close: async () => {
        await boss.stop({ graceful: false, close: false }).catch(() => undefined);
        await db.close();
      },
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw db.failure(error, "opening the work queue");
  }
}

/** Creates the dead-letter queue, then the article queue that sends to it (both once). */
async function ensureQueues(boss: PgBoss): Promise<void> {
  const present = new Set((await boss.getQueues()).map((q) => q.name));
  if (!present.has(DEAD_LETTERS_QUEUE)) await boss.createQueue(DEAD_LETTERS_QUEUE, { name: DEAD_LETTERS_QUEUE, retentionMinutes: RETENTION_MINUTES });
  if (!present.has(ARTICLES_QUEUE)) {
    await boss.createQueue(ARTICLES_QUEUE, {
      name: ARTICLES_QUEUE,
      deadLetter: DEAD_LETTERS_QUEUE,
      retentionMinutes: RETENTION_MINUTES,
      ...settingsOptions(DEFAULT_SETTINGS),
    });
  }
}

function settingsOptions(settings: QueueSettings): { retryLimit: number; retryDelay: number; retryBackoff: boolean; expireInSeconds: number } {
  return { retryLimit: settings.retries, retryDelay: settings.retryDelay, retryBackoff: true, expireInSeconds: settings.timeout };
}

/** Changes how jobs queued from now on are retried and timed out. */
export async function updateSettings(queue: WorkQueue, settings: Partial<QueueSettings>): Promise<void> {
  const current = await currentSettings(queue);
  await queue.boss.updateQueue(ARTICLES_QUEUE, { name: ARTICLES_QUEUE, ...settingsOptions({ ...current, ...settings }) });
}

/** The article queue's retry and timeout settings. */
export async function currentSettings(queue: WorkQueue): Promise<QueueSettings> {
  const found = await queue.boss.getQueue(ARTICLES_QUEUE);
  return {
    retries: found?.retryLimit ?? DEFAULT_SETTINGS.retries,
    retryDelay: found?.retryDelay ?? DEFAULT_SETTINGS.retryDelay,
    timeout: found?.expireInSeconds ?? DEFAULT_SETTINGS.timeout,
  };
}
