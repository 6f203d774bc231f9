import type { Clock } from "./clock.js";

/**
 * Politeness towards each host: one request at a time, and at least `minGapMs` between the
 * end of one and the start of the next. Different hosts go on in parallel.
 */
export class HostGate {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly lastEnd = new Map<string, number>();

  constructor(private readonly clock: Clock, private readonly minGapMs: number) {}

  /** Runs `work` when the host is free and its gap has passed. */
  async run<T>(host: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => { release = resolve; });
    const tail = previous.then(() => mine);
    this.tails.set(host, tail);
    await previous;
    try {
      const wait = (this.lastEnd.get(host) ?? -Infinity) + this.minGapMs - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
      return await work();
    } finally {
      this.lastEnd.set(host, this.clock.now());
      release();
      if (this.tails.get(host) === tail) this.tails.delete(host);
    }
  }
}
