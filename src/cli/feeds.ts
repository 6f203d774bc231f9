import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { AttacheError } from "../errors.js";
import { isUrl } from "../ingest/fetch-url.js";
import type { WatchedFeed } from "../store/store.js";
import { isoOf, SYSTEM_CLOCK } from "../watch/clock.js";
import { EXIT_SOME_FAILED } from "./shared.js";
import { openStoreForQuery, openStoreForWrite, withDbOption } from "./store-flags.js";
import { printRows } from "./table.js";

const FEED_SECONDS = 900;
const FOLDER_SECONDS = 10;

/** Commander parser for a duration: seconds, or with s, m, h or d ("90s", "15m", "1h"). */
export function parseDuration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([smhd]?)$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError("a duration such as 90s, 15m, 1h or 1d");
  const scale = { "": 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as "" | "s" | "m" | "h" | "d"];
  const seconds = Math.round(Number(m[1]) * scale);
  if (seconds < 1) throw new InvalidArgumentError("at least one second");
  return seconds;
}

/** A duration as a person reads it: "15m", "2h30m". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)}m`;
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  return m === 0 ? `${h}h` : `${h}h${m}m`;
}

/** What a location names: an http(s) feed URL, or an existing folder (made absolute, so any working directory finds it). */
function subscriptionOf(location: string): { location: string; kind: "url" | "folder" } {
  if (isUrl(location)) {
    if (!/^https?:\/\//i.test(location)) throw new AttacheError({ code: "url-unsupported", input: location });
    return { location: new URL(location).href, kind: "url" };
  }
  const path = resolve(location);
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new AttacheError({ code: "input-not-found", input: location });
  }
  if (!isFolder) throw new AttacheError({ code: "usage", input: location, detail: "a feed URL or a folder to watch; to read a file once, use attache ingest" });
  return { location: path, kind: "folder" };
}

function normalised(location: string): string {
  if (!isUrl(location)) return resolve(location);
  return URL.canParse(location) ? new URL(location).href : location;
}

/** `attache feeds add|list|remove`: the feed URLs and folders that `attache watch` follows. */
export function registerFeeds(program: Command): void {
  const feeds = program
    .command("feeds")
    .description("the feeds and folders that attache watch follows")
    .addHelpText("after", "\nExamples:\n  attache feeds add https://example.org/world.xml ./inbox\n  attache feeds list\n  attache feeds remove https://example.org/world.xml");

  withDbOption(feeds.command("add").description("follow feed URLs (RSS, Atom, JSON Feed) or folders").argument("<locations...>", "http(s) feed URLs or folders"))
    .option("--every <duration>", "first polling interval of a feed, which then follows how often it changes (default 15m); a folder's interval (default 10s)", parseDuration)
    .action(async (locations: string[], flags: { db?: string; every?: number }) => {
      const subscriptions = locations.map(subscriptionOf);
      const store = openStoreForWrite(flags.db);
      try {
        for (const { location, kind } of subscriptions) {
          const before = (await store.listFeeds()).some((f) => f.location === location);
          await store.addFeed(location, kind, flags.every ?? (kind === "url" ? FEED_SECONDS : FOLDER_SECONDS), isoOf(SYSTEM_CLOCK.now()));
          process.stdout.write(`${before ? "already following" : "following"} ${location}\n`);
        }
      } finally {
        await store.close();
      }
    });

  withDbOption(feeds.command("list").description("feeds and folders followed, with their polling state"))
    .option("--json", "print JSON instead of a table")
    .action(async (flags: { db?: string; json?: boolean }) => {
      const store = openStoreForQuery(flags.db);
      try {
        printRows<WatchedFeed>(
          await store.listFeeds(),
          [
            { header: "LOCATION", value: (f) => f.location, maxWidth: 60 },
            { header: "KIND", value: (f) => f.kind },
            { header: "EVERY", value: (f) => formatDuration(f.intervalSeconds) },
            { header: "ITEMS", value: (f) => f.items },
            { header: "LAST POLL", value: (f) => f.lastPolledAt?.slice(0, 19) ?? null },
            { header: "NEXT POLL", value: (f) => f.nextPollAt.slice(0, 19) },
            { header: "FAILURES", value: (f) => f.failures },
            { header: "ERROR", value: (f) => f.lastError, maxWidth: 60 },
          ],
          { json: flags.json === true, noun: "feeds" },
        );
      } finally {
        await store.close();
      }
    });

  withDbOption(feeds.command("remove").description("stop following feeds or folders").argument("<locations...>", "as `feeds list` shows them"))
    .action(async (locations: string[], flags: { db?: string }) => {
      const store = openStoreForQuery(flags.db);
      try {
        for (const location of locations) {
          if (await store.removeFeed(location) || await store.removeFeed(normalised(location))) process.stdout.write(`stopped following ${location}\n`);
          else {
            process.stderr.write(`attache: ${location}: not followed (see attache feeds list)\n`);
            process.exitCode = EXIT_SOME_FAILED;
          }
        }
      } finally {
        await store.close();
      }
    });
}
