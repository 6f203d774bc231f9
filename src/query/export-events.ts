import type { Ontology } from "../events/ontology.js";
import type { EventFilter, EventStore, StoredEvent } from "../store/store.js";
import { CSV_COLUMNS, csvRowOf } from "./export-csv.js";
import { GDELT_COLUMNS, gdeltRowOf } from "./export-gdelt.js";
import { ploverRecordOf } from "./export-plover.js";

export const EXPORT_FORMATS = ["gdelt", "plover", "csv", "jsonl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How one format lays out events: an optional header line, then one line per event. */
interface Layout {
  readonly header: string | null;
  line(event: StoredEvent): string;
}

function layoutOf(format: ExportFormat, ontology: () => Ontology): Layout {
  switch (format) {
    case "gdelt":
      return { header: GDELT_COLUMNS.join("\t"), line: gdeltRowOf };
    case "csv":
      return { header: CSV_COLUMNS.map(([name]) => name).join(","), line: csvRowOf };
    case "plover": {
      const loaded = ontology();
      return { header: null, line: (e) => JSON.stringify(ploverRecordOf(e, loaded)) };
    }
    case "jsonl":
      return { header: null, line: (e) => JSON.stringify(e) };
  }
}

/**
 * Writes every event matching `filter` in `format`, one line at a time, through `write`
 * (which may wait, for back-pressure). Returns how many events were written.
 */
export async function exportEvents(
  store: EventStore,
  filter: EventFilter,
  format: ExportFormat,
  write: (line: string) => Promise<void> | void,
  ontology: () => Ontology,
): Promise<number> {
  const layout = layoutOf(format, ontology);
  if (layout.header !== null) await write(`${layout.header}\n`);
  let count = 0;
  for await (const event of store.eachEvent(filter)) {
    await write(`${layout.line(event)}\n`);
    count += 1;
  }
  return count;
}
