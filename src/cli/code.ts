import type { Command } from "commander";
import { createDocument } from "../ingest/create-document.js";
import { readInputs } from "../ingest/read-inputs.js";
import { describeIssue } from "../errors.js";
import { createPipeline } from "../pipeline.js";
import { codeOutputOf } from "./code-output.js";
import { dateFlag, EXIT_OK, EXIT_SOME_FAILED, reportProblem } from "./shared.js";

interface CodeFlags {
  readonly date?: string;
  readonly format: "jsonl" | "json";
  readonly dict?: string[];
}

/** `attache code`: the pure mode. Articles in, one JSON line of annotations out; no database. */
export function registerCode(program: Command): void {
  program
    .command("code")
    .description("annotate articles and print one JSON line each (no database)")
    .argument("[inputs...]", "files, folders, URLs, or - for standard input", ["-"])
    .option("--date <YYYY-MM-DD>", "publication date for inputs that carry none")
    .option("--format <format>", "jsonl (one line per article) or json (pretty)", "jsonl")
    .option("--dict <folder...>", "user dictionaries that extend or override data/")
    .addHelpText("after", "\nExample:\n  attache code --date 2025-09-12 article.txt\n  cat articles.jsonl | attache code --format json -")
    .action(async (inputs: string[], flags: CodeFlags) => {
      const published = dateFlag(flags.date);
      const pipeline = createPipeline({ dictionaries: flags.dict ?? [] });
      let failed = 0;
      for await (const result of readInputs(inputs, { date: published })) {
        if (!result.ok) {
          failed++;
          for (const issue of result.issues) reportProblem(describeIssue(issue));
          continue;
        }
        const doc = pipeline.run(createDocument(result.value));
        const output = codeOutputOf(doc);
        process.stdout.write(flags.format === "json" ? `${JSON.stringify(output, null, 2)}\n` : `${JSON.stringify(output)}\n`);
      }
      process.exitCode = failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
    });
}
