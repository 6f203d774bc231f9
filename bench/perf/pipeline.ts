/**
 * Speed of the whole analysis, language + actors + events (+ claims), in sentences per CPU
 * second on one core, over at least 5,000 articles: Reuters-21578 from ../shared when it is here,
 * else articles generated from templates. Compared with wink-nlp's tokenisation and POS tagging
 * alone on the same text, the floor any pipeline built on it pays. Target: ≥ 10,000 sentences/s.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Document } from "../../src/document.js";
import { createDocument } from "../../src/ingest/create-document.js";
import { createPipeline } from "../../src/pipeline.js";
import type { Section } from "../runner.js";
import { SHARED } from "../shared-paths.js";

const MIN_ARTICLES = 5000;

/** Reuters stories (bodies only), enough files for MIN_ARTICLES, or null without ../shared. */
function reutersDocuments(): Document[] | null {
  const folder = join(SHARED, "corpora", "reuters-21578", "jsonl");
  if (!existsSync(folder)) return null;
  const docs: Document[] = [];
  for (let n = 0; n <= 21 && docs.length < MIN_ARTICLES; n++) {
    const file = `reut2-${String(n).padStart(3, "0")}.jsonl`;
    for (const line of readFileSync(join(folder, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { body?: string };
      if (!record.body) continue;
      docs.push(createDocument({ text: record.body, format: "jsonl", origin: file, published: { value: "1987-03-01", precision: "day", origin: "flag" } }));
    }
  }
  return docs;
}

/** Articles of our own making about states and leaders, for a checkout without ../shared. */
function generatedDocuments(): Document[] {
  const actors = ["Russia", "Ukraine", "France", "the United States", "China", "Poland", "Belarus", "Germany"];
  const deeds = [
    "accused {T} of violating the ceasefire on Monday.",
    "held talks with {T} in Geneva.",
    "could potentially ease sanctions on {T}.",
    "urged {T} to release all political prisoners.",
    "plans to reopen its embassy in {T}.",
    "said it had shot down drones launched from {T}.",
    "signed a trade agreement with {T} last week.",
    "freed more than 300 prisoners since July 2021, officials said.",
  ];
  const docs: Document[] = [];
  for (let d = 0; d < MIN_ARTICLES; d++) {
    const sentences = Array.from({ length: 6 }, (_, k) => {
      const source = actors[(d + k) % actors.length]!;
      const target = actors[(d * 3 + k + 1) % actors.length]!;
      return `${source} ${deeds[(d * 5 + k) % deeds.length]!.replace("{T}", target)}`;
    });
    docs.push(createDocument({ text: sentences.join(" "), format: "text", origin: "generated", published: { value: "2025-09-12", precision: "day", origin: "flag" } }));
  }
  return docs;
}

/** CPU seconds (user + system) of `run`: wall-clock time says more about a busy machine than about the code. */
function cpuSeconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

// Passes over the corpus; each figure is the best of them.
const PASSES = 2;

export const section: Section = {
  title: "pipeline: language + actors + events + claims (sentences per CPU second, one core)",
  async run() {
    const real = reutersDocuments();
    const docs = real ?? generatedDocuments();
    console.log(`corpus: ${real ? "Reuters-21578 (../shared)" : "generated from templates"}, ${docs.length} articles`);
    const pipeline = createPipeline();
    // Warm up: load models and dictionaries, let the JIT settle.
    for (const doc of docs.slice(0, 200)) pipeline.run(doc);
    let sentences = 0;
    let events = 0;
    let total = Infinity;
    const perStage = new Map<string, number>();
    for (let pass = 0; pass < PASSES; pass++) {
      const stageSeconds = new Map<string, number>();
      sentences = 0;
      events = 0;
      const seconds = cpuSeconds(() => {
        for (const doc of docs) {
          let current = doc;
          for (const stage of pipeline.stages) {
            const start = process.cpuUsage();
            current = stage.run(current);
            const used = process.cpuUsage(start);
            stageSeconds.set(stage.name, (stageSeconds.get(stage.name) ?? 0) + (used.user + used.system) / 1e6);
          }
          sentences += current.layers.sentences?.length ?? 0;
          events += current.layers.events?.length ?? 0;
        }
      });
      if (seconds < total) {
        total = seconds;
        for (const [name, stageTime] of stageSeconds) perStage.set(name, stageTime);
      }
    }
    // wink-nlp alone on the same articles: with its default pipe (tokens, sentences, POS, named
    // entities, negation, sentiment), and with sentences and POS only, as the tokens stage reads it.
    const winkDefault = winkNLP(model);
    const winkLean = winkNLP(model, ["sbd", "pos"]);
    const { its } = winkDefault;
    const winkSeconds = (nlp: typeof winkDefault): number => {
      let best = Infinity;
      for (let pass = 0; pass < PASSES; pass++) best = Math.min(best, cpuSeconds(() => docs.forEach((doc) => nlp.readDoc(doc.text).tokens().out(its.pos))));
      return best;
    };
    const winkAll = winkSeconds(winkDefault);
    const winkSbdPos = winkSeconds(winkLean);
    const rate = (seconds: number): string => `${Math.round(sentences / seconds).toLocaleString("en")} sentences/s`;
    console.log(`${sentences} sentences, ${events} events; CPU seconds, best of ${PASSES} passes`);
    console.log(`whole pipeline:                        ${total.toFixed(2)} s CPU, ${rate(total)} (target ≥ 10,000)`);
    console.log(`wink-nlp, default pipe, tokens + POS:  ${winkAll.toFixed(2)} s CPU, ${rate(winkAll)}`);
    console.log(`wink-nlp, sentences + POS only:        ${winkSbdPos.toFixed(2)} s CPU, ${rate(winkSbdPos)}`);
    console.log("share of the pipeline's CPU time by stage:");
    for (const [name, seconds] of perStage) console.log(`  ${name.padEnd(12)} ${seconds.toFixed(2)} s  ${((100 * seconds) / total).toFixed(0).padStart(3)}%  (${rate(seconds)} alone)`);
  },
};
