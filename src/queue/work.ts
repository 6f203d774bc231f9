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
 * finishing the jobs in hand before it returns. A job whose handler throws is failed with that
 * error; pg-boss retries it with back-off, then sends it to the dead letters.
 *
 * Each slot is its own fetch loop rather than pg-boss's `work()`, whose stop can return while
 * a fetched job is still on its way and does not await the job's completion: here a job
 * fetched is always finished, and its completion written, before this returns.
 */
export async function workOnQueue(queue: WorkQueue, options: WorkOptions): Promise<void> {
  let stopping = false;
  const stopped = options.stopRequested.then(() => { stopping = true; });

  const runJob = async (job: PgBoss.JobWithMetadata<unknown>): Promise<void> => {
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
      // pg-boss keeps the message as the job's output, shown with the dead letter.
      await queue.boss.fail(ARTICLES_QUEUE, job.id, { message });
      return;
    }
    await queue.boss.complete(ARTICLES_QUEUE, job.id);
  };

  const slot = async (): Promise<void> => {
    while (!stopping) {
      const [job] = await queue.boss.fetch<unknown>(ARTICLES_QUEUE, { batchSize: 1, includeMetadata: true });
      if (job === undefined) await Promise.race([sleep(POLL_SECONDS * 1000), stopped]);
      else await runJob(job);
    }
  };

  const watchDrain = async (): Promise<void> => {
    while (!stopping) {
      await Promise.race([sleep(POLL_SECONDS * 1000), stopped]);
      if (stopping) break;
      const counts = await queueCounts(queue);
      if (counts.queued + counts.active + counts.retrying === 0) stopping = true;
    }
  };

  const slots = Array.from({ length: options.concurrency }, slot);
  try {
    await Promise.all([...slots, ...(options.untilEmpty ? [watchDrain()] : [stopped])]);
  } catch (error) {
    stopping = true;
    await Promise.allSettled(slots);
    throw queue.db.failure(error, "working on the queue");
  }
}
