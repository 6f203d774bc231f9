import type { Command } from "commander";
import { AttacheError } from "../errors.js";
import type { ArticleSummary, StorySummary } from "../store/store.js";
import { openStoreForQuery, parseLimit, withDbOption } from "./store-flags.js";
import { printRows } from "./table.js";

interface StoriesFlags {
  readonly db?: string;
  readonly limit: number;
  readonly json?: boolean;
}

/** `attache stories [story]`: stories with most articles first, or the articles of one story. */
export function registerStories(program: Command): void {
  withDbOption(
    program
      .command("stories")
      .description("list stories (near-duplicate and rewritten reports of one happening), or the articles of one")
      .argument("[story]", "a story id: list its articles"),
  )
    .option("--limit <n>", "at most this many", parseLimit, 20)
    .option("--json", "print JSON instead of a table")
    .addHelpText("after", "\nExample:\n  attache stories\n  attache stories story-3f2a9c10b7d4e815 --json")
    .action(async (story: string | undefined, flags: StoriesFlags) => {
      const store = openStoreForQuery(flags.db);
      try {
        if (story === undefined) {
          printRows<StorySummary>(
            await store.listStories(flags.limit),
            [
              { header: "STORY", value: (s) => s.id },
              { header: "FIRST SEEN", value: (s) => s.firstSeen?.slice(0, 10) ?? null },
              { header: "ARTICLES", value: (s) => s.articles },
              { header: "SOURCES", value: (s) => s.sources.join(", ") || null, maxWidth: 40 },
              { header: "TITLE", value: (s) => s.representative?.title ?? null, maxWidth: 60 },
            ],
            { json: flags.json === true, noun: "stories" },
          );
          return;
        }
        const summary = await store.getStory(story);
        if (summary === null) throw new AttacheError({ code: "not-found", input: story, detail: "see `attache stories`" });
        const articles = await store.storyArticles(story, flags.limit);
        if (flags.json) {
          process.stdout.write(`${JSON.stringify({ ...summary, members: articles }, null, 2)}\n`);
          return;
        }
        process.stdout.write(`${summary.id}: ${summary.articles} articles from ${summary.sources.length} sources, first seen ${summary.firstSeen ?? "-"}\n`);
        printRows<ArticleSummary>(
          articles,
          [
            { header: "ID", value: (a) => a.id },
            { header: "DATE", value: (a) => a.published?.value.slice(0, 10) ?? null },
            { header: "SOURCE", value: (a) => a.source, maxWidth: 24 },
            { header: "TITLE", value: (a) => a.title, maxWidth: 70 },
          ],
          { json: false, noun: "articles" },
        );
      } finally {
        await store.close();
      }
    });
}
