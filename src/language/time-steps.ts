import type { Day } from "./time-calendar.js";
import { addDays, addMonths, isoDay, isoMonth, isoWeek, isoYear } from "./time-calendar.js";
import type { FoundTime, SentenceText, TimeValue } from "./time-found.js";
import { timeWords, unitOf } from "./time-words.js";

/**
 * Days and units counted from the publication date, read without chrono-node because they are
 * frequent and simple: "yesterday", "today", "last week", "this year", "next month". After
 * "the" a unit is a length or counted from another event ("the past year", "the next day").
 */
export function steppedTimes(sentence: SentenceText, anchor: Day): FoundTime[] {
  const { text, tokens } = sentence;
  const { dayOffsets, roles } = timeWords();
  const found: FoundTime[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = text.slice(token.start, token.end).toLowerCase();
    const offset = dayOffsets.get(word);
    // "BBC Radio 4's Today programme": capitalised inside a sentence, it is a name.
    if (offset !== undefined && (i === 0 || !/^\p{Lu}/u.test(text[token.start]!))) {
      found.push({ start: token.start, end: token.end, value: isoDay(addDays(anchor, offset)), type: "DATE", precision: "day" });
      continue;
    }
    const role = roles.get(word);
    if (role !== "previous" && role !== "current" && role !== "following") continue;
    const next = tokens[i + 1];
    const before = tokens[i - 1];
    if (!next || (before && text.slice(before.start, before.end).toLowerCase() === "the")) continue;
    const value = steppedUnit([word, text.slice(next.start, next.end).toLowerCase()], anchor);
    if (value) found.push({ start: token.start, end: next.end, ...value });
  }
  return found;
}

/** "last week", "this month", "next year", "this weekend": a step from the anchor, at the unit's precision. */
export function steppedUnit(lower: readonly string[], anchor: Day): TimeValue | null {
  if (lower.length !== 2) return null;
  const role = timeWords().roles.get(lower[0]!);
  const step = role === "previous" ? -1 : role === "following" ? 1 : role === "current" ? 0 : null;
  if (step === null) return null;
  const unit = lower[1]!;
  if (unit === "weekend") return { value: `${isoWeek(addDays(anchor, 7 * step))}-WE`, type: "DATE", precision: "week" };
  const designator = unitOf(unit)?.designator;
  if (designator === "W" && !unitOf(unit)?.time) return { value: isoWeek(addDays(anchor, 7 * step)), type: "DATE", precision: "week" };
  if (designator === "M" && !unitOf(unit)?.time) {
    const { year, month } = addMonths(anchor, step);
    return { value: isoMonth(year, month), type: "DATE", precision: "month" };
  }
  if (designator === "Y" && unitOf(unit)?.multiplier === 1) return { value: isoYear(anchor.year + step), type: "DATE", precision: "year" };
  return null;
}

