import { InvalidArgumentError, Option } from "commander";
import type { Command } from "commander";
import type { Modality, QuadClass } from "../document.js";
import { AttacheError } from "../errors.js";
import type { EventFilter, StoredEvent } from "../store/store.js";
import { openStoreForQuery, parseCodePrefix, parseIsoDate, parseLimit, withDbOption } from "./store-flags.js";
import { printRows } from "./table.js";

const MODALITIES: readonly Modality[] = ["asserted", "intended", "requested", "hypothetical", "negated", "reported"];

interface EventsFlags {
  readonly db?: string;
  readonly actor?: string;
  readonly dyad?: string[];
  readonly code?: string;
  readonly root?: string;
  readonly plover?: string;
  readonly quad?: QuadClass;
  readonly modality?: Modality;
  readonly since?: string;
  readonly until?: string;
  readonly reports?: boolean;
  readonly limit: number;
  readonly json?: boolean;
}

function parseCameo(value: string): string {
  if (!/^\d{2,4}$/.test(value)) throw new InvalidArgumentError("a CAMEO code of 2 to 4 digits, e.g. 08 or 0841");
  return value;
}

function parseRoot(value: string): string {
  const n = Number(value);
  if (!/^\d{1,2}$/.test(value) || n < 1 || n > 20) throw new InvalidArgumentError("a CAMEO root from 01 to 20");
  return String(n).padStart(2, "0");
}

function parseQuad(value: string): QuadClass {
  if (!/^[1-4]$/.test(value)) throw new InvalidArgumentError("1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict");
  return Number(value) as QuadClass;
}

function parseModality(value: string): Modality {
  const found = MODALITIES.find((m) => m === value.toLowerCase());
  if (!found) throw new InvalidArgumentError(`one of ${MODALITIES.join(", ")}`);
  return found;
}

function parsePlover(value: string): string {
  if (!/^[A-Za-z]+$/.test(value)) throw new InvalidArgumentError("a PLOVER type such as ASSAULT or AGREE");
  return value.toUpperCase();
}

/** The store's filter from the flags: one event per canonical event unless `--reports`; `--dyad` needs exactly two codes. */
export function eventFilterOf(flags: Omit<EventsFlags, "limit" | "json" | "db"> & { limit?: number }): EventFilter {
  let dyad: [string, string] | undefined;
  if (flags.dyad !== undefined) {
    const codes = flags.dyad.map((code) => code.toUpperCase());
    if (codes.length !== 2 || !codes.every((code) => /^[A-Z]{1,15}$/.test(code))) {
      throw new AttacheError({ code: "usage", input: `--dyad ${flags.dyad.join(" ")}`, detail: "two actor codes, e.g. --dyad USA BLR" });
    }
    dyad = [codes[0]!, codes[1]!];
  }
  return {
    actor: flags.actor, dyad, code: flags.code, root: flags.root, plover: flags.plover, quad: flags.quad,
    modality: flags.modality, since: flags.since, until: flags.until, canonical: flags.reports !== true, limit: flags.limit,
  };
}

/** Adds the event filters shared by `events` and `export`. */
export function withEventFilters(command: Command): Command {
  return command
    .option("--actor <code>", "source or target code starts with this (BLR, USAGOV)", parseCodePrefix)
    .option("--dyad <codes...>", "two codes, in either direction: --dyad USA BLR")
    .option("--code <cameo>", "CAMEO code starts with this (08, 0841)", parseCameo)
    .option("--root <nn>", "CAMEO root, 01 to 20", parseRoot)
    .option("--plover <type>", "PLOVER type (AGREE, ASSAULT, …)", parsePlover)
    .option("--quad <n>", "QuadClass 1 to 4", parseQuad)
    .option("--modality <m>", MODALITIES.join(" | "), parseModality)
    .option("--since <date>", "event date on or after (YYYY-MM-DD)", parseIsoDate)
    .option("--until <date>", "event date on or before (YYYY-MM-DD)", parseIsoDate)
    .option("--reports", "every report, not one line per canonical event (reports of one happening, merged by stories)")
    // Canonical events are the default now; the flag that asked for them is still taken.
    .addOption(new Option("--unique").hideHelp());
}

/** `attache events`: coded events of the stored articles, newest first. */
export function registerEvents(program: Command): void {
  withEventFilters(withDbOption(program.command("events").description("list coded events, newest event date first")))
    .option("--limit <n>", "at most this many", parseLimit, 50)
    .option("--json", "print JSON instead of a table")
    .addHelpText(
      "after",
      "\nEach line is a canonical event: the reports of one happening across articles and outlets, shown by the report of the\n" +
        "earliest article. REPORTS and SOURCES count its reports and their distinct outlets; --reports lists every report.\n\n" +
        "Examples:\n  attache events --dyad USA BLR --since 2025-01-01\n  attache events --actor RUS --plover ASSAULT --modality asserted --json",
    )
    .action(async (flags: EventsFlags) => {
      const filter = eventFilterOf(flags);
      const store = openStoreForQuery(flags.db);
      try {
        printRows<StoredEvent>(
          await store.findEvents(filter),
          [
            { header: "DATE", value: (e) => e.date },
            { header: "SOURCE", value: (e) => e.source },
            { header: "TARGET", value: (e) => e.target },
            { header: "CAMEO", value: (e) => e.cameo },
            { header: "PLOVER", value: (e) => e.plover },
            { header: "MODALITY", value: (e) => e.modality },
            { header: "REPORTS", value: (e) => e.mentions },
            { header: "SOURCES", value: (e) => e.sources },
            { header: "EVIDENCE", value: (e) => e.evidenceText, maxWidth: 40 },
            { header: "EVENT", value: (e) => e.id },
          ],
          { json: flags.json === true, noun: "events" },
        );
      } finally {
        await store.close();
      }
    });
}
