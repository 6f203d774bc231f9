/**
 * The analysis (every pipeline stage: boilerplate, language, tokens, times, quantities, mentions,
 * events, claims) in sentences per CPU second, by stage, on at least 5,000 articles (issue #4:
 * ≥ 10,000 sentences/s per core). Two figures per stage, in one process:
 * - first pass: each article as a run meets it, read, analysed and saved with its story, the JIT
 *   still compiling (after an untimed warm-up of 100 articles);
 * - warm: the analysis again over the same articles, the best of two passes: the steady state a
 *   long run reaches, and the figure to compare builds by.
 * Then the whole analysis warm without a clock per stage, one article at a time (`Pipeline.run`)
 * and stage by stage over batches of 50 (`Pipeline.runAll`), which keeps each stage's code and
 * data in the processor's caches.
 * Then wink-nlp alone on the same texts (tokens + POS), warm: the floor any analysis on it pays.
 *
 * Corpus as in the pipeline section (`--corpus`, else Reuters-21578 from ../shared, else generated);
 * ATTACHE_BENCH_ANALYSIS_ARTICLES=n sets how many (default 5,000). CPU time, not wall time: the
 * machine may be shared; even so, figures swing ±15% run to run under load, so compare two builds
 * by alternating runs, not by one.
 *
 * Reuters, 2026-11-28, first 1,000 articles (10,271 sentences), each stage alone, warm, best of 7
 * (load ~11 on 2 cores): tokens 0.62 s, events 0.29, times 0.18, mentions 0.16, language 0.10,
 * quantities 0.09, boilerplate 0.05, claims 0.04: ~6,800 sentences/CPU-s; the first pass of a
 * process costs ~1.5–2.5× that (JIT compilation, V8's background threads included in the CPU).
 * Tokens is ~40% and mostly wink-nlp itself (~0.46 s of readDoc, one per paragraph).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Document } from "../../src/document.js";
import { createDocument } from "../../src/ingest/create-document.js";
import { readInputs } from "../../src/ingest/read-inputs.js";
import { createPipeline } from "../../src/pipeline.js";
import { openStore } from "../../src/store/open-store.js";
import { saveWithStory } from "../../src/stories/index.js";
import { fmt, type Section } from "../runner.js";
import type { Corpus } from "./pipeline.js";
import { chooseCorpus } from "./pipeline.js";

const ARTICLES = 5_000;
const WARM_UP = 100;
// Passes of the analysis over the same articles after the first: the best of them is the steady state.
const WARM_PASSES = 2;
// Articles per Pipeline.runAll call in the batched figure (as `attache code` runs them).
const BATCH = 50;

const cpuNow = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};

interface StageFigures {
  /** CPU seconds by stage on the first pass: reading, each pipeline stage, saving with stories. */
  readonly first: Map<string, number>;
  /** CPU seconds by pipeline stage, the best of the warm passes. */
  readonly warm: Map<string, number>;
  readonly texts: readonly string[];
  readonly sentences: number;
  /** The pipeline's stage names, in order. */
  readonly stages: readonly string[];
  /** The whole analysis warm, without a clock per stage: one by one (`run`) and in batches (`runAll`), the best of the warm passes. */
  readonly oneByOne: number;
  readonly batched: number;
}

const add = (shares: Map<string, number>, name: string, seconds: number): void => void shares.set(name, (shares.get(name) ?? 0) + seconds);

/** CPU seconds by stage over the first `sample` articles of the corpus: the first pass, then warm. */
async function stageFigures(corpus: Corpus, dir: string, sample: number): Promise<StageFigures> {
  const pipeline = createPipeline();
  const dbPath = join(dir, "stages.db");
  rmSync(dbPath, { force: true });
  const store = openStore(dbPath);
  const first = new Map<string, number>();
  const read: Document[] = [];
  let sentences = 0;
  // Warm-up, untimed: the JIT would otherwise charge its work to the first stages.
  let warm = 0;
  for await (const result of readInputs([corpus.path])) {
    if (result.ok) pipeline.run(createDocument(result.value));
    if (++warm >= WARM_UP) break;
  }
  const reader = readInputs([corpus.path])[Symbol.asyncIterator]();
  try {
    while (read.length < sample) {
      let start = cpuNow();
      const next = await reader.next();
      if (next.done) break;
      if (!next.value.ok) continue;
      let doc = createDocument(next.value.value);
      add(first, "read", cpuNow() - start);
      read.push(doc);
      for (const stage of pipeline.stages) {
        start = cpuNow();
        doc = stage.run(doc);
        add(first, stage.name, cpuNow() - start);
      }
      sentences += doc.layers.sentences?.length ?? 0;
      start = cpuNow();
      await saveWithStory(store, doc);
      add(first, "save", cpuNow() - start);
    }
  } finally {
    await reader.return?.(undefined);
    await store.close();
  }
  const best = new Map<string, number>();
  for (let pass = 0; pass < WARM_PASSES; pass++) {
    const shares = new Map<string, number>();
    for (let doc of read) {
      for (const stage of pipeline.stages) {
        const start = cpuNow();
        doc = stage.run(doc);
        add(shares, stage.name, cpuNow() - start);
      }
    }
    for (const [name, seconds] of shares) best.set(name, Math.min(best.get(name) ?? Infinity, seconds));
  }
  let oneByOne = Infinity;
  let batched = Infinity;
  for (let pass = 0; pass < WARM_PASSES; pass++) {
    let start = cpuNow();
    for (const doc of read) pipeline.run(doc);
    oneByOne = Math.min(oneByOne, cpuNow() - start);
    start = cpuNow();
    for (let k = 0; k < read.length; k += BATCH) pipeline.runAll(read.slice(k, k + BATCH));
    batched = Math.min(batched, cpuNow() - start);
  }
  return { first, warm: best, texts: read.map((d) => d.text), sentences, stages: pipeline.stages.map((s) => s.name), oneByOne, batched };
}

export const section: Section = {
  title: "analysis: CPU by stage, first pass and warm, in sentences per CPU second; wink-nlp alone",
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "attache-bench-analysis-"));
    try {
      const limit = Number(process.env["ATTACHE_BENCH_ANALYSIS_ARTICLES"] ?? ARTICLES);
      const corpus = chooseCorpus(dir, limit);
      console.log(`corpus: ${corpus.name}`);
      const { first, warm, texts, sentences, stages, oneByOne, batched } = await stageFigures(corpus, dir, limit);
      const sum = (shares: Map<string, number>, names: readonly string[]): number => names.reduce((total, name) => total + (shares.get(name) ?? 0), 0);
      const firstAnalysis = sum(first, stages);
      const warmAnalysis = sum(warm, stages);
      console.log(`${fmt(texts.length)} articles, ${fmt(sentences)} sentences; CPU seconds (sentences per CPU second):`);
      console.log(`  ${"stage".padEnd(12)} ${"first pass".padStart(22)}  ${`warm, best of ${WARM_PASSES}`.padStart(22)}`);
      const row = (name: string, a: number | undefined, b: number | undefined): string => {
        const cell = (s: number | undefined): string => (s === undefined ? "" : `${fmt(s, 2)} s (${fmt(sentences / s)})`).padStart(22);
        return `  ${name.padEnd(12)} ${cell(a)}  ${cell(b)}`;
      };
      console.log(row("read", first.get("read"), undefined));
      for (const name of stages) console.log(row(name, first.get(name), warm.get(name)));
      console.log(row("save", first.get("save"), undefined));
      console.log(row("analysis", firstAnalysis, warmAnalysis));
      console.log(`  the first pass costs ${fmt(firstAnalysis / warmAnalysis, 2)}× the warm one (JIT compilation, on V8's background threads too); target ≥ 10,000 sentences/s`);
      console.log(`the whole analysis, warm, no clock per stage: one by one (run) ${fmt(oneByOne, 2)} s, ${fmt(sentences / oneByOne)} sentences/s; in batches of ${BATCH} (runAll) ${fmt(batched, 2)} s, ${fmt(sentences / batched)} sentences/s`);

      // wink-nlp alone on the same texts, once each untimed then timed: its default pipe (tokens,
      // sentences, POS, named entities, negation, sentiment), and sentences + POS only, as the tokens stage reads it.
      const winkDefault = winkNLP(model);
      const winkLean = winkNLP(model, ["sbd", "pos"]);
      const { its } = winkDefault;
      const winkSeconds = (nlp: typeof winkDefault): number => {
        for (const text of texts) nlp.readDoc(text).tokens().out(its.pos);
        const start = cpuNow();
        for (const text of texts) nlp.readDoc(text).tokens().out(its.pos);
        return cpuNow() - start;
      };
      console.log("wink-nlp alone on the same texts (one read of each whole text), warm:");
      for (const [name, nlp] of [["default pipe, tokens + POS", winkDefault], ["sentences + POS only", winkLean]] as const) {
        const seconds = winkSeconds(nlp);
        console.log(`  ${name.padEnd(28)} ${fmt(seconds, 2).padStart(6)} s CPU, ${fmt(sentences / seconds)} sentences/s`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
