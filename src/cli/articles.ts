import type { Command } from "commander";
import type { ArticleSummary } from "../store/store.js";
import { openStoreForQuery, parseIsoDate, parseLimit, withDbOption } from "./store-flags.js";
import { printRows } from "./table.js";

interface ArticlesFlags {
  readonly db?: string;
  readonly source?: string;
  readonly since?: string;
  readonly until?: string;
  readonly lang?: string;
  readonly limit: number;
  readonly json?: boolean;
}

/** `attache articles`: the stored articles (latest versions), newest first. */
export function registerArticles(program: Command): void {
  withDbOption(program.command("articles").description("list stored articles, newest first"))
    .option("--source <outlet>", "only articles from this outlet (case-insensitive)")
    .option("--since <date>", "published on or after (YYYY-MM-DD)", parseIsoDate)
    .option("--until <date>", "published on or before (YYYY-MM-DD)", parseIsoDate)
    .option("--lang <code>", "only articles in this language (ISO 639-1, e.g. en)")
    .option("--limit <n>", "at most this many", parseLimit, 50)
    .option("--json", "print JSON instead of a table")
    .addHelpText("after", "\nExample:\n  attache articles --since 2025-09-01 --source Reuters --limit 20")
    .action(async (flags: ArticlesFlags) => {
      const store = openStoreForQuery(flags.db);
      try {
        const rows = await store.listArticles({ source: flags.source, since: flags.since, until: flags.until, language: flags.lang, limit: flags.limit });
        printRows<ArticleSummary>(
          rows,
          [
            { header: "ID", value: (a) => a.id },
            { header: "DATE", value: (a) => a.published?.value.slice(0, 10) ?? null },
            { header: "SOURCE", value: (a) => a.source, maxWidth: 20 },
            { header: "LANG", value: (a) => a.language },
            { header: "V", value: (a) => a.version },
            { header: "EVENTS", value: (a) => a.events },
            { header: "TITLE", value: (a) => a.title, maxWidth: 70 },
          ],
          { json: flags.json === true, noun: "articles" },
        );
      } finally {
        await store.close();
      }
    });
}
