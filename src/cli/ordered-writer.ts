import type { Store } from "../store/store.js";
import type { IngestCounts } from "./progress.js";
import type { ToSave } from "./save-batch.js";
import { saveBatch } from "./save-batch.js";

/** What became of one input: problems found while reading it, or its annotated Document (with its story profile when a worker worked it out). */
export type Coded = { readonly kind: "problems"; readonly lines: readonly string[] } | ({ readonly kind: "doc" } & ToSave);

interface Slot {
  readonly origin: string;
  outcome: Coded | null;
  error: unknown;
  /** Settles (never rejects) when `outcome` or `error` is set. */
  readonly settled: Promise<void>;
}

export interface WriterSettings {
  /** Articles per transaction at most. */
  readonly batch: number;
  /** Inputs read and not yet written at most: `add` waits while this many are in flight. */
  readonly window: number;
  /** Called once per input, in input order, after it is written, with the lines to report. */
  readonly written: (origin: string, problems: readonly string[]) => void;
}

/**
 * Saves articles in the order they were read, however their coding finishes, several per
 * transaction: stories then come out as in a one-by-one run. The window of inputs in flight
 * is the back-pressure between reading, coding and writing: `add` waits while it is full.
 */
export class OrderedWriter {
  private readonly slots: Slot[] = [];

  constructor(
    private readonly store: Store,
    private readonly counts: IngestCounts,
    private readonly settings: WriterSettings,
  ) {}

  /** Takes the next input's outcome, now or to come; writes what is ready and waits while the window is full. */
  async add(origin: string, outcome: Coded | Promise<Coded>): Promise<void> {
    if (outcome instanceof Promise) {
      const slot: Slot = {
        origin,
        outcome: null,
        error: undefined,
        settled: outcome.then(
          (value) => { slot.outcome = value; },
          (error: unknown) => { slot.error = error ?? new Error("coding failed"); },
        ),
      };
      this.slots.push(slot);
    } else {
      this.slots.push({ origin, outcome, error: undefined, settled: Promise.resolve() });
    }
    if (this.readyAtHead() >= this.settings.batch) await this.writeHead();
    // A full window waits for a whole batch at its head, not just the oldest input: with one slow
    // worker, writing each result as it came meant a transaction per article.
    while (this.slots.length >= this.settings.window) {
      await Promise.all(this.slots.slice(0, this.settings.batch).map((slot) => slot.settled));
      await this.writeHead();
    }
  }

  /** Writes everything still in flight. */
  async finish(): Promise<void> {
    while (this.slots.length > 0) await this.writeHead();
  }

  /** How many inputs at the head are settled, up to a batch. */
  private readyAtHead(): number {
    let n = 0;
    while (n < this.slots.length && n < this.settings.batch && this.isSettled(this.slots[n]!)) n++;
    return n;
  }

  private isSettled(slot: Slot): boolean {
    return slot.outcome !== null || slot.error !== undefined;
  }

  /** Waits for the oldest input, then writes it with the settled ones after it, in one transaction. */
  private async writeHead(): Promise<void> {
    const head = this.slots[0];
    if (!head) return;
    await head.settled;
    const slots = this.slots.splice(0, Math.max(1, this.readyAtHead()));
    const failed = slots.find((s) => s.error !== undefined);
    if (failed) throw failed.error;
    const outcomes = slots.map((s) => s.outcome!);
    const docs = outcomes.flatMap((o) => (o.kind === "doc" ? [o] : []));
    const lines = docs.length > 0 ? await saveBatch(this.store, docs, this.counts) : [];
    let next = 0;
    slots.forEach((slot, i) => {
      const outcome = outcomes[i]!;
      if (outcome.kind === "problems") this.settings.written(slot.origin, outcome.lines);
      else {
        const line = lines[next++] ?? null;
        this.settings.written(slot.origin, line === null ? [] : [line]);
      }
    });
  }
}
