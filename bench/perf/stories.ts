import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Document } from "../../src/document.js";
import { createDocument } from "../../src/ingest/create-document.js";
import { openStore } from "../../src/store/open-store.js";
import { saveWithStory } from "../../src/stories/index.js";
import { storyStopwords } from "../../src/stories/stopwords.js";
import type { Section } from "../runner.js";
import { randomFrom } from "../generate.js";

/** Checkpoints at which the time per article is measured; ATTACHE_BENCH_STORIES_MAX raises the last (100000 takes minutes). */
const MAX = Number(process.env["ATTACHE_BENCH_STORIES_MAX"] ?? 10_000);
const CHECKPOINTS = [1_000, 10_000, 100_000, 1_000_000].filter((n) => n <= MAX);
/** Articles timed at each checkpoint. */
const WINDOW = 500;
/**
 * Articles a day (ATTACHE_BENCH_STORIES_PER_DAY): a lookup reads the postings of four weeks, so the
 * cost rises until 28 days of articles are stored, then should stay flat however large the store.
 */
const ARTICLES_PER_DAY = Number(process.env["ATTACHE_BENCH_STORIES_PER_DAY"] ?? 200);

const syllables = ["ka", "lo", "mi", "ter", "an", "vo", "ris", "del", "un", "pa", "sen", "gor", "ti", "ba", "ne", "ul"];
// The most frequent words of news are stopwords, as in real text.
const STOPWORDS = [...storyStopwords()];
function wordOf(n: number): string {
  if (n < STOPWORDS.length) return STOPWORDS[n]!;
  let word = "";
  for (let x = n + 17; x > 0; x = Math.floor(x / syllables.length)) word += syllables[x % syllables.length];
  return word;
}

/**
 * Generated articles: Zipf-distributed words from a 20,000-word vocabulary (stopwords the most
 * frequent), a few capitalised names (a quarter of them from fifty famous ones), ARTICLES_PER_DAY
 * a day; one in five is a lightly edited copy of a recent one.
 */
export function* generatedArticles(count: number): Generator<Document> {
  const random = randomFrom(7);
  const zipf = (size: number) => Math.floor(size ** random()) - 1;
  const recent: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / ARTICLES_PER_DAY) * 86_400_000).toISOString().slice(0, 10);
    let text: string;
    if (recent.length > 0 && random() < 0.2) {
      const words = recent[Math.floor(random() * recent.length)]!.split(" ");
      text = words.map((w) => (random() < 0.05 ? wordOf(zipf(20_000)) : w)).join(" ");
    } else {
      const words: string[] = [];
      for (let w = 0; w < 200; w++) {
        const name = random() < 0.08;
        // A quarter of the names are the week's famous fifty; the rest come from 5,000 others.
        const word = !name ? wordOf(zipf(20_000)) : random() < 0.25 ? wordOf(20_000 + Math.floor(random() * 50)) : wordOf(20_050 + Math.floor(random() * 5_000));
        words.push(name ? word[0]!.toUpperCase() + word.slice(1) : word);
        if (w % 20 === 19) words.push(".");
      }
      text = words.join(" ").replace(/ \./g, ".");
    }
    recent.push(text);
    if (recent.length > ARTICLES_PER_DAY) recent.shift();
    yield createDocument({ id: `gen-${i}`, text, format: "text", origin: "bench", source: `outlet-${i % 50}`, published: { value: day, precision: "day", origin: "input" } });
  }
}

export const section: Section = {
  title: `Stories at ingest: time per article (save + story placement) as the store grows to ${MAX.toLocaleString("en")}, ${ARTICLES_PER_DAY} articles a day`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "attache-bench-stories-"));
    const store = openStore(join(dir, "bench.db"));
    try {
      let n = 0;
      let windowStart = 0;
      const started = Date.now();
      for (const doc of generatedArticles(MAX)) {
        if (CHECKPOINTS.includes(n + WINDOW)) windowStart = performance.now();
        await saveWithStory(store, doc);
        n++;
        if (CHECKPOINTS.includes(n)) {
          const perArticle = (performance.now() - windowStart) / WINDOW;
          const stories = (await store.listStories(1))[0];
          console.log(`${n.toLocaleString("en").padStart(9)} articles: ${perArticle.toFixed(2)} ms per article over the last ${WINDOW} (largest story ${stories?.articles ?? 0} articles; ${((Date.now() - started) / 1000).toFixed(0)} s so far)`);
        }
      }
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
