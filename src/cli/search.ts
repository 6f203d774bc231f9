import type { Command } from "commander";
import type { SearchHit } from "../store/store.js";
import { openStoreForQuery, parseLimit, withDbOption } from "./store-flags.js";
import { printRows } from "./table.js";

interface SearchFlags {
  readonly db?: string;
  readonly limit: number;
  readonly json?: boolean;
}

/** `attache search`: full-text search over titles and bodies, best match first. */
export function registerSearch(program: Command): void {
  withDbOption(
    program
      .command("search")
      .description("full-text search over article titles and bodies (all words must appear)")
      .argument("<query...>", "words to find; any characters are taken literally"),
  )
    .option("--limit <n>", "at most this many", parseLimit, 20)
    .option("--json", "print JSON instead of a table")
    .addHelpText("after", '\nExample:\n  attache search political prisoners\n  attache search "Belavia sanctions" --json')
    .action(async (words: string[], flags: SearchFlags) => {
      const store = openStoreForQuery(flags.db);
      try {
        const hits = await store.searchArticles(words.join(" "), flags.limit);
        printRows<SearchHit>(
          hits,
          [
            { header: "ID", value: (h) => h.article.id },
            { header: "DATE", value: (h) => h.article.published?.value.slice(0, 10) ?? null },
            { header: "TITLE", value: (h) => h.article.title, maxWidth: 50 },
            { header: "MATCH", value: (h) => h.snippet, maxWidth: 90 },
          ],
          { json: flags.json === true, noun: "matching articles" },
        );
      } finally {
        await store.close();
      }
    });
}
