import type { Command } from "commander";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { stringify } from "yaml";
import { importPetrarch } from "../actors/petrarch.js";
import { AttacheError } from "../errors.js";
import { EXIT_OK, reportProblem } from "./shared.js";

interface ImportFlags {
  readonly out: string;
}

/** Writes a list of records as a YAML data file, with a header saying where it came from. */
function writeRecords(path: string, records: readonly unknown[], from: readonly string[]): void {
  const header = `# Imported by \`attache dict import\` from ${from.map((f) => basename(f)).join(", ")}.\n`;
  writeFileSync(path, header + (records.length > 0 ? stringify(records, { lineWidth: 0 }) : "[]\n"));
}

/**
 * `attache dict import`: PETRARCH/Phoenix actor and agent dictionaries in, a folder of our
 * YAML data files out, ready for `--dict`.
 */
export function registerDict(program: Command): void {
  const dict = program.command("dict").description("work with user dictionaries");
  dict
    .command("import")
    .description("convert PETRARCH/Phoenix actor and agent dictionaries into a --dict folder")
    .argument("<files...>", "PETRARCH .actors / .agents files")
    .option("--out <folder>", "the folder to write (actors/… inside it)", "dict")
    .addHelpText("after", "\nExample:\n  attache dict import Phoenix.Countries.actors.txt Phoenix.agents.txt --out my-dict\n  attache code --dict my-dict article.txt")
    .action((files: string[], flags: ImportFlags) => {
      for (const file of files) if (!existsSync(file)) throw new AttacheError({ code: "input-not-found", input: file });
      const imported = importPetrarch(files.map((f) => readFileSync(f, "utf8")));
      const actors = join(flags.out, "actors");
      mkdirSync(join(actors, "people"), { recursive: true });
      writeRecords(join(actors, "people", "imported.yaml"), imported.people, files);
      writeRecords(join(actors, "organisations.yaml"), imported.organisations, files);
      writeRecords(join(actors, "countries-extra.yaml"), imported.countryNames, files);
      writeRecords(join(actors, "roles.yaml"), imported.roles, files);
      process.stdout.write(
        `${flags.out}: ${imported.people.length} people, ${imported.organisations.length} organisations, ` +
          `${imported.countryNames.length} country names, ${imported.roles.length} role nouns; ${imported.skipped.length} entries skipped\n`,
      );
      for (const reason of imported.skipped.slice(0, 5)) reportProblem(`skipped ${reason}`);
      process.exitCode = EXIT_OK;
    });
}
