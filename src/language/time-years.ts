import { comparatorBefore } from "./number-comparators.js";
import { percentWordsAt } from "./number-words.js";
import type { FoundTime, SentenceText } from "./time-found.js";
import { timeWords } from "./time-words.js";

// Years news speak of; outside these a four-digit number is a count or a name ("Resolution 2231").
const FIRST_YEAR = 1800;
const LAST_YEAR = 2099;

/**
 * Bare years chrono-node leaves out: "in 2020", "the 2020 election". A four-digit number is a
 * count instead after a comparator or currency ("over 2000", "$2000"), before a percent sign,
 * or before a plural noun ("1500 soldiers"), unless a preposition says it is a year ("in 2000").
 */
export function bareYears(sentence: SentenceText): FoundTime[] {
  const { text, tokens } = sentence;
  const { roles } = timeWords();
  const found: FoundTime[] = [];
  let words: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.end - token.start !== 4) continue;
    const word = text.slice(token.start, token.end);
    if (!/^\d{4}$/.test(word)) continue;
    const year = Number(word);
    if (year < FIRST_YEAR || year > LAST_YEAR) continue;
    words ??= tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    if (comparatorBefore(words, i) || previous?.pos === "SYM") continue;
    if (percentWordsAt(words, i + 1) > 0) continue;
    const afterPreposition = previous !== undefined && (previous.pos === "ADP" || previous.pos === "SCONJ" || roles.has(words[i - 1]!));
    const beforeCount = next?.pos === "NOUN" && (words[i + 1] !== next.lemma || roles.get(words[i + 1]!) === "counted");
    if (beforeCount && !afterPreposition) continue;
    found.push({ start: token.start, end: token.end, value: word, type: "DATE", precision: "year" });
  }
  return found;
}
