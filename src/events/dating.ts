import type { DatePrecision, Mention, PublishedDate, TimeExpression, Token } from "../document.js";
import type { SentenceView } from "./sentence-view.js";

/** When an event happened, at its own precision. */
export interface EventDate {
  readonly date: string | null;
  readonly precision: DatePrecision;
}

/** Whether a time expression names a point in time an event can be dated by (not "since July", "for three days"). */
function isPointInTime(time: TimeExpression): boolean {
  return time.type === "DATE" && time.range === undefined && /^\d{4}/.test(time.value);
}

/**
 * The event's own date: the nearest point-in-time expression in its sentence, after the predicate
 * first ("freed … including 52 on September 11th"), else before it; else the publication date,
 * marked as such.
 */
export function dateEvent(times: readonly TimeExpression[], sentence: { start: number; end: number }, evidence: readonly [number, number], published: PublishedDate | null): EventDate {
  let after: TimeExpression | undefined;
  let before: TimeExpression | undefined;
  for (const time of times) {
    if (time.end <= sentence.start || time.start >= sentence.end || !isPointInTime(time)) continue;
    if (time.start >= evidence[1]) {
      if (!after || time.start < after.start) after = time;
    } else if (time.end <= evidence[0]) {
      if (!before || time.start > before.start) before = time;
    }
  }
  const chosen = after ?? before;
  if (chosen) return { date: chosen.value, precision: chosen.precision };
  if (published) return { date: published.value, precision: "publication" };
  return { date: null, precision: "unknown" };
}

const COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// "a day after", "two weeks before", "the day after", "on the eve of", right before the predicate with
// no punctuation between: the deed it introduces is dated from the sentence's other deed.
const RELATIVE_CUE = /(?:\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(after|before)|\bthe\s+day\s+(after|before)|\bon\s+the\s+eve\s+of)\s[^,;:.()"“”]*$/i;

/**
 * The offset in days of a deed introduced by a relative cue from the sentence's main deed: "X, a day
 * after Y" puts Y one day before X (-1), "on the eve of Y" one day after (+1); null without a cue.
 */
export function relativeOffset(text: string, sentence: { start: number }, evidence: readonly [number, number]): number | null {
  const cue = RELATIVE_CUE.exec(text.slice(Math.max(sentence.start, evidence[0] - 100), evidence[0]));
  if (!cue) return null;
  if (cue[1] !== undefined) {
    const count = COUNTS[cue[1].toLowerCase()] ?? Number(cue[1]);
    const days = count * (cue[2]!.toLowerCase().startsWith("week") ? 7 : 1);
    return cue[3]!.toLowerCase() === "after" ? -days : days;
  }
  if (cue[4] !== undefined) return cue[4].toLowerCase() === "after" ? -1 : 1;
  return 1;
}

/** A day-precise date moved by a number of days ("2025-09-11" + -1 → "2025-09-10"). */
export function shiftDay(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

const PLACE_TYPES = new Set(["GPE", "LOC"]);

/** Where the event took place: "in Minsk" after the predicate, in the same clause. */
export function locateEvent(view: SentenceView, text: string, afterToken: number, times: readonly TimeExpression[]): string | null {
  const tokens: readonly Token[] = view.tokens;
  for (let i = afterToken + 1; i < view.tokens.length - 1; i++) {
    const word = view.words[i]!;
    if (word === ";" || view.pos[i] === "SCONJ" || view.group[i]! >= 0) return null;
    if (word !== "in" && word !== "at") continue;
    let k = i + 1;
    if (view.pos[k] === "DET") k++;
    const m = view.mentionOf[k] ?? -1;
    if (m >= 0) {
      const mention: Mention = view.mentions[m]!;
      if (PLACE_TYPES.has(mention.type)) return mention.text;
      continue;
    }
    const at = tokens[k];
    if (at && view.pos[k] === "PROPN" && !times.some((t) => t.start <= at.start && at.end <= t.end)) {
      let end = k;
      while (view.pos[end + 1] === "PROPN") end++;
      return text.slice(tokens[k]!.start, tokens[end]!.end);
    }
  }
  return null;
}
