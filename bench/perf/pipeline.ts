/**
 * The full ingest (read → code → save to SQLite) over at least 10,000 articles, with `--jobs 1`
 * and `--jobs 2`, each in its own process as a user runs it: articles/s and sentences/s per core
 * (per CPU second) and on all cores (per wall second), the speed-up, peak RSS and database size
 * per 1,000 articles. Then, in this process on a sample, each stage's share of the CPU time, and
 * what wink-nlp alone (tokens + POS) costs on the same text: the floor any pipeline on it pays.
 *
 * Corpus: `--corpus <file or folder>` (anything `attache ingest` reads), else Reuters-21578 from
 * ../shared when it is here, else articles generated from templates (bench/news-corpus.ts).
 * ATTACHE_BENCH_ARTICLES=n takes the first n only (a quick check; the figures want ≥ 10,000).
 * Targets: near-linear speed-up to 2 cores; RSS < 400 MB and flat from 10k to 1M articles.
 * Wall-clock figures mean something on a quiet machine only; the main thread's own CPU time
 * (from /proc) gives the speed-up two idle cores would allow, whatever else the machine runs.
 *
 * Reading the stage figures (Reuters, 1,000 articles, a loaded 2-core machine, 2026-11-28):
 * saving is ~65% of the ingest's CPU; of the analysis, tokens is ~30% and is wink-nlp itself
 * (readDoc per paragraph plus reading values, tags, lemmas and sentences: our own work on top is
 * under 10% of the stage), so no analysis can pass wink's own sentences/s. Language is cheap on
 * prose (the stopword test settles it); tinyld, ~1 ms a text, sees only tables and foreign text.
 * CPU seconds swing ±30% run to run under load: compare two builds in one process, alternating.
 * The pass below also pays the JIT's warm-up (a stage's first few hundred articles cost up to 4×
 * its later ones) and a cpuUsage call per stage and article. Each stage timed alone over the same
 * 1,000 articles, best of 9 (2026-11-28, load ~11 on 2 cores): tokens 0.63 s, events 0.29,
 * mentions 0.17, times 0.16 (chrono-node ~70% of it), language 0.15 (tinyld on ~10% of Reuters
 * articles, nearly all tables), boilerplate, quantities 0.06 each, claims 0.03: ~6,400
 * sentences/CPU-s (5,300 before that day's changes). Reaching 10,000 on wink would leave the other
 * stages ~60% of its own cost; they take ~150%.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { createDocument } from "../../src/ingest/create-document.js";
import { readInputs } from "../../src/ingest/read-inputs.js";
import { createPipeline } from "../../src/pipeline.js";
import { openStore } from "../../src/store/open-store.js";
import { saveWithStory } from "../../src/stories/index.js";
import { newsJsonLines } from "../news-corpus.js";
import { hasReuters, reutersStories } from "../reuters.js";
import type { Section } from "../runner.js";
import { CLI } from "../shared-paths.js";

const MIN_ARTICLES = 10_000;
// Articles of the in-process pass that splits the CPU time by stage: shares, not totals.
const STAGE_SAMPLE = 2_000;
const WARM_UP = 100;

interface Corpus {
  readonly name: string;
  /** What `attache ingest` is given. */
  readonly path: string;
}

const cpuNow = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};

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

function chooseCorpus(dir: string, limit: number): Corpus {
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

/** CPU seconds by stage over the first `sample` articles, in this process: reading, each pipeline stage, saving with stories. */
async function stageShares(corpus: Corpus, dir: string, sample: number): Promise<{ shares: Map<string, number>; texts: string[]; sentences: number }> {
  const pipeline = createPipeline();
  const dbPath = join(dir, "stages.db");
  rmSync(dbPath, { force: true });
  const store = openStore(dbPath);
  const shares = new Map<string, number>();
  const add = (name: string, seconds: number) => shares.set(name, (shares.get(name) ?? 0) + seconds);
  const texts: string[] = [];
  let sentences = 0;
  // Warm-up, untimed: the JIT would otherwise charge its work to the first stages.
  let warm = 0;
  for await (const result of readInputs([corpus.path])) {
    if (result.ok) pipeline.run(createDocument(result.value));
    if (++warm >= WARM_UP) break;
  }
  const reader = readInputs([corpus.path])[Symbol.asyncIterator]();
  try {
    while (texts.length < sample) {
      let start = cpuNow();
      const next = await reader.next();
      if (next.done) break;
      if (!next.value.ok) continue;
      let doc = createDocument(next.value.value);
      add("read", cpuNow() - start);
      texts.push(doc.text);
      for (const stage of pipeline.stages) {
        start = cpuNow();
        doc = stage.run(doc);
        add(stage.name, cpuNow() - start);
      }
      sentences += doc.layers.sentences?.length ?? 0;
      start = cpuNow();
      await saveWithStory(store, doc);
      add("save", cpuNow() - start);
    }
  } finally {
    await reader.return?.(undefined);
    await store.close();
  }
  return { shares, texts, sentences };
}

const fmt = (n: number, digits = 0): string => n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export const section: Section = {
  title: "pipeline: full ingest (read → code → save) with --jobs 1 and 2; CPU by stage; wink-nlp alone",
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
      const { shares, texts, sentences } = await stageShares(corpus, dir, STAGE_SAMPLE);
      const total = [...shares.values()].reduce((a, b) => a + b, 0);
      console.log(`CPU by stage, in one process over the first ${fmt(texts.length)} articles (${fmt(sentences)} sentences): ${fmt(total, 2)} s, ${fmt(sentences / total)} sentences/s`);
      for (const [name, seconds] of shares) console.log(`  ${name.padEnd(12)} ${fmt(seconds, 2).padStart(7)} s  ${fmt((100 * seconds) / total).padStart(3)}%  (${fmt(sentences / seconds)} sentences/s alone)`);

      // wink-nlp alone on the same texts: its default pipe (tokens, sentences, POS, named entities,
      // negation, sentiment), and sentences + POS only, as the tokens stage reads it.
      const winkDefault = winkNLP(model);
      const winkLean = winkNLP(model, ["sbd", "pos"]);
      const { its } = winkDefault;
      const winkSeconds = (nlp: typeof winkDefault): number => {
        const start = cpuNow();
        for (const text of texts) nlp.readDoc(text).tokens().out(its.pos);
        return cpuNow() - start;
      };
      console.log("compared in the same run, on the same texts:");
      for (const [name, nlp] of [["wink-nlp, default pipe, tokens + POS", winkDefault], ["wink-nlp, sentences + POS only", winkLean]] as const) {
        const seconds = winkSeconds(nlp);
        console.log(`  ${name.padEnd(38)} ${fmt(seconds, 2).padStart(6)} s CPU, ${fmt(sentences / seconds)} sentences/s, ${fmt(texts.length / seconds)} articles/s`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
