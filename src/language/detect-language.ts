import { createRequire } from "node:module";
import { join } from "node:path";
import { z } from "zod";
import type { Document } from "../document.js";
import { hasFailed, isBoilerplate, withMessage, withMeta } from "../document.js";
import { DATA_DIR, readDataFile } from "../knowledge/read-data.js";

// Fewer words than this and detection is guesswork: keep "und", which is analysed as English.
const MIN_WORDS = 20;
// Words examined: enough to be sure, few enough to stay fast on long articles.
const SAMPLE_WORDS = 300;
// Share of the commonest English words above which a text is English without asking tinyld.
// Running English prose has about a quarter; terse English copy (market reports, briefs full of
// names and figures) 10-20%, where tinyld costs ~1 ms a text and still misreads one in ten
// (Reuters-21578: "und", "de", "fr", "ro", "tl"…); text in other languages, a few percent at
// most (6% on the multilingual and extraction gold sets), so 10% keeps them apart.
const ENGLISH_SHARE = 0.1;
// tinyld's score below which its answer is not trusted.
const MIN_ACCURACY = 0.1;
// Enough text for tinyld to be sure. Its cost is ~1 ms a call whatever the length (100 or 600
// characters alike: per n-gram it builds a set of languages and a log string for each, verbose
// or not), so what saves time is not calling it: the stopword test settles most English articles.
const DETECTOR_CHARS = 600;

// tinyld builds its tables on load (~200 ms): only a text the word count cannot settle needs it.
const require = createRequire(import.meta.url);
let detector: typeof import("tinyld") | undefined;
function loadDetector(): typeof import("tinyld") {
  detector ??= require("tinyld") as typeof import("tinyld");
  return detector;
}

let englishWords: ReadonlySet<string> | undefined;
function loadEnglishWords(): ReadonlySet<string> {
  englishWords ??= new Set(
    readDataFile(join(DATA_DIR, "ingest", "english-function-words.yaml"), z.object({ words: z.array(z.string()) })).flatMap((r) => r.value.words),
  );
  return englishWords;
}

/** The article's words outside boilerplate, up to `SAMPLE_WORDS`, and the lines they came from. */
function sampleOf(doc: Document): { words: string[]; lines: string[] } {
  const words: string[] = [];
  const lines: string[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(doc.text); m && words.length < SAMPLE_WORDS; m = re.exec(doc.text)) {
    if (isBoilerplate(doc, { start: m.index, end: m.index + m[0].length })) continue;
    lines.push(m[0]);
    for (const word of m[0].toLowerCase().match(/\p{L}+/gu) ?? []) if (words.length < SAMPLE_WORDS) words.push(word);
  }
  return { words, lines };
}

/** ISO 639-1 of a text of at least `MIN_WORDS` words, or "und". */
function languageOf(words: readonly string[], lines: readonly string[]): string {
  if (words.length < MIN_WORDS) return "und";
  const english = loadEnglishWords();
  let hits = 0;
  for (const word of words) if (english.has(word)) hits++;
  if (hits / words.length >= ENGLISH_SHARE) return "en";
  const best = loadDetector().detectAll(lines.join("\n").slice(0, DETECTOR_CHARS))[0];
  return best && best.accuracy >= MIN_ACCURACY ? best.lang : "und";
}

/**
 * Sets `meta.language` (ISO 639-1) from the text, unless the input declared it. A text of
 * fewer than 20 words stays "und". A document that is not English gets an info message
 * "not-english": it is stored, but not analysed as English.
 */
export function detectLanguage(doc: Document): Document {
  if (hasFailed(doc)) return doc;
  let current = doc;
  if (doc.meta.language === "und") {
    const { words, lines } = sampleOf(doc);
    const language = languageOf(words, lines);
    if (language !== "und") current = withMeta(doc, { language });
  }
  const language = current.meta.language;
  if (language === "en" || language === "und") return current;
  return withMessage(current, { code: "not-english", severity: "info", reason: `the text is in "${language}"; it is stored but not analysed`, stage: "language" });
}
