import type { ArticleInput } from "../ingest/create-document.js";
import type { ArticleJob } from "./jobs.js";
import { ARTICLES_QUEUE, jobIdOf } from "./jobs.js";
import type { SqlRunner } from "./queue-db.js";
import type { WorkQueue } from "./open-queue.js";

/** Whether an article became a job, or was one already (waiting, running, done or dead). */
export type EnqueueOutcome = "queued" | "already-queued";

/**
 * Puts one article on the queue under its job id (article id and content hash), so that the
 * same article enqueued twice, by one process or several, is one job.
 */
export async function enqueueArticle(queue: WorkQueue, article: ArticleInput, db?: SqlRunner): Promise<EnqueueOutcome> {
  const job: ArticleJob = { article };
  try {
    const id = await queue.boss.send(ARTICLES_QUEUE, job, { id: jobIdOf(article), ...(db === undefined ? {} : { db }) });
    return id === null ? "already-queued" : "queued";
  } catch (error) {
    throw queue.db.failure(error, `queueing ${article.origin}`);
  }
}
