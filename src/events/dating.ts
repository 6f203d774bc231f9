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
