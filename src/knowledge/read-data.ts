import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { AttacheError } from "../errors.js";
import { cachedJson, hashOf } from "./json-cache.js";

/** The data/ folder shipped with Attache. */
export const DATA_DIR = fileURLToPath(new URL("../../../data/", import.meta.url));

/** One record of a data file, with where it came from, for error messages and `explain`. */
export interface DataRecord<T> {
  readonly value: T;
  readonly file: string;
  readonly line: number;
}

function listDataFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const files: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) files.push(...listDataFiles(path));
    else if (/\.(ya?ml|json)$/i.test(name)) files.push(path);
  }
  return files;
}

/** The top-level items of a data file with the line each starts on, as JSON values. */
interface ParsedFile {
  readonly items: readonly { readonly line: number; readonly value: unknown }[];
}

// Loaded on first need: a process whose data files are all cached never parses YAML.
let yaml: typeof import("yaml") | undefined;

/** Parses a data file (YAML, of which JSON is a part); throws with the line of a syntax error. */
function parseDataText(text: string, shown: string): ParsedFile {
  yaml ??= createRequire(import.meta.url)("yaml") as typeof import("yaml");
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line;
    throw new AttacheError({ code: "data-invalid", input: `${shown}:${line}`, detail: firstError.message.split("\n")[0] ?? "syntax error" });
  }
  if (doc.contents === null) return { items: [] };
  if (!yaml.isSeq(doc.contents)) {
    throw new AttacheError({ code: "data-invalid", input: `${shown}:1`, detail: "a data file is a list of records" });
  }
  return {
    items: doc.contents.items.map((item) => ({
      line: lineCounter.linePos((item as { range?: [number, number, number] }).range?.[0] ?? 0).line,
      value: (item as { toJSON(): unknown }).toJSON(),
    })),
  };
}

/**
 * Reads one data file: a YAML sequence or JSON array of records, each checked against
 * `schema`. A bad record throws an error that names the file and line. Parsing YAML is slow
 * (a second for the actor files), so a file's parsed items are cached by its content's hash
 * (`json-cache.ts`); every record is still checked on every read.
 */
export function readDataFile<S extends z.ZodType>(path: string, schema: S): DataRecord<z.infer<S>>[] {
  const shown = relative(process.cwd(), path) || path;
  const text = readFileSync(path, "utf8");
  const parsed = cachedJson(`data-file:${hashOf(text)}`, () => parseDataText(text, shown));
  const records: DataRecord<z.infer<S>>[] = [];
  for (const { line, value } of parsed.items) {
    const checked = schema.safeParse(value);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
      throw new AttacheError({ code: "data-invalid", input: `${shown}:${line}`, detail: `${where}${issue?.message ?? "invalid record"}` });
    }
    records.push({ value: checked.data, file: shown, line });
  }
  return records;
}

/**
 * Reads every file under `data/<subfolder>` and then under `<userDir>/<subfolder>` for each
 * user folder, in that order. A later record with the same key replaces an earlier one, so a
 * user file can override a shipped entry; the result is frozen.
 *
 * @example readLayeredData("actors/people", personSchema, ["./my-dict"], (p) => p.id)
 */
export function readLayeredData<S extends z.ZodType>(
  subfolder: string,
  schema: S,
  userDirs: readonly string[],
  keyOf: (value: z.infer<S>) => string,
): readonly DataRecord<z.infer<S>>[] {
  const byKey = new Map<string, DataRecord<z.infer<S>>>();
  for (const root of [DATA_DIR, ...userDirs]) {
    for (const file of listDataFiles(join(root, subfolder))) {
      for (const record of readDataFile(file, schema)) byKey.set(keyOf(record.value), Object.freeze(record));
    }
  }
  return Object.freeze([...byKey.values()]);
}
