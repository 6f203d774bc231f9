import type { WorkQueue } from "./open-queue.js";
import { articleOfJob, ARTICLES_QUEUE, DEAD_LETTERS_QUEUE, jobIdOf } from "./jobs.js";
import { enqueueArticle } from "./enqueue.js";

interface DeadRow {
  readonly id: string;
  readonly data: unknown;
}

/** What putting the dead letters back did. */
export interface RetryOutcome {
  /** Back on the queue, with a full set of tries. */
  readonly requeued: number;
  /** Their article is on the queue already (enqueued again since): the letter is dropped. */
  readonly alreadyQueued: number;
  /** Not an article (data written by something else): left in the dead letters. */
  readonly invalid: number;
}

/**
 * Puts every dead letter back on the article queue under its own job id, each in one
 * transaction: its failed job is removed, the article is queued again with the queue's current
 * settings, and the letter is dropped, all or nothing.
 */
export async function retryDeadLetters(queue: WorkQueue): Promise<RetryOutcome> {
  const counts = { requeued: 0, alreadyQueued: 0, invalid: 0 };
  try {
    const sql = `SELECT id, data FROM ${queue.schema}.job WHERE name = $1 AND state = 'created' ORDER BY created_on, id`;
    const rows = (await queue.db.executeSql(sql, [DEAD_LETTERS_QUEUE])).rows as DeadRow[];
    for (const row of rows) {
      const article = articleOfJob(row.data, row.id);
      if (!article.ok) {
        counts.invalid++;
        continue;
      }
      const outcome = await queue.db.transaction(async (db) => {
        await db.executeSql(`DELETE FROM ${queue.schema}.job WHERE name = $1 AND id = $2 AND state = 'failed'`, [ARTICLES_QUEUE, jobIdOf(article.value)]);
        const queued = await enqueueArticle(queue, article.value, db);
        await queue.boss.deleteJob(DEAD_LETTERS_QUEUE, row.id, { db });
        return queued;
      });
      if (outcome === "queued") counts.requeued++;
      else counts.alreadyQueued++;
    }
    return counts;
  } catch (error) {
    throw queue.db.failure(error, "putting dead letters back");
  }
}

/** Drops the dead letters; returns how many there were. */
export async function purgeDeadLetters(queue: WorkQueue): Promise<number> {
  try {
    const rows = (await queue.db.executeSql(`DELETE FROM ${queue.schema}.job WHERE name = $1 AND state = 'created' RETURNING id`, [DEAD_LETTERS_QUEUE])).rows;
    return rows.length;
  } catch (error) {
    throw queue.db.failure(error, "dropping dead letters");
  }
}

/** Drops the jobs no worker has taken yet (queued or waiting for a retry); returns how many. */
export async function purgeWaiting(queue: WorkQueue): Promise<number> {
  try {
    const rows = (await queue.db.executeSql(`DELETE FROM ${queue.schema}.job WHERE name = $1 AND state < 'active' RETURNING id`, [ARTICLES_QUEUE])).rows;
    return rows.length;
  } catch (error) {
    throw queue.db.failure(error, "dropping waiting jobs");
  }
}
