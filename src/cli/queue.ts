import type { Command } from "commander";
import type { WorkQueue } from "../queue/index.js";
import { assertQueueLocation, currentSettings, deadLetters, openWorkQueue, purgeDeadLetters, purgeWaiting, queueCounts, retryDeadLetters } from "../queue/index.js";
import { storeLocationOf } from "../store/open-store.js";
import { formatDuration } from "./feeds.js";
import { parseLimit, withDbOption } from "./store-flags.js";
import { formatTable } from "./table.js";

/** Opens the queue of `--db`, runs `work`, closes it. */
async function withQueue<T>(db: string | undefined, work: (queue: WorkQueue) => Promise<T>): Promise<T> {
  const location = storeLocationOf(db);
  assertQueueLocation(location);
  const queue = await openWorkQueue(location);
  try {
    return await work(queue);
  } finally {
    await queue.close();
  }
}

/** `attache queue [status|retry|purge]`: the work queue's counts and dead letters, and what to do with them. */
export function registerQueue(program: Command): void {
  const queue = program
    .command("queue")
    .description("the work queue (PostgreSQL): counts and dead letters; put dead letters back")
    .addHelpText("after", "\nExamples:\n  attache queue --db postgres://user:pass@host/news\n  attache queue retry\n  attache queue purge --dead");

  withDbOption(queue.command("status", { isDefault: true }).description("jobs queued, active, retrying, done and dead, and the dead letters with their error"))
    .option("--limit <n>", "dead letters shown (default 50)", parseLimit, 50)
    .option("--json", "print as JSON")
    .action(async (flags: { db?: string; limit: number; json?: boolean }) => {
      const { counts, dead, settings } = await withQueue(flags.db, async (q) => ({
        counts: await queueCounts(q),
        dead: await deadLetters(q, flags.limit),
        settings: await currentSettings(q),
      }));
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ counts, settings, deadLetters: dead }, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        `${counts.queued} queued, ${counts.active} active, ${counts.retrying} retrying, ${counts.done} done, ${counts.dead} dead\n` +
          `(${settings.retries} retries from ${formatDuration(settings.retryDelay)}, doubling; a job running over ${formatDuration(settings.timeout)} is tried again)\n`,
      );
      if (dead.length > 0) {
        process.stdout.write(`\ndead letters${counts.dead > dead.length ? ` (first ${dead.length})` : ""}:\n`);
        process.stdout.write(`${formatTable(dead, [
          { header: "SINCE", value: (d) => d.at.slice(0, 19).replace("T", " ") },
          { header: "ORIGIN", value: (d) => d.origin, maxWidth: 60 },
          { header: "ERROR", value: (d) => (d.error.startsWith(`${d.origin}: `) ? d.error.slice(d.origin.length + 2) : d.error), maxWidth: 160 },
        ])}\n`);
      }
    });

  withDbOption(queue.command("retry").description("put the dead letters back on the queue, each with a full set of tries"))
    .action(async (flags: { db?: string }) => {
      const outcome = await withQueue(flags.db, retryDeadLetters);
      process.stdout.write(
        `${outcome.requeued} put back on the queue, ${outcome.alreadyQueued} already on it` +
          `${outcome.invalid > 0 ? `, ${outcome.invalid} not articles (left in the dead letters)` : ""}\n`,
      );
    });

  withDbOption(queue.command("purge").description("drop the jobs not taken yet (queued or waiting for a retry); with --dead, the dead letters"))
    .option("--dead", "drop the dead letters instead")
    .action(async (flags: { db?: string; dead?: boolean }) => {
      if (flags.dead) {
        const dropped = await withQueue(flags.db, purgeDeadLetters);
        process.stdout.write(`${dropped} dead letters dropped\n`);
      } else {
        const dropped = await withQueue(flags.db, purgeWaiting);
        process.stdout.write(`${dropped} waiting jobs dropped\n`);
      }
    });
}
