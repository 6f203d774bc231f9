import type { Issue, Result } from "../errors.js";
import { describeIssue } from "../errors.js";
import type { ArticleInput } from "../ingest/create-document.js";
import type { FetchedBody, FetchSettings } from "../ingest/fetch-url.js";
import { DEFAULT_FETCH, fetchUrl } from "../ingest/fetch-url.js";
import { readInputs } from "../ingest/read-inputs.js";
import type { FeedPollUpdate, Store, WatchedFeed } from "../store/store.js";
import type { Clock } from "./clock.js";
import { isoOf } from "./clock.js";
import type { FeedFetchSettings } from "./fetch-feed.js";
import { fetchFeed } from "./fetch-feed.js";
import { articleOfItem, parseFeedBytes } from "./feed-items.js";
import { listFolder } from "./folder.js";
import { HostGate } from "./host-gate.js";
import type { ScheduleSettings } from "./schedule.js";
import { backoffSeconds, DEFAULT_SCHEDULE, nextInterval, withJitter } from "./schedule.js";

/** Takes one article in (pipeline, store, stories, alerts); returns a problem line, or null when it went well. */
export type ArticleSink = (input: ArticleInput) => Promise<string | null>;

export interface PollerSettings {
  readonly schedule: ScheduleSettings;
  readonly feedFetch: FeedFetchSettings;
  /** How linked pages of summary-only items are fetched. */
  readonly pageFetch: FetchSettings;
  /** Milliseconds between two requests to one host. */
  readonly hostGapMs: number;
}

export const DEFAULT_POLLER: PollerSettings = {
  schedule: DEFAULT_SCHEDULE,
  feedFetch: { timeoutMs: DEFAULT_FETCH.timeoutMs, maxBytes: DEFAULT_FETCH.maxBytes, userAgent: DEFAULT_FETCH.userAgent },
  pageFetch: DEFAULT_FETCH,
  hostGapMs: 2000,
};

/** What one poll of one feed did. */
export interface PollReport {
  readonly location: string;
  readonly status: "unchanged" | "changed" | "failed";
  /** Items or files taken in, and those that could not be. */
  readonly taken: number;
  readonly problems: readonly string[];
}

// Worth another try on the next change of the feed: the item is not marked seen.
const TRANSIENT: ReadonlySet<Issue["code"]> = new Set(["url-timeout", "url-unreachable", "url-status"]);

/**
 * Polls the feeds and folders under watch: conditional requests, an interval per feed that
 * follows how often it changes, jitter, one request at a time per host with a gap, and
 * back-off for a feed that fails (the others go on). Every state change is in the store.
 */
export class Poller {
  private readonly gate: HostGate;

  constructor(
    private readonly store: Store,
    private readonly sink: ArticleSink,
    private readonly settings: PollerSettings = DEFAULT_POLLER,
    private readonly clock: Clock,
    private readonly random: () => number = Math.random,
  ) {
    this.gate = new HostGate(clock, settings.hostGapMs);
  }

  /** Polls every feed that is due, at once (the host gate keeps each host polite). */
  async pollDue(): Promise<PollReport[]> {
    const due = await this.store.dueFeeds(isoOf(this.clock.now()));
    return Promise.all(due.map((feed) => this.pollFeed(feed)));
  }

  /** Polls one feed or folder and records what came of it. */
  async pollFeed(feed: WatchedFeed): Promise<PollReport> {
    try {
      return feed.kind === "folder" ? await this.pollFolder(feed) : await this.pollUrl(feed);
    } catch (error) {
      // Whatever went wrong with this feed stays with this feed.
      return this.failed(feed, error instanceof Error ? error.message : String(error));
    }
  }

  private async pollUrl(feed: WatchedFeed): Promise<PollReport> {
    const host = new URL(feed.location).host;
    const response = await this.gate.run(host, () => fetchFeed(feed.location, feed, this.settings.feedFetch));
    if (!response.ok) return this.failed(feed, response.issues.map(describeIssue).join("; "));
    if (!response.value.changed) {
      await this.succeeded(feed, { etag: feed.etag, lastModified: feed.lastModified }, 0);
      return { location: feed.location, status: "unchanged", taken: 0, problems: [] };
    }
    const { bytes, contentType, etag, lastModified } = response.value;
    const parsed = parseFeedBytes(bytes, contentType, feed.location);
    if (!parsed.ok) return this.failed(feed, parsed.issues.map(describeIssue).join("; "));
    const unseen = new Set(await this.store.unseenItems(parsed.value.items.map((i) => i.key)));
    const fetchPage = (url: string): Promise<Result<FetchedBody>> => this.gate.run(new URL(url).host, () => fetchUrl(url, this.settings.pageFetch));
    let taken = 0;
    const problems: string[] = [];
    for (const [index, { key, item }] of parsed.value.items.entries()) {
      if (!unseen.has(key)) continue;
      unseen.delete(key);
      const article = await articleOfItem(item, parsed.value.feed, `${feed.location}#${index + 1}`, fetchPage);
      if (!article.ok) {
        problems.push(...article.issues.map(describeIssue));
        if (article.issues.some((i) => TRANSIENT.has(i.code))) continue;
      } else {
        const problem = await this.sink(article.value);
        if (problem === null) taken++;
        else problems.push(problem);
      }
      await this.store.markSeen(feed.id, [key], isoOf(this.clock.now()));
    }
    await this.succeeded(feed, { etag, lastModified }, taken);
    return { location: feed.location, status: "changed", taken, problems };
  }

  private async pollFolder(feed: WatchedFeed): Promise<PollReport> {
    const files = await listFolder(feed.location);
    const unseen = new Set(await this.store.unseenItems(files.map((f) => f.key)));
    let taken = 0;
    const problems: string[] = [];
    for (const file of files) {
      if (!unseen.has(file.key)) continue;
      for await (const result of readInputs([file.path])) {
        const problem = result.ok ? await this.sink(result.value) : result.issues.map(describeIssue).join("; ");
        if (problem === null) taken++;
        else problems.push(problem);
      }
      await this.store.markSeen(feed.id, [file.key], isoOf(this.clock.now()));
    }
    await this.store.updateFeed(feed.id, {
      // A folder costs nothing to look at: its interval stays the one it was given.
      ...this.stateAfter(feed, feed.intervalSeconds, 0),
      etag: null, lastModified: null, lastChangedAt: taken > 0 ? isoOf(this.clock.now()) : feed.lastChangedAt, newItems: taken,
    });
    return { location: feed.location, status: taken > 0 ? "changed" : "unchanged", taken, problems };
  }

  private async succeeded(feed: WatchedFeed, validators: { etag: string | null; lastModified: string | null }, taken: number): Promise<void> {
    const interval = nextInterval(feed.intervalSeconds, taken > 0, this.settings.schedule);
    await this.store.updateFeed(feed.id, {
      ...this.stateAfter(feed, interval, 0),
      ...validators,
      lastChangedAt: taken > 0 ? isoOf(this.clock.now()) : feed.lastChangedAt,
      newItems: taken,
    });
  }

  private async failed(feed: WatchedFeed, reason: string): Promise<PollReport> {
    const failures = feed.failures + 1;
    const wait = backoffSeconds(feed.intervalSeconds, failures, this.settings.schedule);
    await this.store.updateFeed(feed.id, {
      ...this.stateAfter(feed, feed.intervalSeconds, failures, wait),
      etag: feed.etag, lastModified: feed.lastModified, lastChangedAt: feed.lastChangedAt, lastError: reason, newItems: 0,
    });
    const problem = reason.startsWith(feed.location) ? reason : `${feed.location}: ${reason}`;
    return { location: feed.location, status: "failed", taken: 0, problems: [problem] };
  }

  /** Interval, next poll (jittered), poll time and failures after a poll. */
  private stateAfter(feed: WatchedFeed, interval: number, failures: number, wait: number = interval): Omit<FeedPollUpdate, "etag" | "lastModified" | "lastChangedAt" | "newItems"> {
    const now = this.clock.now();
    const delay = withJitter(wait, this.settings.schedule, this.random());
    return {
      intervalSeconds: interval,
      nextPollAt: isoOf(now + delay * 1000),
      lastPolledAt: isoOf(now),
      failures,
      lastError: failures === 0 ? null : feed.lastError,
    };
  }
}
