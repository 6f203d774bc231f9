import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { InvalidArgumentError } from "commander";
import type { Command } from "commander";
import { loadOntology } from "../events/ontology.js";
import type { ExportFormat } from "../query/export-events.js";
import { EXPORT_FORMATS, exportEvents } from "../query/export-events.js";
import { eventFilterOf, withEventFilters } from "./events.js";
import { openStoreForQuery, withDbOption } from "./store-flags.js";

interface ExportFlags {
  readonly db?: string;
  readonly format: ExportFormat;
  readonly out?: string;
  readonly dict?: string[];
  readonly actor?: string;
  readonly dyad?: string[];
  readonly reports?: boolean;
}

function parseFormat(value: string): ExportFormat {
  const found = EXPORT_FORMATS.find((f) => f === value.toLowerCase());
  if (!found) throw new InvalidArgumentError(`one of ${EXPORT_FORMATS.join(", ")}`);
  return found;
}

/** `attache export`: every matching event, in GDELT, PLOVER, CSV or JSON Lines layout. */
export function registerExport(program: Command): void {
  withEventFilters(withDbOption(program.command("export").description("write events as GDELT columns, PLOVER JSON, CSV or JSON Lines")))
    .requiredOption("--format <format>", EXPORT_FORMATS.join(" | "), parseFormat)
    .option("--out <file>", "write to this file instead of standard output")
    .option("--dict <folder...>", "user folders whose ontology extends data/ (for PLOVER modes and contexts)")
    .addHelpText(
      "after",
      "\nLayouts: gdelt = tab-separated GDELT 2.0 event columns with a header line; plover = one JSON record a line with\n" +
        "POLECAT's field names; csv = every stored field, with a header; jsonl = every stored field as JSON.\n\n" +
        "One line per canonical event (the earliest article's report, with its reports, articles and outlets counted); --reports\n" +
        "writes every report.\n\n" +
        "Example:\n  attache export --format gdelt --out events.tsv\n  attache export --format plover --dyad USA BLR > usa-blr.jsonl",
    )
    .action(async (flags: ExportFlags) => {
      const filter = eventFilterOf(flags);
      const store = openStoreForQuery(flags.db);
      const out = flags.out === undefined ? process.stdout : createWriteStream(flags.out);
      let broken: Error | null = null;
      out.on("error", (error: Error) => {
        broken = error;
      });
      const write = async (line: string) => {
        if (broken) throw broken;
        if (!out.write(line)) await once(out, "drain");
      };
      try {
        const count = await exportEvents(store, filter, flags.format, write, () => loadOntology(flags.dict ?? []));
        if (flags.out !== undefined) {
          out.end();
          await once(out, "finish");
          process.stderr.write(`${count} events written to ${flags.out}\n`);
        }
      } catch (error) {
        // The reader went away (`| head`): that is the reader's choice, not a failure of the export.
        if ((error as NodeJS.ErrnoException).code !== "EPIPE") throw error;
      } finally {
        await store.close();
      }
    });
}
