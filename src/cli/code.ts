import { InvalidArgumentError, type Command } from "commander";
import { createDocument } from "../ingest/create-document.js";
import { describeIssue } from "../errors.js";
import type { Document } from "../document.js";
import { codeOutputOf, EVENT_VIEWS, type EventView } from "./code-output.js";
import { dateFlag, withInputOptions, EXIT_OK, EXIT_SOME_FAILED, reportProblem } from "./shared.js";

// Articles annotated together, stage by stage: enough for the caches to pay, few enough to hold.
const BATCH = 50;

interface CodeFlags {
  readonly maxBytes?: number;
  readonly date?: string;
  readonly format: "jsonl" | "json";
  readonly dict?: string[];
  readonly events: EventView;
}

function parseEventView(value: string): EventView {
  const found = EVENT_VIEWS.find((v) => v === value.toLowerCase());
  if (!found) throw new InvalidArgumentError(`one of ${EVENT_VIEWS.join(", ")}`);
  return found;
}

/** `attache code`: the pure mode. Articles in, one JSON line of annotations out; no database. */
export function registerCode(program: Command): void {
  withInputOptions(
    program
      .command("code")
      .description("annotate articles and print one JSON line each (no database)")
      .argument("[inputs...]", "files, folders, URLs, or - for standard input", ["-"]),
  )
    .option("--format <format>", "jsonl (one line per article) or json (pretty)", "jsonl")
    .option("--dict <folder...>", "user dictionaries that extend or override data/")
    .option(
      "--events <view>",
      "cameo: one event per source-target pair; plover: one record per predicate, its actors on each side (statements left out)",
      parseEventView,
      "cameo" as EventView,
    )
    .addHelpText("after", "\nExample:\n  attache code --date 2025-09-12 article.txt\n  cat articles.jsonl | attache code --format json -\n  attache code --events plover article.txt")
    .action(async (inputs: string[], flags: CodeFlags) => {
      const published = dateFlag(flags.date);
      // Loaded here, not with the module: every other command (and --help) starts without them.
      const [{ createPipeline }, { readInputs }, { groupDocuments }] = await Promise.all([
        import("../pipeline.js"),
        import("../ingest/read-inputs.js"),
        import("../stories/index.js"),
      ]);
      const pipeline = createPipeline({ dictionaries: flags.dict ?? [] });
      let failed = 0;
      // Held until all are read: with several articles, each line carries its story id.
      const docs: Document[] = [];
      const read: Document[] = [];
      for await (const result of readInputs(inputs, { date: published, maxBytes: flags.maxBytes, fetch: flags.maxBytes === undefined ? {} : { maxBytes: flags.maxBytes } })) {
        if (!result.ok) {
          failed++;
          for (const issue of result.issues) reportProblem(describeIssue(issue));
          continue;
        }
        read.push(createDocument(result.value));
        // Stage by stage over a batch: less CPU than one by one (Pipeline.runAll).
        if (read.length === BATCH) docs.push(...pipeline.runAll(read.splice(0)));
      }
      docs.push(...pipeline.runAll(read));
      const stories = docs.length > 1 ? await groupDocuments(docs) : new Map<string, string>();
      for (const doc of docs) {
        const output = codeOutputOf(doc, stories.get(doc.meta.id), flags.events);
        process.stdout.write(flags.format === "json" ? `${JSON.stringify(output, null, 2)}\n` : `${JSON.stringify(output)}\n`);
      }
      process.exitCode = failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
    });
}
