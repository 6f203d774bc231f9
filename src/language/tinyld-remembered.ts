import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** One language tinyld finds in a text, with its share of the evidence (0–1). */
export interface LanguageGuess {
  readonly lang: string;
  readonly accuracy: number;
}

/** tinyld's `detectAll`: the languages of a text, likeliest first. */
export type DetectAll = (text: string) => LanguageGuess[];

// The tinyld build whose inner functions are known (see loadDetectAll); another falls back to its plain detectAll.
const KNOWN_VERSION = "1.3.4";
// Words and chunks remembered at most: a long run of tables repeats a few hundred; bounded for memory.
const MEMO_LIMIT = 50_000;

const require = createRequire(import.meta.url);

/** `score` remembered by its first argument (the word or chunk); tinyld calls it with the same tables and options each time. */
function remember<R>(score: (key: string, ...rest: unknown[]) => R): (key: string, ...rest: unknown[]) => R {
  const memo = new Map<string, R>();
  return (key, ...rest) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      value = score(key, ...rest);
      memo.set(key, value);
    }
    return value;
  };
}

/** The inner parts of tinyld 1.3.4 the word scorer is made of (minified names in its build). */
interface TinyldParts {
  /** `R`: a gram without its diacritics. */
  readonly normalize: (gram: string) => string;
  /** `k`: rounded to four decimals. */
  readonly round: (value: number) => number;
  /** `N`: ISO 639-3 → the code tinyld answers with. */
  readonly toISO2: (iso3: string) => string;
  /** `h`: the gram sizes, in order. */
  readonly sizes: readonly number[];
  /** `P`: every language, in tinyld's order (ties keep it). */
  readonly languages: readonly string[];
}

interface Tables {
  readonly multiples: Readonly<Record<string, Readonly<Record<string, number>> | undefined>>;
  readonly uniques: Readonly<Record<string, string>>;
}

/**
 * tinyld's n-grams (`p`) of one size, in order: the text padded with size − 1 spaces each side,
 * every window without two spaces in a row and not all blank. (Its own builds each window
 * character by character, dropping a second space, and keeps only windows of full size: the same.)
 */
function gramsOf(text: string, size: number): string[] {
  const pad = " ".repeat(size - 1);
  const padded = pad + text + pad;
  const grams: string[] = [];
  for (let at = 0; at + size <= padded.length; at++) {
    const gram = padded.slice(at, at + size);
    if (!gram.includes("  ") && /\S/.test(gram)) grams.push(gram);
  }
  return grams;
}

// Bits of a 16-bit hash of a gram's first two characters, one bit per gram size (1–5).
const pairHash = (first: number, second: number): number => (first * 31 + second) & 0xffff;

/**
 * tinyld's chunk test (`o0`): the language of the first gram, by size then position, that only
 * one language has; else "". A chunk has thousands of grams and few open like a unique one: a
 * table of the first two characters of the unique grams skips the others before any string is made.
 */
function uniqueFinder(parts: TinyldParts): (chunk: string, tables: Tables, unique: ReadonlySet<string>) => string {
  const { toISO2, sizes } = parts;
  let opens: Uint8Array | undefined;
  const opensOf = (unique: ReadonlySet<string>): Uint8Array => {
    const table = new Uint8Array(0x10000);
    for (const gram of unique) if (gram.length <= 5) table[pairHash(gram.charCodeAt(0), gram.length > 1 ? gram.charCodeAt(1) : 0)]! |= 1 << (gram.length - 1);
    return table;
  };
  return (chunk, tables, unique) => {
    opens ??= opensOf(unique);
    for (const size of sizes) {
      const bit = size <= 5 ? 1 << (size - 1) : 0;
      const pad = " ".repeat(size - 1);
      const padded = pad + chunk + pad;
      for (let at = 0; at + size <= padded.length; at++) {
        if (bit !== 0 && (opens[pairHash(padded.charCodeAt(at), size > 1 ? padded.charCodeAt(at + 1) : 0)]! & bit) === 0) continue;
        const gram = padded.slice(at, at + size);
        if (!gram.includes("  ") && /\S/.test(gram) && unique.has(gram)) return toISO2(tables.uniques[gram]!);
      }
    }
    return "";
  };
}

interface WordScore {
  readonly lang: string;
  readonly accuracy: number;
  readonly score: number;
}

/**
 * tinyld's word scorer (`t0`) without its per-word garbage: the same sums in the same order
 * (each language's weight per gram, grams by size then position), the same stable sort and
 * rounding, so the same numbers to the last bit.
 */
function wordScorer(parts: TinyldParts): (word: string, tables: Tables) => WordScore[] {
  const { normalize, round, toISO2, sizes, languages } = parts;
  const indexOf = new Map(languages.map((lang, i) => [lang, i]));
  const order = languages.map((_, i) => i);
  return (word, tables) => {
    const scores = new Float64Array(languages.length);
    for (const size of sizes) {
      for (const gram of gramsOf(word, size)) {
        const plain = normalize(gram);
        const weights = tables.multiples[plain];
        if (!weights) continue;
        for (const lang in weights) {
          const i = indexOf.get(lang);
          if (i !== undefined) scores[i] = scores[i]! + (weights[lang]! * plain.length) / 4;
        }
      }
    }
    const ranked = order.slice().sort((a, b) => scores[b]! - scores[a]!);
    const best = Math.max(...scores) || 1;
    return ranked.slice(0, 8).map((i) => ({ lang: toISO2(languages[i]!), accuracy: 1 - round((best - scores[i]!) / best), score: round(scores[i]!) }));
  };
}

/**
 * tinyld's `detectAll` with the same answers, faster on text it has seen words of. tinyld
 * scores a text chunk by chunk and word by word, and each word costs it ~50 µs (it builds a set
 * of its 62 languages and one string per n-gram and language, verbose or not): 1–2 ms a text.
 * Its build 1.3.4 is evaluated here as `require` would, with its word scorer (`t0`) and chunk
 * test (`o0`) replaced by `wordScorer` and `uniqueFinder`, which work the same numbers without
 * the garbage and remember their answers: both are pure functions of the string as
 * `detectAll(text)` calls them (default options), and wire tables and foreign articles repeat
 * their words. Another version is used as it is. test/ingest-language.test.ts checks the
 * answers against tinyld's own.
 */
export function loadDetectAll(): DetectAll {
  const main = require.resolve("tinyld");
  // Its exports do not include package.json: it is found next to the build's folder.
  const version = (JSON.parse(readFileSync(join(dirname(main), "..", "package.json"), "utf8")) as { version?: string }).version;
  if (version === KNOWN_VERSION) {
    const module = { exports: {} as { detectAll?: DetectAll } };
    const load = new Function(
      "module",
      "exports",
      "require",
      "remember",
      "wordScorer",
      "uniqueFinder",
      `${readFileSync(main, "utf8")}\n;const parts = { normalize: R, round: k, toISO2: N, sizes: h, languages: P }; t0 = remember(wordScorer(parts)); o0 = uniqueFinder(parts);`,
    );
    load(module, module.exports, require, remember, wordScorer, uniqueFinder);
    if (typeof module.exports.detectAll === "function") return module.exports.detectAll;
  }
  return (require("tinyld") as typeof import("tinyld")).detectAll;
}
