import { readNumber } from "./number-words.js";
import type { FoundTime, SentenceText } from "./time-found.js";
import type { TimeUnit } from "./time-words.js";
import { timeWords, unitOf } from "./time-words.js";

/** "P3Y", "P1.5M", "PT6H": the ISO 8601 duration of `count` units. */
function isoDuration(count: number, unit: TimeUnit): string {
  const amount = Math.round(count * unit.multiplier * 1000) / 1000;
  return `P${unit.time ? "T" : ""}${amount}${unit.designator}`;
}

/**
 * Lengths of time: "three years", "10 days", "a three-year sentence", and "a day" in "a day
 * after" (counted from another event, so its date is the event coder's to find). A length
 * followed by "ago" is a date, which chrono-node reads.
 */
export function durations(sentence: SentenceText): FoundTime[] {
  const { text, tokens } = sentence;
  const { roles } = timeWords();
  const words = tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
  const found: FoundTime[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = words[i]!;
    let count: number | null = null;
    let at = i + 1;
    if ((word === "a" || word === "an") && unitOf(words[i + 1] ?? "")) {
      // "a year" is a length only as one: "a day after", "for a year" (not "$5bn a year").
      const after = roles.get(words[i + 2] ?? "");
      const before = roles.get(words[i - 1] ?? "");
      if (after === "relative" || before === "preposition") count = 1;
    } else {
      const reading = readNumber(words, i);
      if (reading && !reading.vague) {
        count = reading.value;
        at = reading.end;
      }
    }
    if (count === null) continue;
    if (words[at] === "-") at++;
    const unit = unitOf(words[at] ?? "");
    if (!unit || words[at + 1] === "ago") continue;
    found.push({ start: tokens[i]!.start, end: tokens[at]!.end, value: isoDuration(count, unit), type: "DURATION", precision: "unknown" });
    i = at;
  }
  return found;
}
