// The English locale alone: the package's main entry loads fifteen others we never use.
import * as chrono from "chrono-node/en";
import type { ParsedComponents, ParsedResult } from "chrono-node";
import type { Day, Lean } from "./time-calendar.js";
import { dayForWeekday, isoClock, isoDay, isoMonth, isoWeek, isoYear, yearFor } from "./time-calendar.js";
import { steppedUnit } from "./time-steps.js";
import type { FoundTime, SentenceText, TimeValue as Value } from "./time-found.js";
import { wordBefore } from "./time-found.js";
import { leanAt } from "./time-tense.js";
import { timeWords, unitOf } from "./time-words.js";

// chrono-node parts we replace: its filter keeps "May" only after "in" (we accept it after any
// time word, as in "last May"), and its "within"/"later" parsers turn lengths ("for three years",
// "a day after") into dates counted from the publication day; the duration finder reads those.
const REPLACED = new Set(["ENUnlikelyFormatFilter", "ENTimeUnitWithinFormatParser", "ENTimeUnitLaterFormatParser"]);

let newsChrono: chrono.Chrono | undefined;
/** chrono-node's casual English, set up once per process. */
function chronoForNews(): chrono.Chrono {
  if (newsChrono) return newsChrono;
  const parser = chrono.casual.clone();
  parser.parsers = parser.parsers.filter((p) => !REPLACED.has(p.constructor.name));
  parser.refiners = parser.refiners.filter((r) => !REPLACED.has(r.constructor.name));
  newsChrono = parser;
  return parser;
}

// TimeML's parts of the day, for chrono's casual references ("this morning", "Monday night").
const PART_OF_DAY: Readonly<Record<string, string>> = { morning: "TMO", afternoon: "TAF", evening: "TEV", night: "TNI", tonight: "TNI" };

const STEPS = new Set(["previous", "current", "following"]);

/**
 * Time expressions chrono-node finds in one sentence, anchored on `anchor`, with the news
 * corrections: no leading preposition in the span, dates without a year (or weekdays) resolved
 * by the tense around them, relative units at their own precision ("last week" is a week), and
 * expressions counted from another event left to the duration finder.
 */
export function chronoTimes(sentence: SentenceText, anchor: Day): FoundTime[] {
  const { text, span } = sentence;
  const local = text.slice(span.start, span.end);
  const reference = { instant: new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day, 12)), timezone: 0 };
  const found: FoundTime[] = [];
  for (const result of chronoForNews().parse(local, reference)) {
    const time = readResult(sentence, result, anchor);
    if (time) found.push(time);
  }
  return found;
}

function readResult(sentence: SentenceText, result: ParsedResult, anchor: Day): FoundTime | null {
  const { text, span } = sentence;
  const { roles } = timeWords();
  let start = span.start + result.index;
  let end = span.start + result.index + result.text.length;
  // chrono may take the comma after "Friday" or the dash after "December" in.
  while (end > start && /[\s,;:–—-]/.test(text[end - 1]!)) end--;
  if (!isWrittenDate(text.slice(start, end), result)) return null;
  // "on Monday" → "Monday"; "since" and "until" stay outside the span but make it a range.
  for (let m = /^(\S+)\s+/.exec(text.slice(start, end)); m; m = /^(\S+)\s+/.exec(text.slice(start, end))) {
    const role = roles.get(m[1]!.toLowerCase());
    if (role !== "preposition" && role !== "since" && role !== "until") break;
    start += m[0].length;
  }
  // "BBC Radio 4's Today programme", ITV's "This Morning": a capitalised casual word inside a
  // sentence is a name.
  const casual = [...result.tags()].some((t) => t.startsWith("casualReference/"));
  if (casual && start > span.start && /^\p{Lu}/u.test(text[start]!)) return null;
  let before = wordBefore(text, span.start, start);
  if (!isLikelyTime(text.slice(start, end).split(/\s+/), before.word)) return null;
  // chrono leaves "last" out of "last May": take it in, it decides the year.
  if (STEPS.has(roles.get(before.word) ?? "cue")) {
    start = before.start;
    before = wordBefore(text, span.start, start);
  }
  const words = text.slice(start, end).split(/\s+/);
  // "the past year", "the next day": a length, or counted from another event.
  if (before.word === "the" && STEPS.has(roles.get(words[0]!.toLowerCase()) ?? "cue")) return null;

  const lean = (): Lean => leanAt(sentence.tokens, text, { start, end });
  const from = valueOf(result.start, result, words, anchor, lean);
  if (!from) return null;
  const signal = roles.get(before.word);
  if (result.end) {
    const to = valueOf(result.end, result, words, anchor, lean);
    if (to) return { start, end, ...from, range: { from: from.value, to: to.value } };
  }
  if (signal === "since") return { start, end, ...from, range: { from: from.value } };
  if (signal === "until") return { start, end, ...from, range: { to: from.value } };
  return { start, end, ...from };
}

// Dates in digits need all three parts ("12/09/2025", "2025-09-11"): "3/4" and "7-1/4" are
// fractions. A clock time needs a colon or a.m./p.m. ("9:30", "9 a.m."), else "7-1" is a score.
const NUMERIC_DATE = /^\d{1,4}([/.-])\d{1,2}\1\d{2,4}$/;
const CLOCK = /\d:\d\d|\d\s*[ap]\.?m\b|noon|midnight|o'clock/i;

/** Whether chrono's reading of digits is a date or a clock time as news write them. */
function isWrittenDate(words: string, result: ParsedResult): boolean {
  if (result.start.isCertain("hour") && !CLOCK.test(words)) return false;
  if (/\p{L}/u.test(words)) return true;
  return NUMERIC_DATE.test(words) || CLOCK.test(words);
}

/** Drops chrono's misreadings: "march" the verb, "Sun" the newspaper, "May" the name. */
function isLikelyTime(words: readonly string[], before: string): boolean {
  const { roles } = timeWords();
  const first = words[0] ?? "";
  for (const word of words) {
    const role = roles.get(word.toLowerCase().replace(/[.,]$/, ""));
    if (role === "month" && !/^[A-Z]/.test(word)) return false;
  }
  const firstRole = roles.get(first.toLowerCase());
  if (words.length === 1 && first !== "May" && firstRole === undefined && /^[A-Z][a-z]{2}\.?$/.test(first)) return false;
  if (words.length === 1 && first === "May") {
    const role = roles.get(before);
    return role !== undefined && !["cue", "month", "weekday", "counted"].includes(role);
  }
  return true;
}

/** The ISO value of one end of a chrono result, at the precision its words support. */
function valueOf(c: ParsedComponents, result: ParsedResult, words: readonly string[], anchor: Day, lean: () => Lean): Value | null {
  const lower = words.map((w) => w.toLowerCase());
  const stepped = steppedUnit(lower, anchor);
  if (stepped) return stepped;
  // "over the weekend": the weekend the tense points to.
  if (lower.length === 1 && lower[0] === "weekend") return { value: `${isoWeek(dayForWeekday(6, anchor, lean()))}-WE`, type: "DATE", precision: "week" };
  const tags = result.tags();
  if (lower.includes("ago")) return agoValue(c, lower);
  if (tags.has("result/relativeDate")) return null;

  const part = [...tags].map((t) => PART_OF_DAY[t.replace("casualReference/", "")]).find((p) => p !== undefined);
  // "the end of February" names no day, whatever day chrono picks.
  const edge = lower.some((w, k) => timeWords().roles.get(w) === "edge" && lower[k + 1] === "of");
  const day = edge ? null : dayOf(c, lower, anchor, lean);
  if (c.isCertain("hour")) {
    if (!day) return null;
    // A clock time: "second" is the finest precision the Document has.
    return { value: isoClock(day, c.get("hour") ?? 0, c.get("minute") ?? 0), type: "TIME", precision: "second" };
  }
  // "this morning", "tonight": of the publication day unless a day is named. A bare "morning"
  // is any morning ("every morning").
  if (part && lower.length === 1 && lower[0] !== "tonight") return null;
  if (part) return { value: `${isoDay(day ?? anchor)}${part}`, type: "TIME", precision: "day" };
  if (day) return { value: isoDay(day), type: "DATE", precision: "day" };
  if (c.isCertain("month")) {
    const month = c.get("month")!;
    const year = c.isCertain("year") ? c.get("year")! : yearOfMonth(month, lower, anchor, lean);
    return { value: isoMonth(year, month), type: "DATE", precision: "month" };
  }
  if (c.isCertain("year")) return { value: isoYear(c.get("year")!), type: "DATE", precision: "year" };
  return null;
}

/**
 * The year of a month named without one: by the tense, unless "last" or "next" says which
 * ("last September", said in September, is a year ago).
 */
function yearOfMonth(month: number, lower: readonly string[], anchor: Day, lean: () => Lean): number {
  const step = stepLean(lower);
  if (!step) return yearFor(month, null, anchor, lean());
  if (month === anchor.month) return anchor.year + (step === "past" ? -1 : 1);
  return yearFor(month, null, anchor, step);
}

/** "last May" reads as the past whatever the tense; "next May" as the future. */
function stepLean(lower: readonly string[]): Lean | null {
  const role = timeWords().roles.get(lower[0] ?? "");
  return role === "previous" ? "past" : role === "following" ? "future" : null;
}

/** The day an expression names, when it names one: a full date, a weekday, "yesterday". */
function dayOf(c: ParsedComponents, lower: readonly string[], anchor: Day, lean: () => Lean): Day | null {
  if (c.isCertain("day") && c.isCertain("month")) {
    const month = c.get("month")!;
    const day = c.get("day")!;
    const year = c.isCertain("year") ? c.get("year")! : yearFor(month, day, anchor, stepLean(lower) ?? lean());
    return { year, month, day };
  }
  if (c.isCertain("weekday")) {
    const step = stepLean(lower);
    // "last Friday", "next Friday": chrono counts from the anchor itself.
    if (step || timeWords().roles.get(lower[0] ?? "") === "current") return { year: c.get("year")!, month: c.get("month")!, day: c.get("day")! };
    return dayForWeekday(c.get("weekday")!, anchor, lean());
  }
  if (c.isCertain("hour")) return { year: c.get("year")!, month: c.get("month")!, day: c.get("day")! };
  return null;
}

/** "three years ago" → the year; "two weeks ago" → the week; at the unit's precision. */
function agoValue(c: ParsedComponents, lower: readonly string[]): Value | null {
  const unit = unitOf(lower[lower.indexOf("ago") - 1] ?? "");
  if (!unit) return null;
  const day: Day = { year: c.get("year")!, month: c.get("month")!, day: c.get("day")! };
  if (unit.time) return { value: isoClock(day, c.get("hour") ?? 0, c.get("minute") ?? 0), type: "TIME", precision: "second" };
  switch (unit.designator) {
    case "Y":
      return { value: isoYear(day.year), type: "DATE", precision: "year" };
    case "M":
      return { value: isoMonth(day.year, day.month), type: "DATE", precision: "month" };
    case "W":
      return { value: isoWeek(day), type: "DATE", precision: "week" };
    default:
      return { value: isoDay(day), type: "DATE", precision: "day" };
  }
}
