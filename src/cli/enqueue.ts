import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { describeIssue } from "../errors.js";
import { readInputs } from "../ingest/read-inputs.js";
import type { QueueSettings } from "../queue/index.js";
import { assertQueueLocation, enqueueArticle, openWorkQueue, updateSettings } from "../queue/index.js";
import { storeLocationOf } from "../store/open-store.js";
import { parseDuration } from "./feeds.js";
import { dateFlag, EXIT_OK, EXIT_SOME_FAILED, withInputOptions, reportProblem } from "./shared.js";
import { withDbOption } from "./store-flags.js";

interface EnqueueFlags {
  readonly db?: string;
  readonly date?: string;
  readonly maxBytes?: number;
  readonly retries?: number;
  readonly retryDelay?: number;
  readonly timeout?: number;
  readonly json?: boolean;
}

/** Commander parser for `--retries`: a whole number from 0. */
function parseRetries(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 100) throw new InvalidArgumentError("a whole number from 0 to 100");
  return n;
}

/** The settings flags given, to change on the queue (those not given stay as they are). */
function settingsOf(flags: EnqueueFlags): Partial<QueueSettings> {
  return {
    ...(flags.retries === undefined ? {} : { retries: flags.retries }),
    ...(flags.retryDelay === undefined ? {} : { retryDelay: flags.retryDelay }),
    ...(flags.timeout === undefined ? {} : { timeout: flags.timeout }),
  };
}

/** `attache enqueue`: reads inputs here and puts one job per article on the PostgreSQL work queue. */
export function registerEnqueue(program: Command): void {
  withInputOptions(
    withDbOption(
      program
        .command("enqueue")
        .description("read articles and put them on the work queue for `attache worker` (PostgreSQL)")
        .argument("<inputs...>", "files, folders, http(s) URLs, or - for standard input"),
    ),
  )
    .option("--retries <n>", "tries after a failed one before an article goes to the dead letters (default 3)", parseRetries)
    .option("--retry-delay <duration>", "wait before the first retry, doubled for each next one (default 30s)", parseDuration)
    .option("--timeout <duration>", "a job running longer is taken as abandoned by a dead worker and tried again (default 5m)", parseDuration)
    .option("--json", "print the counts as JSON")
    .addHelpText(
      "after",
      "\nArticles are read here, so workers need only the database. An article already on the queue\n" +
        "(the same id and text) is not queued twice. --retries, --retry-delay and --timeout change the\n" +
        "queue's settings for the jobs queued from now on.\n\n" +
        "Example:\n  attache enqueue --db postgres://user:pass@host/news --date 2025-09-12 news/ https://example.org/feed.xml",
    )
    .action(async (inputs: string[], flags: EnqueueFlags) => {
      const location = storeLocationOf(flags.db);
      assertQueueLocation(location);
      const published = dateFlag(flags.date);
      const started = Date.now();
      const counts = { queued: 0, alreadyQueued: 0, unreadable: 0 };
      const queue = await openWorkQueue(location);
      try {
        const settings = settingsOf(flags);
        if (Object.keys(settings).length > 0) await updateSettings(queue, settings);
        for await (const result of readInputs(inputs, { date: published, maxBytes: flags.maxBytes, fetch: flags.maxBytes === undefined ? {} : { maxBytes: flags.maxBytes } })) {
          if (!result.ok) {
            counts.unreadable++;
            for (const issue of result.issues) reportProblem(describeIssue(issue));
          } else if ((await enqueueArticle(queue, result.value)) === "queued") {
            counts.queued++;
          } else {
            counts.alreadyQueued++;
          }
        }
      } finally {
        await queue.close();
      }
      const seconds = (Date.now() - started) / 1000;
      process.stdout.write(
        flags.json
          ? `${JSON.stringify({ ...counts, seconds })}\n`
          : `${counts.queued} queued, ${counts.alreadyQueued} already on the queue, ${counts.unreadable} unreadable (${seconds.toFixed(1)} s)\n`,
      );
      process.exitCode = counts.unreadable > 0 ? EXIT_SOME_FAILED : EXIT_OK;
    });
}
