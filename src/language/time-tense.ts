import type { Span, Token } from "../document.js";
import type { Lean } from "./time-calendar.js";
import { timeWords } from "./time-words.js";

type Tense = "past" | "present" | "future";

/** The lower-cased word of token `i`, read on demand: only those near an expression are needed. */
type WordAt = (i: number) => string;

// Tense markers further than this many words away belong to another clause.
const MAX_DISTANCE = 20;

/** A verb past in form: "freed", "fled", "said" (not "free", "frees", "freeing"). */
function isPastForm(word: string, lemma: string): boolean {
  if (word === lemma || word.endsWith("ing")) return false;
  return word !== `${lemma}s` && word !== `${lemma}es` && !(lemma.endsWith("y") && word === `${lemma.slice(0, -1)}ies`);
}

/**
 * The tense of the verb group a verb heads: "will be held" is future, "was held", "has freed"
 * and "has been freed" past, "is held" present. A group is the verb with the auxiliaries,
 * particles and adverbs right before it. An infinitive ("to visit") or a participle without an
 * auxiliary ("including", "according") has no tense of its own.
 */
function tenseOfVerb(tokens: readonly Token[], wordAt: WordAt, verb: number): Tense | null {
  const { roles } = timeWords();
  let sawBe = false;
  let sawAux = false;
  for (let i = verb - 1; i >= 0; i--) {
    const { pos, lemma } = tokens[i]!;
    if (pos !== "AUX" && pos !== "PART" && pos !== "ADV") break;
    const role = roles.get(wordAt(i));
    if (role === "future" || role === "following") return "future";
    if (role === "past") return "past";
    if (pos === "PART" && wordAt(i) === "to") return null;
    if (pos === "AUX") sawAux = true;
    if (pos === "AUX" && lemma === "have") return "past";
    if (pos === "AUX" && lemma === "be") sawBe = true;
  }
  if (wordAt(verb).endsWith("ing") && !sawAux) return null;
  if (!isPastForm(wordAt(verb), tokens[verb]!.lemma)) return "present";
  return sawBe ? "present" : "past";
}

/** The tense a token marks, if it marks one. */
function tenseAt(tokens: readonly Token[], wordAt: WordAt, i: number): Tense | null {
  const role = timeWords().roles.get(wordAt(i));
  if (role === "future" || role === "following") return "future";
  if (role === "past") return "past";
  const { pos } = tokens[i]!;
  if (pos === "VERB") return tenseOfVerb(tokens, wordAt, i);
  // A main-verb "is", "has": past forms of auxiliaries are in the data ("was", "had").
  if (pos === "AUX" && tokens[i + 1]?.pos !== "VERB" && tokens[i + 1]?.pos !== "AUX") return "present";
  return null;
}

/**
 * Which way an incomplete date in `span` leans, from the tense nearest to it in its sentence
 * (`tokens`): past tense (and no tense at all, the usual case in headlines) leans to the past,
 * future to the future, and the present to whichever is nearest.
 */
export function leanAt(tokens: readonly Token[], text: string, span: Span): Lean {
  const wordAt: WordAt = (i) => text.slice(tokens[i]!.start, tokens[i]!.end).toLowerCase();
  // The last token before the span and the first after it, by binary search.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const before = lo - 1;
  let after = lo;
  while (after < tokens.length && tokens[after]!.start < span.end) after++;
  for (let d = 0; d < MAX_DISTANCE && (before - d >= 0 || after + d < tokens.length); d++) {
    for (const i of [before - d, after + d]) {
      if (i < 0 || i >= tokens.length) continue;
      const tense = tenseAt(tokens, wordAt, i);
      if (tense) return tense === "present" ? "nearest" : tense;
    }
  }
  return "past";
}
