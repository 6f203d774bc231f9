import { join } from "node:path";
import { z } from "zod";
import { DATA_DIR, readDataFile } from "../knowledge/read-data.js";

const numberWordSchema = z.object({
  word: z.string().min(1),
  value: z.number().positive(),
  kind: z.enum(["cardinal", "scale", "fraction", "vague", "percent"]),
  suffix: z.array(z.string().min(1)).optional(),
});
type NumberWord = z.infer<typeof numberWordSchema>;

interface NumberLexicon {
  readonly words: ReadonlyMap<string, NumberWord>;
  /** Short scale forms glued to digits: "m" → 1e6, "bn" → 1e9. */
  readonly suffixes: ReadonlyMap<string, number>;
  readonly digitsWithSuffix: RegExp;
}

let lexicon: NumberLexicon | undefined;
/** The number words of data/language/numbers.yaml, read once per process. */
function numberLexicon(): NumberLexicon {
  if (lexicon) return lexicon;
  const words = new Map<string, NumberWord>();
  const suffixes = new Map<string, number>();
  for (const { value } of readDataFile(join(DATA_DIR, "language", "numbers.yaml"), numberWordSchema)) {
    words.set(value.word.toLowerCase(), value);
    for (const s of value.suffix ?? []) suffixes.set(s.toLowerCase(), value.value);
  }
  const alternatives = [...suffixes.keys()].sort((a, b) => b.length - a.length).join("|");
  const digitsWithSuffix = new RegExp(`^(\\d+(?:\\.\\d+)?)(${alternatives})$`, "i");
  lexicon = Object.freeze({ words, suffixes, digitsWithSuffix });
  return lexicon;
}

// "52", "1,000", "1.5", "12,500.75"; not "9:30", "2-1", "1990s" or "F-16".
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** The value of a number written in digits ("1,000" → 1000, "1.5m" → 1500000), or null. */
function digitsValue(word: string): number | null {
  if (DIGITS.test(word)) return Number(word.replaceAll(",", ""));
  const glued = numberLexicon().digitsWithSuffix.exec(word);
  if (!glued) return null;
  return Number(glued[1]) * (numberLexicon().suffixes.get(glued[2]!.toLowerCase()) ?? 1);
}

/**
 * How many words after a number say it is a percentage ("%", "pct", "per cent"), 0 when none do.
 */
export function percentWordsAt(words: readonly string[], at: number): number {
  const { words: lexicon } = numberLexicon();
  const word = (words[at] ?? "").replace(/\.$/, "");
  if (lexicon.get(word)?.kind === "percent") return 1;
  return lexicon.get(`${word} ${words[at + 1] ?? ""}`)?.kind === "percent" ? 2 : 0;
}

/** The value of a short scale written after digits ("m" → 1e6, "bn" → 1e9), or undefined. */
export function scaleSuffix(word: string): number | undefined {
  return numberLexicon().suffixes.get(word);
}

/** A number read from a run of words. */
export interface NumberReading {
  readonly value: number;
  /** Index just past the last word read. */
  readonly end: number;
  /** A plural round number ("dozens", "tens of thousands"): `value` is its lower bound. */
  readonly vague: boolean;
}

const ARTICLES = new Set(["a", "an"]);

/**
 * Reads the number that starts at `words[from]` (lower-cased words, one per token): digits
 * with an optional scale ("1.5 million"), number words ("three hundred and twenty"), "a"/"an"
 * before a scale or fraction ("a dozen", "a third"), fractions after a cardinal ("two thirds"),
 * and vague plurals ("dozens", "tens of thousands"). Null when no number starts there.
 *
 * @example readNumber(["two", "dozen", "soldiers"], 0) // { value: 24, end: 2, vague: false }
 */
export function readNumber(words: readonly string[], from: number): NumberReading | null {
  const { words: lexicon } = numberLexicon();
  const first = words[from];
  if (first === undefined) return null;
  // Most words are not numbers: turn them away before any parsing.
  const code = first.charCodeAt(0);
  if ((code < 48 || code > 57) && !lexicon.has(first) && !ARTICLES.has(first) && !first.includes("-")) return null;

  const digits = digitsValue(first);
  if (digits !== null) {
    const scale = lexicon.get(words[from + 1] ?? "");
    if (scale?.kind === "scale") return { value: digits * scale.value, end: from + 2, vague: false };
    return { value: digits, end: from + 1, vague: false };
  }

  const firstWord = lexicon.get(first);
  if (firstWord?.kind === "vague") return readVague(words, from, firstWord);

  if (lexicon.get(first.split("-")[0]!)?.kind !== "cardinal" && !ARTICLES.has(first)) return null;
  let total = 0;
  let current = 0;
  let i = from;
  if (ARTICLES.has(first)) {
    const next = lexicon.get(words[from + 1] ?? "");
    if (next?.kind === "fraction") return { value: round3(next.value), end: from + 2, vague: false };
    if (next?.kind !== "scale") return null;
    current = 1;
    i = from + 1;
  }
  let read = false;
  for (; i < words.length; i++) {
    const word = words[i]!;
    // "twenty-two" may come as one token.
    const parts = word.includes("-") ? word.split("-") : [word];
    const entries = parts.map((p) => lexicon.get(p));
    if (entries.some((e) => e === undefined)) {
      // "three hundred and twenty": "and" joins only a scale to a cardinal.
      if (word === "and" && read && lexicon.get(words[i + 1] ?? "")?.kind === "cardinal" && lexicon.get(words[i - 1] ?? "")?.kind === "scale") continue;
      // "twenty-two" and "two-thirds" may come as three tokens.
      if (word === "-" && read && ["cardinal", "fraction"].includes(lexicon.get(words[i + 1] ?? "")?.kind ?? "")) continue;
      break;
    }
    let stop = false;
    for (const entry of entries as NumberWord[]) {
      if (entry.kind === "cardinal") {
        // "twenty two" adds up; "two three-month periods" does not.
        if (current % 100 !== 0 && !(current % 10 === 0 && entry.value < 10)) stop = true;
        else current += entry.value;
      }
      else if (entry.kind === "scale") {
        current = Math.max(current, 1) * entry.value;
        if (entry.value >= 1000) {
          total += current;
          current = 0;
        }
      } else if (entry.kind === "fraction" && current > 0 && total === 0) {
        return { value: round3(current * entry.value), end: i + 1, vague: false };
      } else stop = true;
    }
    if (stop) break;
    read = true;
  }
  if (!read) return null;
  return { value: total + current, end: i, vague: false };
}

/** "dozens", "hundreds", "tens of thousands": the lower bound, two of each unit. */
function readVague(words: readonly string[], from: number, first: NumberWord): NumberReading {
  const second = words[from + 1] === "of" ? numberLexicon().words.get(words[from + 2] ?? "") : undefined;
  if (second?.kind === "vague") return { value: (first.value * second.value) / 2, end: from + 3, vague: true };
  return { value: first.value, end: from + 1, vague: true };
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
