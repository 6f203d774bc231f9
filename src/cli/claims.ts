import type { Command } from "commander";
import type { StoredClaim } from "../store/store.js";
import { openStoreForQuery, parseLimit, withDbOption } from "./store-flags.js";
import { printRows } from "./table.js";

interface ClaimsFlags {
  readonly db?: string;
  readonly subject?: string;
  readonly limit: number;
  readonly json?: boolean;
}

/** `attache claims`: numeric statements ("more than 300 political prisoners freed since July 2021"). */
export function registerClaims(program: Command): void {
  withDbOption(program.command("claims").description("list numeric claims: what is counted, how many, since when, per whom"))
    .option("--subject <words>", "the counted subject contains these words (case-insensitive)")
    .option("--limit <n>", "at most this many", parseLimit, 50)
    .option("--json", "print JSON instead of a table")
    .addHelpText("after", '\nExample:\n  attache claims --subject "political prisoners"')
    .action(async (flags: ClaimsFlags) => {
      const store = openStoreForQuery(flags.db);
      try {
        printRows<StoredClaim>(
          await store.findClaims({ subject: flags.subject, limit: flags.limit }),
          [
            { header: "DATE", value: (c) => c.articleDate?.slice(0, 10) ?? null },
            { header: "VALUE", value: (c) => `${c.comparator === "exactly" ? "" : `${c.comparator} `}${c.value}` },
            { header: "SUBJECT", value: (c) => c.subject, maxWidth: 30 },
            { header: "PREDICATE", value: (c) => c.predicate, maxWidth: 25 },
            { header: "WHEN", value: (c) => (c.since ? `since ${c.since}` : c.date) },
            { header: "PER", value: (c) => c.attributedTo, maxWidth: 20 },
            { header: "ARTICLE", value: (c) => c.articleId },
          ],
          { json: flags.json === true, noun: "claims" },
        );
      } finally {
        await store.close();
      }
    });
}
