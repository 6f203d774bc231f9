import { join } from "node:path";
import { z } from "zod";
import type { Comparator } from "../document.js";
import { DATA_DIR, readDataFile } from "../knowledge/read-data.js";

const comparatorSchema = z.object({
  phrase: z.string().min(1),
  comparator: z.enum(["exactly", "more-than", "less-than", "about", "at-least", "at-most"]),
});

/** A comparator phrase found before a number. */
interface ComparatorMatch {
  readonly comparator: Comparator;
  /** Index of the phrase's first word. */
  readonly start: number;
}

let phrases: readonly { readonly words: readonly string[]; readonly comparator: Comparator }[] | undefined;
/** The phrases of data/language/comparators.yaml, longest first, read once per process. */
function comparatorPhrases(): typeof phrases & object {
  phrases ??= readDataFile(join(DATA_DIR, "language", "comparators.yaml"), comparatorSchema)
    .map(({ value }) => ({ words: value.phrase.toLowerCase().split(/\s+/), comparator: value.comparator }))
    .sort((a, b) => b.words.length - a.words.length);
  return phrases;
}

/**
 * The comparator phrase that ends right before `words[at]` ("more than" before "300"), the
 * longest when several do ("well over" rather than "over"); null when none does.
 */
export function comparatorBefore(words: readonly string[], at: number): ComparatorMatch | null {
  for (const phrase of comparatorPhrases()) {
    const start = at - phrase.words.length;
    if (start < 0) continue;
    if (phrase.words.every((w, k) => words[start + k] === w)) return { comparator: phrase.comparator, start };
  }
  return null;
}
