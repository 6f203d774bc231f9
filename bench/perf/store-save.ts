/**
 * The writing thread's cost: CPU time of saving coded articles as `attache ingest` saves them
 * (every layer, story placement, canonical events, 100 articles per transaction), with the
 * coding done beforehand and not counted. Issue #7: all saving runs on one thread, so its cost
 * per article bounds `ingest --jobs N`.
 *
 * Corpus: the first ATTACHE_BENCH_ARTICLES (default 2,000) Reuters-21578 stories with a body
 * from ../shared, else generated articles (bench/news-corpus.ts). The figure after the first
 * 500 articles leaves out most of the JIT's warm-up.
 *
 * Reading the figures (2,000 Reuters articles, 2026-11-28, two builds run side by side at load
 * ~12, means of 3-4 runs): 3.2-3.3 ms an article before that day's writer changes, 2.6 after.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveBatch } from "../../src/cli/save-batch.js";
import type { ToSave } from "../../src/cli/save-batch.js";
import { createDocument } from "../../src/ingest/create-document.js";
import { readInputs } from "../../src/ingest/read-inputs.js";
import { forSaving } from "../../src/parallel/for-saving.js";
import { createPipeline } from "../../src/pipeline.js";
import { openStore } from "../../src/store/open-store.js";
import { newsJsonLines } from "../news-corpus.js";
import { hasReuters, reutersStories } from "../reuters.js";
import type { Section } from "../runner.js";

const ARTICLES = Number(process.env["ATTACHE_BENCH_ARTICLES"] ?? 2_000);
/** Articles per transaction, as `ingest` commits them. */
const BATCH = 100;
const WARM_UP = 500;

const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

function corpusLines(): { name: string; lines: string } {
  if (!hasReuters()) return { name: `generated (bench/news-corpus.ts), ${ARTICLES} articles`, lines: newsJsonLines(ARTICLES) };
  const lines: string[] = [];
  for (const r of reutersStories()) {
    if (lines.length >= ARTICLES) break;
    lines.push(JSON.stringify({ id: `reuters-${r.newid}`, title: r.title, source: "Reuters", date: r.day ?? undefined, text: r.body }));
  }
  return { name: `Reuters-21578 (../shared), ${lines.length} articles with a body`, lines: `${lines.join("\n")}\n` };
}

export const section: Section = {
  title: "store-save: CPU of saving coded articles (layers, stories, canonical events, commits), as ingest's writing thread does",
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "attache-bench-save-"));
    try {
      const corpus = corpusLines();
      const input = join(dir, "corpus.jsonl");
      writeFileSync(input, corpus.lines);
      const pipeline = createPipeline();
      const coded: ToSave[] = [];
      for await (const result of readInputs([input])) if (result.ok) coded.push(forSaving(pipeline.run(createDocument(result.value))));
      const sentences = coded.reduce((n, c) => n + (c.doc.layers.sentences?.length ?? 0), 0);
      console.log(`corpus: ${corpus.name}; ${coded.length} coded, ${sentences} sentences`);

      const path = join(dir, "save.db");
      const store = openStore(path);
      const counts = { new: 0, versions: 0, unchanged: 0, failed: 0, events: 0, mentions: 0 };
      const start = cpuMs();
      let warm = start;
      for (let from = 0; from < coded.length; from += BATCH) {
        if (from === WARM_UP) warm = cpuMs();
        await saveBatch(store, coded.slice(from, from + BATCH), counts);
      }
      const end = cpuMs();
      await store.close();
      const perArticle = (end - start) / coded.length;
      const afterWarmUp = coded.length > WARM_UP ? (end - warm) / (coded.length - WARM_UP) : perArticle;
      console.log(`saved ${counts.new} articles, ${counts.events} events, ${counts.failed} failed; database ${(statSync(path).size / 1e6).toFixed(1)} MB`);
      console.log(`CPU per article: ${perArticle.toFixed(2)} ms over all, ${afterWarmUp.toFixed(2)} ms after the first ${WARM_UP} ` +
        `(${(1000 / afterWarmUp).toFixed(0)} articles, ${((1000 / afterWarmUp) * sentences / coded.length).toFixed(0)} sentences per CPU-second of saving)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
