/**
 * The full ingest (read → code → save to SQLite) over at least 10,000 articles, with `--jobs 1`
 * and `--jobs 2`, each in its own process as a user runs it: articles/s and sentences/s per core
 * (per CPU second) and on all cores (per wall second), the speed-up, peak RSS and database size
 * per 1,000 articles.
 *
 * Corpus: `--corpus <file or folder>` (anything `attache ingest` reads), else Reuters-21578 from
 * ../shared when it is here, else articles generated from templates (bench/news-corpus.ts).
 * ATTACHE_BENCH_ARTICLES=n takes the first n only (a quick check; the figures want ≥ 10,000).
 * Targets: near-linear speed-up to 2 cores; RSS < 400 MB and flat from 10k to 1M articles.
 * Wall-clock figures mean something on a quiet machine only; the main thread's own CPU time
 * (from /proc) gives the speed-up two idle cores would allow, whatever else the machine runs.
 *
 * The CPU of the analysis by stage, first pass and warm, and wink-nlp alone: `npm run bench analysis`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { newsJsonLines } from "../news-corpus.js";
import { hasReuters, reutersStories } from "../reuters.js";
import { fmt, type Section } from "../runner.js";
import { CLI } from "../shared-paths.js";

const MIN_ARTICLES = 10_000;

export interface Corpus {
  readonly name: string;
  /** What `attache ingest` is given. */
  readonly path: string;
}

/** Reuters stories with a body, as JSON Lines records `attache ingest` reads, or null without ../shared. */
function reutersCorpus(dir: string, limit: number): Corpus | null {
  if (!hasReuters()) return null;
  const lines: string[] = [];
  for (const r of reutersStories()) {
    if (lines.length >= limit) break;
    lines.push(JSON.stringify({ id: `reuters-${r.newid}`, title: r.title, source: "Reuters", date: r.day ?? undefined, text: r.body }));
  }
  const path = join(dir, "reuters.jsonl");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return { name: `Reuters-21578 (../shared), ${lines.length.toLocaleString("en")} articles with a body`, path };
}

/** The corpus the benches time: `--corpus`, else Reuters-21578, else generated articles; `limit` articles at most. */
export function chooseCorpus(dir: string, limit: number): Corpus {
  const at = process.argv.indexOf("--corpus");
  const given = at >= 0 ? process.argv[at + 1] : undefined;
  if (given) return { name: given, path: given };
  const reuters = reutersCorpus(dir, limit);
  if (reuters) return reuters;
  const path = join(dir, "generated.jsonl");
  writeFileSync(path, newsJsonLines(limit));
  return { name: `generated from templates (bench/news-corpus.ts), ${limit.toLocaleString("en")} articles`, path };
}

interface RunFigures {
  readonly jobs: number;
  readonly articles: number;
  readonly sentences: number;
  readonly failed: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  /** The main (reading and writing) thread's own CPU seconds, where /proc tells them. */
  readonly mainThreadCpuSeconds: number | null;
  /** The worker threads' own CPU seconds (0 with jobs 1), where /proc tells them. */
  readonly workerCpuSeconds: number | null;
  /** The rest: V8's helper threads (compiling hot code, collecting garbage). */
  readonly helperCpuSeconds: number | null;
  readonly peakRssMb: number;
  readonly dbBytes: number;
}

/** One `attache ingest --jobs n` of the corpus into a new database, as its own process. */
function ingestRun(corpus: Corpus, dir: string, jobs: number): RunFigures {
  const db = join(dir, `jobs-${jobs}.db`);
  rmSync(db, { force: true });
  const result = spawnSync("node", [CLI, "ingest", "--db", db, "--jobs", String(jobs), "--json", corpus.path], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`ingest --jobs ${jobs} ended with ${result.status}: ${result.stderr.slice(-2000)}`);
  const summary = JSON.parse(result.stdout) as {
    new: number; versions: number; failed: number; seconds: number; cpuSeconds: number;
    mainThreadCpuSeconds: number | null; workerCpuSeconds: number | null; helperCpuSeconds: number | null; peakRssMb: number;
  };
  const reader = new Database(db, { readonly: true });
  const { sentences } = reader.prepare("SELECT coalesce(sum(json_array_length(sentences)), 0) AS sentences FROM versions").get() as { sentences: number };
  reader.close();
  const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);
  return {
    jobs,
    articles: summary.new + summary.versions,
    sentences,
    failed: summary.failed,
    seconds: summary.seconds,
    cpuSeconds: summary.cpuSeconds,
    mainThreadCpuSeconds: summary.mainThreadCpuSeconds,
    workerCpuSeconds: summary.workerCpuSeconds,
    helperCpuSeconds: summary.helperCpuSeconds,
    peakRssMb: summary.peakRssMb,
    dbBytes: size(db) + size(`${db}-wal`),
  };
}

export const section: Section = {
  title: "pipeline: full ingest (read → code → save) with --jobs 1 and 2",
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "attache-bench-pipeline-"));
    try {
      const limit = Number(process.env["ATTACHE_BENCH_ARTICLES"] ?? MIN_ARTICLES);
      const corpus = chooseCorpus(dir, limit);
      console.log(`corpus: ${corpus.name}`);

      const runs = [ingestRun(corpus, dir, 1), ingestRun(corpus, dir, 2)];
      console.log("full ingest, one process per run (per core = per CPU second of the whole process, workers included; all cores = per wall second):");
      console.log("  jobs  articles  sentences  wall s   CPU s  art/s all cores  art/s per core  sent/s all cores  sent/s per core  peak RSS  DB per 1k articles");
      for (const r of runs) {
        console.log(
          `  ${String(r.jobs).padStart(4)}  ${fmt(r.articles).padStart(8)}  ${fmt(r.sentences).padStart(9)}  ${fmt(r.seconds, 1).padStart(6)}  ${fmt(r.cpuSeconds, 1).padStart(6)}` +
            `  ${fmt(r.articles / r.seconds, 1).padStart(15)}  ${fmt(r.articles / r.cpuSeconds, 1).padStart(14)}  ${fmt(r.sentences / r.seconds).padStart(16)}  ${fmt(r.sentences / r.cpuSeconds).padStart(15)}` +
            `  ${fmt(r.peakRssMb).padStart(5)} MB  ${fmt(r.dbBytes / 1e6 / (r.articles / 1000), 2).padStart(8)} MB`,
        );
      }
      const [one, two] = runs as [RunFigures, RunFigures];
      if (one.articles < MIN_ARTICLES) console.log(`  (fewer than ${fmt(MIN_ARTICLES)} articles: a quick check, not the benchmark)`);
      if (one.failed !== two.failed || one.articles !== two.articles || one.sentences !== two.sentences) console.log(`  DIFFERENT RESULTS: jobs 1 and jobs 2 did not store the same articles and sentences`);
      console.log(`  speed-up, jobs 2 over jobs 1: ${fmt(one.seconds / two.seconds, 2)}× wall (target near 2× on an idle 2-core machine); CPU ${fmt(two.cpuSeconds / one.cpuSeconds, 2)}× of jobs 1 (the cost of threads)`);
      // Wall time depends on what else runs; CPU per thread does not. On two idle cores a run takes at
      // least its main thread's CPU time (it reads and writes every article) and at least half its CPU
      // (V8's helper threads make even jobs 1 use more than one core).
      // With --jobs 2 the one worker is a single thread too: it bounds the run as the main thread does.
      const floorOf = (r: RunFigures): number | null =>
        r.mainThreadCpuSeconds === null ? null : Math.max(r.mainThreadCpuSeconds, (r.workerCpuSeconds ?? 0) / Math.max(1, r.jobs - 1), r.cpuSeconds / 2);
      const [floor1, floor2] = [floorOf(one), floorOf(two)];
      if (floor1 !== null && floor2 !== null) {
        console.log(
          `  main (reading and writing) thread: ${fmt(one.mainThreadCpuSeconds!, 1)} s CPU of ${fmt(one.cpuSeconds, 1)} with jobs 1, ${fmt(two.mainThreadCpuSeconds!, 1)} of ${fmt(two.cpuSeconds, 1)} with jobs 2; ` +
            `on two idle cores at least ${fmt(floor1, 1)} and ${fmt(floor2, 1)} s wall: a speed-up of at most ${fmt(floor1 / floor2, 2)}×`,
        );
        // Per article, the writing thread's cost whatever the corpus size; with enough cores the
        // one writer bounds a run at (its CPU + every other thread's) / its CPU times one thread.
        const perArticle = (r: RunFigures): string => `${fmt((1000 * r.mainThreadCpuSeconds!) / r.articles, 2)} ms`;
        const others = two.cpuSeconds - two.mainThreadCpuSeconds!;
        console.log(
          `  main thread per article: ${perArticle(one)} with jobs 1 (coding included), ${perArticle(two)} with jobs 2; ` +
            `other threads with jobs 2 (workers, V8's helpers): ${fmt(others, 1)} s, so the one writer caps any number of cores at ${fmt(two.cpuSeconds / two.mainThreadCpuSeconds!, 2)}× one thread`,
        );
      }
      // Where jobs 2's extra CPU goes: each worker is its own V8 isolate, which loads the models
      // and compiles the hot code again for itself (on V8's helper threads).
      for (const r of runs) {
        if (r.mainThreadCpuSeconds === null || r.workerCpuSeconds === null || r.helperCpuSeconds === null) continue;
        const ms = (seconds: number): string => `${fmt((1000 * seconds) / r.articles, 2)} ms`;
        console.log(
          `  jobs ${r.jobs}, CPU an article by thread: main ${ms(r.mainThreadCpuSeconds)}, workers ${ms(r.workerCpuSeconds)}, ` +
            `V8's helpers (compiling, collecting) ${ms(r.helperCpuSeconds)}; all ${ms(r.cpuSeconds)}`,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
