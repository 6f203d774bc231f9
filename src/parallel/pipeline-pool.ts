import { Worker } from "node:worker_threads";
import type { Document } from "../document.js";
import { withMessage } from "../document.js";
import { AttacheError } from "../errors.js";
import type { ArticleInput } from "../ingest/create-document.js";
import { createDocument } from "../ingest/create-document.js";
import type { PipelineOptions } from "../pipeline.js";
import type { CodedForSaving } from "./for-saving.js";
import type { CodeTask, WorkerReply, WorkerSettings } from "./messages.js";

export interface PoolOptions {
  /** Worker threads at most; each builds its own pipeline. */
  readonly jobs: number;
  readonly pipeline: PipelineOptions;
  /**
   * Articles a worker codes before it is replaced by a fresh one (default 20,000): wink-nlp keeps
   * every unknown word it met, so a worker's memory would otherwise grow with the corpus.
   */
  readonly articlesPerWorker?: number;
  /** The worker's script; tests give one that crashes on purpose. */
  readonly workerUrl?: URL;
  /** A worker's old generation at most, in MB (default 96; see HEAP_MB). */
  readonly heapMb?: number;
}

interface Task {
  readonly id: number;
  readonly input: ArticleInput;
  readonly forSaving: boolean;
  /** Ran a worker out of its heap once: it is coded again on a worker without the limit. */
  readonly roomy?: boolean;
  readonly resolve: (coded: CodedForSaving) => void;
  readonly reject: (error: Error) => void;
}

interface Member {
  readonly worker: Worker;
  /** Started for one article that outgrew the heap limit: no limit, retired after it. */
  readonly roomy: boolean;
  /** Sent and not coded yet, oldest first: a worker codes them in this order. */
  readonly tasks: Task[];
  /** Articles sent to it so far. */
  sent: number;
  ready: boolean;
  gone: boolean;
  /** Its thread's CPU seconds at its last reply; null where /proc does not tell. */
  cpuSeconds: number | null;
  /** Why it stopped, from its 'error' event; acted on at 'exit'. */
  failure: string | null;
}

/**
 * Articles sent ahead to one worker, so that it need not wait for the main thread. While that
 * thread saves a transaction it neither takes replies nor sends articles, so a worker codes only
 * what it already has: with 4 ahead, each of two workers waited 23 s of a 65 s run of 1,000
 * Reuters articles; with 64, 9 s (the window of articles in flight still bounds the total).
 */
const DEPTH = 64;
const DEFAULT_ARTICLES_PER_WORKER = 20_000;
// V8 lets each thread's young generation grow to 48 MB; at 8 a worker's peak RSS is ~40 MB lower
// (measured: 351 against 386 MB for 1,250 articles with two workers) for the same CPU time.
const YOUNG_GENERATION_MB = 8;
/**
 * Left to itself, V8 lets a worker's old generation grow long before it collects it: two workers
 * took a process from 356 to 690 MB over 10,000 Reuters articles (40 MB per 1,000), though little
 * of it was live. A limit makes it collect: at 96 MB the same run stayed at 383–411 MB from 5,000
 * articles on, for the same CPU time. An article too large for the limit (1.6 MB of text) is
 * coded again on a worker without one.
 */
const HEAP_MB = 96;
const OUT_OF_HEAP = /memory limit/i;

/** An article whose worker died while coding it: that article failed, not the run. */
function crashedDocument(input: ArticleInput, reason: string): Document {
  return withMessage(createDocument(input), {
    code: "worker-crashed",
    severity: "error",
    reason: `the worker coding it stopped: ${reason}`,
    stage: "pipeline",
  });
}

/**
 * The pipeline on worker threads: `code` sends an article to the least busy worker and resolves
 * with its Document, in whatever order workers finish. Workers start when there is work for
 * them (one article needs one), up to `jobs`. A worker that dies fails the article it was
 * coding; the articles queued behind it go to its replacement.
 *
 * @example
 *   const pool = new PipelinePool({ jobs: 4, pipeline: { dictionaries: [] } });
 *   const doc = await pool.code({ text: "…", format: "text", origin: "a.txt" });
 *   await pool.close();
 */
export class PipelinePool {
  private readonly queue: Task[] = [];
  private readonly members = new Set<Member>();
  private readonly workerUrl: URL;
  private readonly articlesPerWorker: number;
  private nextId = 0;
  private closed = false;
  /** Why workers cannot start (a bad dictionary): every article from then on fails with it. */
  private broken: Error | null = null;
  /** CPU seconds of workers no longer running, at their last reply; null once one did not tell. */
  private pastCpuSeconds: number | null = 0;

  constructor(private readonly options: PoolOptions) {
    this.workerUrl = options.workerUrl ?? new URL("./pipeline-worker.js", import.meta.url);
    this.articlesPerWorker = options.articlesPerWorker ?? DEFAULT_ARTICLES_PER_WORKER;
  }

  /** Codes one article on a worker thread. Rejects only when no worker can start at all. */
  async code(input: ArticleInput): Promise<Document> {
    return (await this.send(input, false)).doc;
  }

  /**
   * Codes one article to be saved: the worker also works out its story profile and leaves out
   * the tokens, which the store does not keep, so that the one writing thread does less.
   */
  codeForSaving(input: ArticleInput): Promise<CodedForSaving> {
    return this.send(input, true);
  }

  private send(input: ArticleInput, forSaving: boolean): Promise<CodedForSaving> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, forSaving, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * CPU seconds the worker threads have used, retired ones included, as of their last reply;
   * null where /proc does not tell (not Linux). A worker's CPU after its last reply (stopping)
   * is not seen: a few milliseconds.
   */
  workerCpuSeconds(): number | null {
    let total = this.pastCpuSeconds;
    for (const member of this.members) total = total === null || member.cpuSeconds === null ? null : total + member.cpuSeconds;
    return total;
  }

  /** Stops every worker; articles not coded yet are dropped. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.members].map((member) => member.worker.terminate()));
    for (const member of this.members) this.forget(member);
  }

  /** Sends queued articles to workers with room, and starts workers while some are missing. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      const roomy = this.queue[0]!.roomy === true;
      const member = this.leastBusy(roomy);
      if (!member) {
        if (roomy && ![...this.members].some((m) => m.roomy) && !this.closed && !this.broken) this.start(true);
        break;
      }
      const task = this.queue.shift()!;
      member.tasks.push(task);
      member.sent++;
      member.worker.postMessage({ id: task.id, input: task.input, forSaving: task.forSaving } satisfies CodeTask);
    }
    const starting = [...this.members].filter((m) => !m.ready).length;
    if (this.queue.length > starting && this.working() < this.options.jobs && !this.closed && !this.broken) this.start(false);
  }

  /** Workers alive and not retiring. */
  private working(): number {
    return [...this.members].filter((m) => !m.roomy && m.sent < this.articlesPerWorker).length;
  }

  private leastBusy(roomy: boolean): Member | null {
    let best: Member | null = null;
    for (const member of this.members) {
      if (member.roomy !== roomy || !member.ready || member.tasks.length >= DEPTH || member.sent >= this.shareOf(member)) continue;
      if (!best || member.tasks.length < best.tasks.length) best = member;
    }
    return best;
  }

  private start(roomy: boolean): void {
    const settings: WorkerSettings = { pipeline: this.options.pipeline };
    const limits = roomy ? {} : { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: this.options.heapMb ?? HEAP_MB };
    const worker = new Worker(this.workerUrl, { workerData: settings, resourceLimits: limits });
    const member: Member = { worker, roomy, tasks: [], sent: 0, ready: false, gone: false, failure: null, cpuSeconds: 0 };
    this.members.add(member);
    member.worker.on("message", (reply: WorkerReply) => this.receive(member, reply));
    // 'error' can come before replies the worker sent just before it died; 'exit' comes after
    // them all, so only then is its oldest task the one it died on.
    member.worker.on("error", (error: unknown) => { member.failure ??= error instanceof Error ? error.message : String(error); });
    member.worker.on("exit", (code) => this.lose(member, member.failure ?? `exit code ${code}`));
  }

  private receive(member: Member, reply: WorkerReply): void {
    if (reply.kind === "ready") {
      member.ready = true;
    } else if (reply.kind === "failed") {
      this.fail(reply.issue ? new AttacheError(reply.issue) : new Error(reply.reason));
      return;
    } else {
      member.cpuSeconds = reply.cpuSeconds;
      const task = member.tasks.shift();
      task?.resolve(reply.profile === undefined ? { doc: reply.doc } : { doc: reply.doc, profile: reply.profile });
      if (member.sent >= this.shareOf(member) && member.tasks.length === 0) this.retire(member);
    }
    this.dispatch();
  }

  /** Articles a worker codes before it is retired: one for a worker without the heap limit. */
  private shareOf(member: Member): number {
    return member.roomy ? 1 : this.articlesPerWorker;
  }

  /** A worker that has coded its share is replaced: its memory goes with it. */
  private retire(member: Member): void {
    member.gone = true;
    this.forget(member);
    void member.worker.terminate();
  }

  /** A worker died (or stopped after failing to start): its current article fails, the rest go back in the queue. */
  private lose(member: Member, reason: string): void {
    if (member.gone) return;
    member.gone = true;
    this.forget(member);
    if (this.closed || this.broken) return;
    if (!member.ready) {
      this.fail(new Error(`a pipeline worker could not start (${reason})`));
      return;
    }
    const [current, ...waiting] = member.tasks;
    const retry = current !== undefined && !current.roomy && OUT_OF_HEAP.test(reason);
    if (current && !retry) current.resolve({ doc: crashedDocument(current.input, reason) });
    this.queue.unshift(...(retry ? [{ ...current, roomy: true }] : []), ...waiting);
    this.dispatch();
  }

  /** Takes a worker out of the pool, keeping the CPU it used. */
  private forget(member: Member): void {
    if (!this.members.delete(member)) return;
    this.pastCpuSeconds = this.pastCpuSeconds === null || member.cpuSeconds === null ? null : this.pastCpuSeconds + member.cpuSeconds;
  }

  /** No worker can start: the articles waiting, and every one after them, fail with `error`. */
  private fail(error: Error): void {
    this.broken = error;
    for (const task of this.queue.splice(0)) task.reject(error);
  }
}
