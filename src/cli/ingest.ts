import type { Command } from "commander";
import { describeIssue } from "../errors.js";
import { createDocument } from "../ingest/create-document.js";
import { readInputs } from "../ingest/read-inputs.js";
import { createPipeline } from "../pipeline.js";
import { listInputFiles } from "./count-inputs.js";
import type { IngestCounts } from "./progress.js";
import { ProgressLine } from "./progress.js";
import { saveArticle } from "./save-article.js";
import { dateFlag, parseByteSize, EXIT_OK, EXIT_SOME_FAILED, reportProblem } from "./shared.js";
import { openStoreForWrite, withDbOption } from "./store-flags.js";

interface IngestFlags {
  readonly maxBytes?: number;
  readonly db?: string;
  readonly date?: string;
  readonly dict?: string[];
  readonly json?: boolean;
}

function summaryOf(counts: IngestCounts, seconds: number): string {
  return (
    `${counts.new} new articles, ${counts.versions} new versions, ${counts.unchanged} unchanged, ${counts.failed} failed; ` +
    `${counts.events} events, ${counts.mentions} mentions (${seconds.toFixed(1)} s)`
  );
}

/** `attache ingest`: reads inputs, annotates each article, and saves it with all its layers. */
export function registerIngest(program: Command): void {
  withDbOption(
    program
      .command("ingest")
      .description("read articles, annotate them and save them in the database")
      .argument("<inputs...>", "files, folders, http(s) URLs, or - for standard input"),
  )
    .option("--date <YYYY-MM-DD>", "publication date for inputs that carry none")
    .option("--dict <folder...>", "user dictionaries that extend or override data/")
    .option("--max-bytes <size>", "largest file, page or JSON line accepted (default 10M)", parseByteSize)
    .option("--json", "print the summary as JSON")
    .addHelpText(
      "after",
      "\nEach article is saved in its own transaction: an interrupted run can simply be run again.\n" +
        "The same text again is skipped; a changed text at the same URL becomes a new version.\n\n" +
        "Example:\n  attache ingest examples/\n  attache ingest --db news.db --date 2025-09-12 article.txt https://example.org/feed.xml",
    )
    .action(async (inputs: string[], flags: IngestFlags) => {
      const published = dateFlag(flags.date);
      const started = Date.now();
      const pipeline = createPipeline({ dictionaries: flags.dict ?? [] });
      const store = openStoreForWrite(flags.db);
      const counts: IngestCounts = { new: 0, versions: 0, unchanged: 0, failed: 0, events: 0, mentions: 0 };
      const progress = new ProgressLine(listInputFiles(inputs));
      let interrupted = false;
      const stop = () => { interrupted = true; };
      process.once("SIGINT", stop);
      const problem = (lines: readonly string[]) => {
        counts.failed++;
        progress.clear();
        for (const line of lines) reportProblem(line);
      };
      try {
        for await (const result of readInputs(inputs, { date: published, maxBytes: flags.maxBytes, fetch: flags.maxBytes === undefined ? {} : { maxBytes: flags.maxBytes } })) {
          if (!result.ok) {
            problem(result.issues.map(describeIssue));
            progress.update(result.issues[0]?.input ?? "", counts);
          } else {
            const failure = await saveArticle(store, pipeline.run(createDocument(result.value)), counts);
            if (failure !== null) problem([failure]);
            progress.update(result.value.origin, counts);
          }
          if (interrupted) break;
        }
      } finally {
        process.off("SIGINT", stop);
        progress.clear();
        await store.close();
      }
      const seconds = (Date.now() - started) / 1000;
      process.stdout.write(flags.json ? `${JSON.stringify({ ...counts, seconds, interrupted })}\n` : `${summaryOf(counts, seconds)}\n`);
      if (interrupted) {
        reportProblem("interrupted: what was saved is complete; run the same command again to go on");
        process.exitCode = 130;
      } else {
        process.exitCode = counts.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
      }
    });
}
