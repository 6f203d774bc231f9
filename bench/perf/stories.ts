/**
 * Ingest cost with stories on: the CPU time of `saveWithStory` (story candidates from the LSH
 * buckets and lookup keys, scoring, canonical events, and the save itself) per article, as the
 * store grows. The language and event pipeline is left out: articles come annotated from the
 * generator, each distinct, and only the save is timed.
 *
 * `npm run bench -- stories --articles 100000` (or ATTACHE_BENCH_STORIES_MAX) measures up to
 * 100k; the default stops at 10k to keep the run to a few minutes.
 *
 * Each article is saved in a transaction of its own (as the server and `watch` save), so the
 * commit is part of the figure; `ingest` commits 25 at a time. What made the cost grow past the
 * lookup window (profiled at 25k): the postings of a week lay spread over the whole key table
 * (keys were "subject@week"; now "day/subject"), the shared-keys rule looked up every article
 * sharing one key for its key count, and every candidate's stored profile was parsed again at
 * each lookup.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Document } from "../../src/document.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { saveWithStory } from "../../src/stories/index.js";
import type { Section } from "../runner.js";
import { annotatedArticle, bodyText, randomFrom } from "../generate.js";
import { bucketsOf, storyProfileOf } from "../../src/stories/index.js";
import { reutersDocuments } from "./language.js";
import { REUTERS_FILES } from "../reuters.js";

/** `--articles N` on the command line, else ATTACHE_BENCH_STORIES_MAX, else 10,000. */
function maxArticles(): number {
  const flag = process.argv.indexOf("--articles");
  const value = flag >= 0 ? process.argv[flag + 1] : process.env["ATTACHE_BENCH_STORIES_MAX"];
  return Number(value ?? 10_000);
}
const MAX = maxArticles();
/**
 * Checkpoints at which the time per article is taken: the mean over the WINDOW articles before
 * each. The first 1,000 include the days before the lookup window is full (three days back, 600
 * articles at 200 a day); the 2,000 checkpoint is the first with it full throughout.
 */
const CHECKPOINTS = [1_000, 2_000, 10_000, 25_000, 50_000, 100_000, 1_000_000].filter((n) => n <= MAX);
const WINDOW = 1_000;
/**
 * Articles a day (ATTACHE_BENCH_STORIES_PER_DAY): a lookup reads the postings of its day and the
 * three days either side (articles come in date order, so the three before it and its own), full
 * after four days (800 articles at 200 a day); the cost should stay flat from there however
 * large the store.
 */
const ARTICLES_PER_DAY = Number(process.env["ATTACHE_BENCH_STORIES_PER_DAY"] ?? 200);
/** Words of body text: with the event sentences, ~2,000 characters an article. */
const BODY_WORDS = 200;

/**
 * Generated annotated articles, ARTICLES_PER_DAY a day from 2020-01-01: a Zipf-worded body (see
 * `bodyText`) and ~5 coded events with their actor mentions, in varied wording (see
 * `annotatedArticle`: with one fixed template sentence per event, every article shared a dozen
 * shingles with every other, and LSH candidates grew with the store: 27 per article at 6,000
 * against about 0.5 in Reuters at 10,000; the bench prints both). One in five
 * is a lightly edited copy of one of the last ARTICLES_PER_DAY originals (5 % of its body words replaced),
 * with the same events, as outlets retell one happening; every article's text is distinct.
 */
export function* generatedArticles(count: number, seed = 7): Generator<Document> {
  const random = randomFrom(seed);
  const recent: { index: number; body: string }[] = [];
  const seedOf = (index: number) => (seed * 0x9e3779b9) ^ index;
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / ARTICLES_PER_DAY) * 86_400_000).toISOString().slice(0, 10);
    let original = i;
    let body: string;
    if (recent.length > 0 && random() < 0.2) {
      const copied = recent[Math.floor(random() * recent.length)]!;
      original = copied.index;
      body = copied.body.split(" ").map((w) => (random() < 0.05 ? bodyText(random, 1) : w)).join(" ");
    } else {
      body = bodyText(randomFrom(seedOf(i)), BODY_WORDS);
      recent.push({ index: i, body });
      if (recent.length > ARTICLES_PER_DAY) recent.shift();
    }
    // A copy draws the original's events from the original's seed: the same dyads, codes and actors.
    const doc = annotatedArticle(original, randomFrom(seedOf(original) + 1), { day, body, id: `gen-${seed}-${i}`, wording: "varied" });
    yield { ...doc, meta: { ...doc.meta, source: `outlet-${i % 50}` } };
  }
}

/** Articles compared for how many earlier ones share an LSH bucket with each (see `bucketNeighbours`). */
const NEIGHBOUR_SAMPLE = 10_000;

/**
 * The mean number of earlier articles sharing an LSH bucket with each of the last 1,000 of
 * `docs`: the candidates a lookup reads that no time window bounds. It grows with the store
 * only as fast as unrelated articles collide, so a generated corpus is fit to measure the
 * ingest cost only when it collides about as often as real news does.
 */
function bucketNeighbours(docs: Iterable<Document>): { articles: number; mean: number } {
  const all = [...docs];
  const postings = new Map<string, number[]>();
  let neighbours = 0;
  all.forEach((doc, i) => {
    const seen = new Set<number>();
    for (const bucket of bucketsOf(storyProfileOf(doc))) {
      const list = postings.get(bucket) ?? [];
      for (const j of list) seen.add(j);
      list.push(i);
      postings.set(bucket, list);
    }
    if (i >= all.length - 1_000) neighbours += seen.size;
  });
  return { articles: all.length, mean: neighbours / Math.min(1_000, all.length) };
}

/** The same count over the first Reuters stories, when ../shared is here. */
function reutersNeighbours(): { articles: number; mean: number } | null {
  const docs = reutersDocuments(REUTERS_FILES);
  return docs === null ? null : bucketNeighbours(docs.filter((d) => d.text.length >= 300).slice(0, NEIGHBOUR_SAMPLE));
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/**
 * Saves the articles with stories, WINDOW at a time: each batch is generated first, then its
 * saves are timed together (CPU time: the machine is shared), so neither generating nor the
 * clock itself is counted. `each` hears the articles stored so far and the batch's mean.
 */
async function saveAll(store: Store, docs: Iterable<Document>, each: (n: number, meanMs: number) => Promise<void>): Promise<void> {
  const iterator = docs[Symbol.iterator]();
  let n = 0;
  for (;;) {
    const batch: Document[] = [];
    while (batch.length < WINDOW) {
      const next = iterator.next();
      if (next.done) break;
      batch.push(next.value);
    }
    if (batch.length === 0) return;
    const start = process.cpuUsage();
    for (const doc of batch) await saveWithStory(store, doc);
    n += batch.length;
    await each(n, cpuMs(start) / batch.length);
  }
}

export const section: Section = {
  title: `Stories at ingest: CPU time per article of saveWithStory as the store grows to ${MAX.toLocaleString("en")} articles, ${ARTICLES_PER_DAY} a day`,
  async run() {
    const generated = bucketNeighbours(generatedArticles(NEIGHBOUR_SAMPLE));
    const reuters = reutersNeighbours();
    console.log(`articles sharing an LSH bucket with each of the last 1,000 of ${generated.articles.toLocaleString("en")}: generated ${generated.mean.toFixed(2)}` +
      (reuters === null ? " (Reuters not compared: ../shared is not here)" : `, Reuters-21578 ${reuters.mean.toFixed(2)} (of ${reuters.articles.toLocaleString("en")} stories of 300+ characters)`));
    const dir = mkdtempSync(join(tmpdir(), "attache-bench-stories-"));
    try {
      // Warm-up on a throwaway store, so that the first window does not pay for compiling the code.
      const warm = openStore(join(dir, "warm.db"));
      await saveAll(warm, generatedArticles(500, 99), async () => {});
      await warm.close();

      const store = openStore(join(dir, "bench.db"));
      const perArticle = new Map<number, number>();
      let total = 0;
      try {
        await saveAll(store, generatedArticles(MAX), async (n, mean) => {
          total += mean * WINDOW;
          if (!CHECKPOINTS.includes(n)) return;
          perArticle.set(n, mean);
          const largest = (await store.listStories(1))[0];
          console.log(`${n.toLocaleString("en").padStart(9)} articles: ${mean.toFixed(2)} ms CPU per article (mean of the last ${WINDOW.toLocaleString("en")}), largest story ${largest?.articles ?? 0} articles, ${(total / 1000).toFixed(0)} s CPU so far`);
        });
      } finally {
        await store.close();
      }
      const first = perArticle.get(1_000);
      for (const n of CHECKPOINTS.slice(1)) {
        const at = perArticle.get(n);
        const full = perArticle.get(2_000);
        if (first !== undefined && at !== undefined) {
          console.log(`time per article at ${n.toLocaleString("en")} / at 1,000: ${(at / first).toFixed(2)}${n > 2_000 && full !== undefined ? `; / at 2,000: ${(at / full).toFixed(2)}` : ""}`);
        }
      }
      console.log(`compared against: flat is a ratio near 1; lookups read the postings of a week around the article's day, full from about ${(4 * ARTICLES_PER_DAY).toLocaleString("en")} articles (articles come in date order), so the cost should not rise after`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
