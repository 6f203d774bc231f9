import type { Comparator, Document, Quantity, Span, TimeExpression, Token } from "../document.js";
import { isBoilerplate, withLayers } from "../document.js";
import { comparatorBefore } from "./number-comparators.js";
import type { NumberReading } from "./number-words.js";
import { percentWordsAt, readNumber, scaleSuffix } from "./number-words.js";
import { tokensOfSentence } from "./tokens.js";

// Up to four words of modifiers and nouns make a counted noun ("300 jailed opposition activists").
const MAX_UNIT_WORDS = 4;
const UNIT_POS = new Set(["ADJ", "NOUN", "PROPN"]);

/**
 * Adds the `quantities` layer: counts and amounts in sentences outside boilerplate, with the
 * comparator before them ("more than 300") and the noun they count ("political prisoners").
 * Numbers inside time expressions (years, days of the month, durations) are not quantities:
 * run after `findTimes` so that its layer is there to say which they are.
 */
export function findQuantities(doc: Document): Document {
  const sentences = doc.layers.sentences ?? [];
  const tokens = doc.layers.tokens ?? [];
  const times = doc.layers.times ?? [];
  const quantities: Quantity[] = [];
  for (let k = 0; k < sentences.length; k++) {
    if (isBoilerplate(doc, sentences[k]!)) continue;
    quantities.push(...quantitiesIn(doc.text, tokensOfSentence(tokens, k), times));
  }
  return withLayers(doc, { quantities });
}

function quantitiesIn(text: string, tokens: readonly Token[], times: readonly TimeExpression[]): Quantity[] {
  const found: Quantity[] = [];
  const inTime = (token: Token): boolean => isInsideTime(token, times);
  const words = tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    const read = readNumber(words, i);
    if (!read || inTime(tokens[i]!) || !isCount(text, tokens, words, i, read.end)) continue;
    const reading = withGluedScale(tokens, words, read);
    let start = i;
    if (tokens[i - 1]?.pos === "SYM" && words[i - 1] !== "%") start = i - 1;
    const said = comparatorBefore(words, start);
    if (said) start = said.start;
    const comparator: Comparator = said?.comparator ?? (reading.vague ? "at-least" : "exactly");
    const span: Span = { start: tokens[start]!.start, end: tokens[reading.end - 1]!.end };
    const unit = start < i && tokens[i - 1]?.pos === "SYM" ? words[i - 1]! : unitAfter(text, tokens, words, reading.end, inTime);
    found.push({ ...span, text: text.slice(span.start, span.end), value: reading.value, comparator, ...(unit ? { unit } : {}) });
    i = reading.end - 1;
  }
  return found;
}

/** Whether a token overlaps one of the time expressions (sorted and apart, as findTimes leaves them). */
function isInsideTime(token: Token, times: readonly TimeExpression[]): boolean {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]!.end <= token.start) lo = mid + 1;
    else hi = mid;
  }
  const time = times[lo];
  return time !== undefined && time.start < token.end;
}

/** "£28.7m": a scale letter glued to the number multiplies it. */
function withGluedScale(tokens: readonly Token[], words: readonly string[], reading: NumberReading): NumberReading {
  const scale = scaleSuffix(words[reading.end] ?? "");
  const glued = scale !== undefined && tokens[reading.end]!.start === tokens[reading.end - 1]!.end;
  return glued ? { ...reading, value: reading.value * scale, end: reading.end + 1 } : reading;
}

/**
 * Whether the number at `words[i]` counts something, rather than naming ("Resolution 2231",
 * "Flight 17"), telling the time ("9:30", "5 p.m.") or being the pronoun "one" ("no one").
 */
function isCount(text: string, tokens: readonly Token[], words: readonly string[], i: number, end: number): boolean {
  const previous = tokens[i - 1];
  // "three-party politics", "a four-letter word": part of a compound modifier.
  if (words[end] === "-" && tokens[end]!.start === tokens[end - 1]!.end) return false;
  if (words[i] === "one" && end === i + 1 && (previous?.pos === "DET" || words[i + 1] === "another")) return false;
  const named = previous !== undefined && (previous.pos === "PROPN" || previous.pos === "NOUN") && /\p{Lu}/u.test(text[previous.start]!);
  if (named && /^\d+$/.test(words[i]!)) return false;
  return !/^(?:[ap]\.?m\.?|:)$/.test(words[end] ?? "");
}

/**
 * The counted noun after a number: "300 political prisoners" → "political prisoners", "dozens
 * of protesters" → "protesters", "40%" and "40 pct" → "percent". Adjectives and nouns up to the first other
 * word; the run must end on a noun.
 */
function unitAfter(text: string, tokens: readonly Token[], words: readonly string[], from: number, inTime: (t: Token) => boolean): string | undefined {
  let at = from;
  if (percentWordsAt(words, at) > 0) return "percent";
  if (words[at] === "of") {
    at++;
    if (tokens[at]?.pos === "DET" || tokens[at]?.pos === "PRON") at++;
  }
  let last = -1;
  for (let j = at; j < tokens.length && j < at + MAX_UNIT_WORDS; j++) {
    const token = tokens[j]!;
    if (!UNIT_POS.has(token.pos) || inTime(token)) break;
    if (token.pos !== "ADJ") last = j;
  }
  if (last < 0) return undefined;
  // "60p." at the end of a sentence: the full stop is not part of the unit.
  return text.slice(tokens[at]!.start, tokens[last]!.end).replace(/\.$/, "");
}
