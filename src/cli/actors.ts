import type { Command } from "commander";
import type { ActorCount } from "../store/store.js";
import { openStoreForQuery, parseLimit, withDbOption } from "./store-flags.js";
import { printRows } from "./table.js";

interface ActorsFlags {
  readonly db?: string;
  readonly limit: number;
  readonly json?: boolean;
}

/** `attache actors`: the actors the stored articles mention, most mentioned first. */
export function registerActors(program: Command): void {
  withDbOption(program.command("actors").description("list resolved actors with their mention counts"))
    .option("--limit <n>", "at most this many", parseLimit, 50)
    .option("--json", "print JSON instead of a table")
    .addHelpText("after", "\nExample:\n  attache actors --limit 20\n  attache actors --json | jq '.[0]'")
    .action(async (flags: ActorsFlags) => {
      const store = openStoreForQuery(flags.db);
      try {
        printRows<ActorCount>(
          await store.listActors(flags.limit),
          [
            { header: "CODE", value: (a) => a.code },
            { header: "ACTOR", value: (a) => a.id },
            { header: "NAME", value: (a) => a.name, maxWidth: 40 },
            { header: "MENTIONS", value: (a) => a.mentions },
            { header: "ARTICLES", value: (a) => a.articles },
          ],
          { json: flags.json === true, noun: "actors" },
        );
      } finally {
        await store.close();
      }
    });
}
