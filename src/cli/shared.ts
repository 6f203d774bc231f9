import type { PublishedDate } from "../document.js";
import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { AttacheError } from "../errors.js";
import { parseDateValue } from "../ingest/dates.js";

/** Exit statuses: every command uses these three. */
export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

/** Reads `--date` as a publication date, or says why it cannot. */
export function dateFlag(value: string | undefined): PublishedDate | undefined {
  if (value === undefined) return undefined;
  const date = parseDateValue(value, "flag");
  if (!date) throw new AttacheError({ code: "date-invalid", input: `--date ${value}` });
  return date;
}

/** Writes one line to stderr: what went wrong with which input. */
export function reportProblem(line: string): void {
  process.stderr.write(`attache: ${line}\n`);
}

/** Commander parser for `--max-bytes`: a size in bytes, or with a k/M suffix ("10M"). */
export function parseByteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kKmM]?)[bB]?$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError("a size such as 500000, 800k or 10M");
  const scale = m[2] === "" ? 1 : m[2]!.toLowerCase() === "k" ? 1024 : 1024 * 1024;
  return Math.round(Number(m[1]) * scale);
}

/** The options of every command that reads inputs (`code`, `ingest`, `enqueue`): `--date` and `--max-bytes`. */
export function withInputOptions(command: Command): Command {
  return command
    .option("--date <YYYY-MM-DD>", "publication date for inputs that carry none")
    .option("--max-bytes <size>", "largest file, page or JSON line accepted (default 10M)", parseByteSize);
}
