/**
 * A temporary SQLite database filled by the real pipeline with four short articles: two on
 * US–Belarus diplomacy in 2025, one on Russian drones over Poland, one on a protest. The API
 * and dashboard tests read it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PublishedDate } from "../../src/document.js";
import { createDocument } from "../../src/ingest/create-document.js";
import type { Pipeline } from "../../src/pipeline.js";
import { createPipeline } from "../../src/pipeline.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { saveWithStory } from "../../src/stories/index.js";

const day = (value: string): PublishedDate => ({ value, precision: "day", origin: "input" });

/** The articles, with ids chosen so that tests can open them by name. */
export const NEWS = [
  {
    id: "belarus-talks",
    url: "https://news.example/belarus-talks",
    title: "US envoy meets Lukashenko in Minsk",
    source: "Example Wire",
    published: day("2025-09-12"),
    text:
      "The United States and Belarus held talks in Minsk on Thursday. US envoy John Coale met Belarusian President Alexander Lukashenko on September 11, 2025.\n" +
      "Belarus freed 52 political prisoners after the meeting, and Washington lifted sanctions on the Belarusian airline Belavia.\n" +
      "Rights groups say more than 1,100 political prisoners remain behind bars in Belarus.\n" +
      "Read also: Belarus opposition leader speaks in Vilnius\n" +
      "Share this article",
  },
  {
    id: "belarus-june",
    url: "https://news.example/belarus-june",
    title: "Belarus frees prisoners after US visit",
    source: "Daily Example",
    published: day("2025-06-22"),
    text:
      "Belarus released 14 political prisoners on Saturday after a visit by US envoy Keith Kellogg to Minsk. Kellogg met Lukashenko on June 21.\n" +
      "The United States urged Belarus to free all political prisoners. Rights groups say about 1,150 political prisoners remain in Belarus.",
  },
  {
    id: "poland-drones",
    url: "https://news.example/poland-drones",
    title: "Poland shoots down Russian drones",
    source: "Example Wire",
    published: day("2025-09-10"),
    text:
      "WARSAW (Example Wire) - Poland shot down Russian drones that entered its airspace overnight, Prime Minister Donald Tusk said on Wednesday. Poland accused Russia of a deliberate provocation.\n" +
      "Russia denied that its drones had targeted Poland.",
  },
  {
    id: "tbilisi-protest",
    url: "https://news.example/tbilisi-protest",
    title: "Thousands protest in Tbilisi",
    source: "Daily Example",
    published: day("2025-10-04"),
    text: "Thousands of demonstrators protested in Tbilisi on Saturday against the Georgian government. Police used tear gas to disperse the protesters.",
  },
] as const;

export interface NewsStore {
  readonly store: Store;
  readonly pipeline: Pipeline;
  /** Closes the store and removes its folder. */
  close(): Promise<void>;
}

/** Opens a fresh database in a temporary folder and saves every article of NEWS through the pipeline. */
export async function openNewsStore(): Promise<NewsStore> {
  const dir = mkdtempSync(join(tmpdir(), "attache-news-"));
  const store = openStore(join(dir, "news.db"));
  const pipeline = createPipeline();
  for (const article of NEWS) {
    const doc = pipeline.run(createDocument({ ...article, format: "text", origin: `test:${article.id}`, language: "en" }));
    await saveWithStory(store, doc);
  }
  return {
    store,
    pipeline,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
