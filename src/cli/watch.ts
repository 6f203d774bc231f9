import type { Command } from "commander";
import { createPipeline } from "../pipeline.js";
import type { Store } from "../store/store.js";
import type { WatchCounts } from "../watch/watcher.js";
import { Watcher } from "../watch/watcher.js";
import { DEFAULT_DELIVERY } from "../watch/deliver.js";
import { emailSenderFromEnv } from "../watch/email.js";
import { openStoreForWrite, withDbOption } from "./store-flags.js";

/** The status line: what the watcher has done so far and when it looks next. */
export function describeWatch(feeds: number, counts: WatchCounts, nextPollAt: string | null): string {
  const next = nextPollAt === null ? "no feeds: attache feeds add <url|folder>" : `next poll ${nextPollAt.slice(11, 19)} UTC`;
  return `${feeds} feeds · ${counts.polls} polls · ${counts.articles} new articles · ${counts.alerts} alerts · ${counts.delivered} delivered · ${counts.problems} problems · ${next}`;
}

/**
 * Runs a watcher until `signal` aborts: firings and problems as lines on stdout, and on a
 * terminal a status line on stderr (nothing of it when stderr is piped).
 */
export async function runWatcher(store: Store, dictionaries: readonly string[], signal: AbortSignal, once = false): Promise<WatchCounts> {
  const status = process.stderr.isTTY === true;
  let drawn = false;
  const clear = () => {
    if (drawn) process.stderr.write("\r\x1b[2K");
    drawn = false;
  };
  const watcher = new Watcher({
    store,
    pipeline: createPipeline({ dictionaries }),
    delivery: { ...DEFAULT_DELIVERY, sendEmail: emailSenderFromEnv() },
    log: (line) => {
      clear();
      process.stdout.write(`${line}\n`);
    },
  });
  const draw = async (counts: WatchCounts, next: string | null) => {
    if (!status) return;
    process.stderr.write(`\r\x1b[2K${describeWatch((await store.listFeeds()).length, counts, next)}`);
    drawn = true;
  };
  if (once) await watcher.tick();
  else await watcher.run(signal, (counts, next) => void draw(counts, next));
  clear();
  return watcher.counts;
}

/** `attache watch`: follows the feeds and folders of `attache feeds`, ingesting new articles and alerting. */
export function registerWatch(program: Command): void {
  withDbOption(program.command("watch").description("follow the feeds and folders of `attache feeds`: ingest what is new and run the alert rules"))
    .option("--dict <folder...>", "user dictionaries that extend or override data/")
    .option("--once", "poll what is due and send what is pending once, then stop")
    .addHelpText(
      "after",
      "\nAlerts are printed one a line on stdout; on a terminal a status line shows progress.\n" +
        "Feed state, items seen, alerts fired and deliveries are in the database: stop and start at will.\n\n" +
        "Example:\n  attache feeds add https://example.org/world.xml ./inbox\n  attache alerts add pol-assault --actor POL --plover ASSAULT\n  attache watch",
    )
    .action(async (flags: { db?: string; dict?: string[]; once?: boolean }) => {
      const store = openStoreForWrite(flags.db);
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      try {
        const counts = await runWatcher(store, flags.dict ?? [], controller.signal, flags.once === true);
        process.stderr.write(`${counts.articles} new articles, ${counts.alerts} alerts, ${counts.delivered} delivered, ${counts.problems} problems\n`);
      } finally {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        await store.close();
      }
    });
}
