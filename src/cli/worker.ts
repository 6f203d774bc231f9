import type { Command } from "commander";
import { createDocument } from "../ingest/create-document.js";
import { createPipeline } from "../pipeline.js";
import type { FailedTry } from "../queue/index.js";
import { assertQueueLocation, openWorkQueue, workOnQueue } from "../queue/index.js";
import { storeLocationOf } from "../store/open-store.js";
import type { IngestCounts } from "./progress.js";
import { saveArticle } from "./save-article.js";
import { EXIT_OK, EXIT_SOME_FAILED, reportProblem } from "./shared.js";
import { openStoreForWrite, parseLimit, withDbOption } from "./store-flags.js";

interface WorkerFlags {
  readonly db?: string;
  readonly concurrency: number;
  readonly dict?: string[];
  readonly untilEmpty?: boolean;
  readonly json?: boolean;
}

// Every worker looks this often for jobs whose worker died (past their timeout) to try again.
const MAINTENANCE_SECONDS = 10;

function lineOf(failure: FailedTry): string {
  const error = failure.error.startsWith(failure.origin) ? failure.error : `${failure.origin}: ${failure.error}`;
  const next = failure.final ? "to the dead letters" : "will be retried";
  return `${error} (try ${failure.attempt} of ${failure.attempts}, ${next})`;
}

/** Resolves on the first SIGINT or SIGTERM; `release` removes the listeners. */
function stopSignal(): { requested: Promise<void>; release: () => void } {
  let resolve = () => {};
  const requested = new Promise<void>((r) => { resolve = r; });
  const stop = () => resolve();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return { requested, release: () => { process.off("SIGINT", stop); process.off("SIGTERM", stop); } };
}

/** `attache worker`: codes and saves the articles of the work queue until stopped. */
export function registerWorker(program: Command): void {
  withDbOption(program.command("worker").description("code and save the articles of the work queue (PostgreSQL), until stopped"))
    .option("--concurrency <n>", "jobs worked on at once by this process", parseLimit, 1)
    .option("--dict <folder...>", "user dictionaries that extend or override data/")
    .option("--until-empty", "exit once no job is queued, running or waiting for a retry")
    .option("--json", "print the summary as JSON")
    .addHelpText(
      "after",
      "\nStart any number, on any machines that reach the database (coding uses one core per process:\n" +
        "start one worker per core; --concurrency overlaps the database waits). Ctrl-C (or SIGTERM) finishes the\n" +
        "jobs in hand and exits. A failed article is tried again with growing waits, then kept in the\n" +
        "dead letters with its error (see attache queue). An article already stored completes as unchanged.\n\n" +
        "Example:\n  attache worker --db postgres://user:pass@host/news --concurrency 2",
    )
    .action(async (flags: WorkerFlags) => {
      const location = storeLocationOf(flags.db);
      assertQueueLocation(location);
      const started = Date.now();
      const pipeline = createPipeline({ dictionaries: flags.dict ?? [] });
      const store = openStoreForWrite(flags.db);
      const counts: IngestCounts = { new: 0, versions: 0, unchanged: 0, failed: 0, events: 0, mentions: 0 };
      let failedTries = 0;
      const signal = stopSignal();
      try {
        const queue = await openWorkQueue(location, {
          maintenanceSeconds: MAINTENANCE_SECONDS,
          maxConnections: flags.concurrency + 2,
          onError: (error) => reportProblem(`queue: ${error.message}`),
        });
        try {
          await workOnQueue(queue, {
            concurrency: flags.concurrency,
            untilEmpty: flags.untilEmpty === true,
            stopRequested: signal.requested,
            handle: async (article) => {
              const failure = await saveArticle(store, pipeline.run(createDocument(article)), counts);
              if (failure !== null) throw new Error(failure);
            },
            onFailure: (failure) => {
              failedTries++;
              if (failure.final) counts.failed++;
              reportProblem(lineOf(failure));
            },
          });
        } finally {
          await queue.close();
        }
      } finally {
        signal.release();
        await store.close();
      }
      const seconds = (Date.now() - started) / 1000;
      process.stdout.write(
        flags.json
          ? `${JSON.stringify({ ...counts, failedTries, seconds })}\n`
          : `${counts.new} new articles, ${counts.versions} new versions, ${counts.unchanged} unchanged, ${failedTries} failed tries ` +
              `(${counts.failed} to the dead letters); ${counts.events} events, ${counts.mentions} mentions (${seconds.toFixed(1)} s)\n`,
      );
      process.exitCode = counts.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
    });
}
