import { hasFailed } from "../document.js";
import { AttacheError } from "../errors.js";
import type { ArticleInput } from "../ingest/create-document.js";
import { createDocument } from "../ingest/create-document.js";
import type { Pipeline } from "../pipeline.js";
import { saveWithStory } from "../stories/index.js";
import type { Store } from "../store/store.js";
import { alertOnArticle } from "./alerter.js";
import type { Clock } from "./clock.js";
import { SYSTEM_CLOCK } from "./clock.js";
import type { DeliverySettings } from "./deliver.js";
import { DEFAULT_DELIVERY, deliverDue } from "./deliver.js";
import type { PollerSettings, PollReport } from "./poller.js";
import { DEFAULT_POLLER, Poller } from "./poller.js";

export interface WatcherOptions {
  readonly store: Store;
  readonly pipeline: Pipeline;
  /** Where firings and problems are written, one line each. */
  readonly log: (line: string) => void;
  readonly clock?: Clock;
  readonly poller?: PollerSettings;
  readonly delivery?: DeliverySettings;
  readonly random?: () => number;
}

/** Running totals, for the status line. */
export interface WatchCounts {
  polls: number;
  articles: number;
  alerts: number;
  problems: number;
  delivered: number;
}

/** The longest sleep between two looks: feeds and rules added meanwhile are seen this soon. */
const MAX_SLEEP_MS = 5000;

/**
 * Follows the feeds and folders under watch: polls what is due, takes new articles through
 * the pipeline and `saveWithStory`, runs the alert rules on them and sends what they fired.
 */
export class Watcher {
  readonly counts: WatchCounts = { polls: 0, articles: 0, alerts: 0, problems: 0, delivered: 0 };
  private readonly clock: Clock;
  private readonly poller: Poller;

  constructor(private readonly options: WatcherOptions) {
    this.clock = options.clock ?? SYSTEM_CLOCK;
    this.poller = new Poller(options.store, (input) => this.take(input), options.poller ?? DEFAULT_POLLER, this.clock, options.random ?? Math.random);
  }

  /** One article in: annotated, saved in its story, and shown to the rules (again, harmlessly, when unchanged). */
  private async take(input: ArticleInput): Promise<string | null> {
    const { store, pipeline, log } = this.options;
    const doc = pipeline.run(createDocument(input));
    if (hasFailed(doc)) {
      const error = doc.messages.find((m) => m.severity === "error");
      return `${doc.meta.origin}: ${error?.stage ?? "pipeline"} failed (${error?.reason ?? "unknown"})`;
    }
    try {
      const outcome = await saveWithStory(store, doc);
      if (outcome.status !== "unchanged") this.counts.articles++;
      this.counts.alerts += (await alertOnArticle(store, doc.meta.id, doc, this.clock, log)).length;
      return null;
    } catch (error) {
      if (error instanceof AttacheError) return `${doc.meta.origin}: ${error.message}`;
      throw error;
    }
  }

  /** Polls every due feed, then sends due deliveries; returns what each poll did. */
  async tick(): Promise<PollReport[]> {
    const reports = await this.poller.pollDue();
    for (const report of reports) {
      this.counts.polls++;
      this.counts.problems += report.problems.length;
      for (const problem of report.problems) this.options.log(`problem: ${problem}`);
    }
    const round = await deliverDue(this.options.store, this.clock, this.options.delivery ?? DEFAULT_DELIVERY);
    this.counts.delivered += round.delivered;
    return reports;
  }

  /** Ticks until `signal` aborts, sleeping until the next feed is due (at most a few seconds). */
  async run(signal: AbortSignal, onTick?: (counts: WatchCounts, nextPollAt: string | null) => void): Promise<void> {
    while (!signal.aborted) {
      await this.tick();
      const next = (await this.options.store.listFeeds()).map((f) => f.nextPollAt).sort()[0] ?? null;
      onTick?.(this.counts, next);
      const wait = next === null ? MAX_SLEEP_MS : Math.min(MAX_SLEEP_MS, Date.parse(next) - this.clock.now());
      if (wait > 0) await this.clock.sleep(wait, signal);
    }
  }
}
