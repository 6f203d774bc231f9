import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { describeIssue } from "../errors.js";
import { createDocument } from "../ingest/create-document.js";
import { readInputs } from "../ingest/read-inputs.js";
import type { ArticleInput } from "../ingest/create-document.js";
import { forSaving } from "../parallel/for-saving.js";
import { PipelinePool } from "../parallel/pipeline-pool.js";
import { listInputFiles } from "./count-inputs.js";
import type { IngestCounts } from "./progress.js";
import { ProgressLine } from "./progress.js";
import { mainThreadCpuSeconds } from "../parallel/thread-cpu.js";
import type { Coded } from "./ordered-writer.js";
import { OrderedWriter } from "./ordered-writer.js";
import { dateFlag, withInputOptions, EXIT_OK, EXIT_SOME_FAILED, reportProblem } from "./shared.js";
import { openStoreForWrite, withDbOption } from "./store-flags.js";

interface IngestFlags {
  readonly maxBytes?: number;
  readonly db?: string;
  readonly date?: string;
  readonly dict?: string[];
  readonly json?: boolean;
  readonly jobs?: number;
}

// Articles per transaction: fewer commits, and still little to redo after a crash. A commit
// writes every page its articles touched, and random-order indexes (story buckets, event
// codes) spread 25 articles over ~640 pages: 2,000 Reuters articles wrote 51,000 WAL pages
// in transactions of 25, 18,700 in transactions of 100 (for a 24 MB database).
const BATCH = 100;

function parseJobs(value: string): number {
  if (!/^[1-9]\d{0,3}$/.test(value.trim())) throw new InvalidArgumentError("a number of threads, 1 or more");
  return Number(value);
}

/**
 * Codes articles: in this thread (`--jobs 1`), or on a pool of `jobs - 1` worker threads. The
 * main thread saves every article, and saving costs about what coding does (4.5 against 3.8 ms
 * CPU an article once warm), so on two cores one worker keeps it busy: a second one only adds an
 * isolate that loads the models and compiles the program again. Measured on 2,000 Reuters
 * articles with two threads: one worker 30.9 s CPU (main 10.3, worker 11.5, V8's helpers 9.1),
 * peak RSS 275 MB; two workers 32.0 s (main 7.5, workers 13.4, helpers 11.1), 384 MB.
 */
interface Coder {
  code(input: ArticleInput): Coded | Promise<Coded>;
  close(): Promise<void>;
  /** CPU seconds of the worker threads (0 without them; null where /proc does not tell). */
  workerCpuSeconds(): number | null;
}

async function inProcessCoder(dictionaries: readonly string[]): Promise<Coder> {
  // Loaded here only: with workers, the main thread never holds the models (~50 MB less).
  const { createPipeline } = await import("../pipeline.js");
  const pipeline = createPipeline({ dictionaries });
  // As on a worker: an article waiting for its transaction is held without its tokens.
  return { code: (input) => ({ kind: "doc", ...forSaving(pipeline.run(createDocument(input))) }), close: async () => {}, workerCpuSeconds: () => 0 };
}

function poolCoder(jobs: number, dictionaries: readonly string[]): Coder {
  const pool = new PipelinePool({ jobs, pipeline: { dictionaries } });
  return { code: async (input) => ({ kind: "doc", ...(await pool.codeForSaving(input)) }), close: () => pool.close(), workerCpuSeconds: () => pool.workerCpuSeconds() };
}

/**
 * The process's CPU split by thread: the main thread (reads and saves), the workers (code), and
 * the rest, V8's helper threads (compiling hot code for each thread's own copy of the program,
 * collecting garbage). Each null where /proc does not tell.
 */
function cpuByThread(cpuSeconds: number, main: number | null, workers: number | null): { mainThreadCpuSeconds: number | null; workerCpuSeconds: number | null; helperCpuSeconds: number | null } {
  const helpers = main === null || workers === null ? null : Math.max(0, cpuSeconds - main - workers);
  return { mainThreadCpuSeconds: main, workerCpuSeconds: workers, helperCpuSeconds: helpers };
}

function summaryOf(counts: IngestCounts, seconds: number): string {
  return (
    `${counts.new} new articles, ${counts.versions} new versions, ${counts.unchanged} unchanged, ${counts.failed} failed; ` +
    `${counts.events} events, ${counts.mentions} mentions (${seconds.toFixed(1)} s)`
  );
}

/** `attache ingest`: reads inputs, annotates each article, and saves it with all its layers. */
export function registerIngest(program: Command): void {
  withInputOptions(
    withDbOption(
      program
        .command("ingest")
        .description("read articles, annotate them and save them in the database")
        .argument("<inputs...>", "files, folders, http(s) URLs, or - for standard input"),
    ),
  )
    .option("--dict <folder...>", "user dictionaries that extend or override data/")
    .option("--jobs <n>", "threads: one reads and saves, the others annotate (default: one per core; 1 = one thread does all)", parseJobs)
    .option("--json", "print the summary as JSON")
    .addHelpText(
      "after",
      "\nArticles are annotated on all cores and saved in input order, a few per transaction: an\n" +
        "interrupted run can simply be run again.\n" +
        "The same text again is skipped; a changed text at the same URL becomes a new version.\n\n" +
        "Example:\n  attache ingest examples/\n  attache ingest --db news.db --date 2025-09-12 article.txt https://example.org/feed.xml",
    )
    .action(async (inputs: string[], flags: IngestFlags) => {
      const published = dateFlag(flags.date);
      const started = Date.now();
      const jobs = flags.jobs ?? availableParallelism();
      // The main thread, which reads and saves every article, is one of the jobs: with two, one
      // worker codes while it saves.
      const coder = jobs > 1 ? poolCoder(jobs - 1, flags.dict ?? []) : await inProcessCoder(flags.dict ?? []);
      const store = openStoreForWrite(flags.db);
      const counts: IngestCounts = { new: 0, versions: 0, unchanged: 0, failed: 0, events: 0, mentions: 0 };
      const progress = new ProgressLine(listInputFiles(inputs));
      let interrupted = false;
      const stop = () => { interrupted = true; };
      process.once("SIGINT", stop);
      const writer = new OrderedWriter(store, counts, {
        batch: BATCH,
        window: Math.max(2 * BATCH, 8 * jobs),
        written: (origin, problems) => {
          if (problems.length > 0) {
            counts.failed++;
            progress.clear();
            for (const line of problems) reportProblem(line);
          }
          progress.update(origin, counts);
        },
      });
      try {
        for await (const result of readInputs(inputs, { date: published, maxBytes: flags.maxBytes, fetch: flags.maxBytes === undefined ? {} : { maxBytes: flags.maxBytes } })) {
          if (!result.ok) await writer.add(result.issues[0]?.input ?? "", { kind: "problems", lines: result.issues.map(describeIssue) });
          else await writer.add(result.value.origin, coder.code(result.value));
          if (interrupted) break;
        }
        // What is in flight is written: an interrupted run ends on whole articles.
        await writer.finish();
      } finally {
        process.off("SIGINT", stop);
        progress.clear();
        await coder.close();
        await store.close();
      }
      const seconds = (Date.now() - started) / 1000;
      const cpu = process.cpuUsage();
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      const threads = cpuByThread(cpuSeconds, mainThreadCpuSeconds(), coder.workerCpuSeconds());
      // maxRSS is the whole process's, worker threads included, in kilobytes.
      const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
      process.stdout.write(
        flags.json
          ? `${JSON.stringify({ ...counts, seconds, cpuSeconds, ...threads, peakRssMb, jobs, interrupted })}\n`
          : `${summaryOf(counts, seconds)}\n`,
      );
      if (interrupted) {
        reportProblem("interrupted: what was saved is complete; run the same command again to go on");
        process.exitCode = 130;
      } else {
        process.exitCode = counts.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
      }
    });
}
