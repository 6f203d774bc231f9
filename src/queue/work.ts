import type PgBoss from "pg-boss";
import type { ArticleInput } from "../ingest/create-document.js";
import { AttacheError } from "../errors.js";
import type { WorkQueue } from "./open-queue.js";
import { articleOfJob, ARTICLES_QUEUE } from "./jobs.js";
import { queueCounts } from "./status.js";

/** A failed try of one article, as the worker reports it. */
export interface FailedTry {
  readonly origin: string;
  readonly error: string;
  /** 1 for the first try. */
  readonly attempt: number;
  readonly attempts: number;
  /** Whether this was the last try: the job goes to the dead letters. */
  readonly final: boolean;
}

export interface WorkOptions {
  /** Jobs worked on at once by this process. */
  readonly concurrency: number;
  /** Return once no job is queued, running or waiting for a retry, instead of waiting for more. */
  readonly untilEmpty: boolean;
  /** Codes and saves one article; throws (or rejects) when it failed, with the reason as message. */
  readonly handle: (article: ArticleInput) => Promise<void>;
  readonly onFailure: (failure: FailedTry) => void;
  /** Resolves when the process is asked to stop (SIGINT, SIGTERM). */
  readonly stopRequested: Promise<void>;
}

// Seconds between two looks at the queue by an idle worker.
const POLL_SECONDS = 2;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Works on the article queue until asked to stop (or, with `untilEmpty`, until it is drained),
 * then lets the jobs in hand finish, and returns. A job whose handler throws is failed with
 * that error; pg-boss retries it with back-off, then sends it to the dead letters.
 */
export async function workOnQueue(queue: WorkQueue, options: WorkOptions): Promise<void> {
  let stopping = false;
  // One job at a time per slot (batchSize 1): a failure fails that job alone.
  const jobHandler = async ([job]: PgBoss.JobWithMetadata<unknown>[]): Promise<void> => {
    if (job === undefined) return;
    const article = articleOfJob(job.data, job.id);
    try {
      if (!article.ok) throw new AttacheError(article.issues[0]!);
      await options.handle(article.value);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      options.onFailure({
        origin: article.ok ? article.value.origin : `job ${job.id}`,
        error: message,
        attempt: job.retryCount + 1,
        attempts: job.retryLimit + 1,
        final: job.retryCount >= job.retryLimit,
      });
      // pg-boss keeps the message of what is thrown as the job's output, shown with the dead letter.
      throw new Error(message);
    }
  };
  try {
    for (let i = 0; i < options.concurrency; i++) {
      await queue.boss.work(ARTICLES_QUEUE, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: POLL_SECONDS }, jobHandler);
    }
    const stopped = options.stopRequested.then(() => { stopping = true; });
    if (options.untilEmpty) {
      while (!stopping) {
        await Promise.race([sleep(POLL_SECONDS * 1000), stopped]);
        if (stopping) break;
        const counts = await queueCounts(queue);
        if (counts.queued + counts.active + counts.retrying === 0) break;
      }
    } else {
      await stopped;
    }
  } catch (error) {
    throw queue.db.failure(error, "working on the queue");
  } finally {
    // Jobs in hand are finished (up to a minute); any still running then are failed, to be tried again.
    await queue.boss.stop({ graceful: true, close: false, timeout: 60_000, wait: true }).catch(() => undefined);
  }
}
