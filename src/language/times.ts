import type { Document, TimeExpression } from "../document.js";
import { isBoilerplate, withLayers } from "../document.js";
import type { Day } from "./time-calendar.js";
import { anchorOf } from "./time-calendar.js";
import { chronoTimes } from "./time-chrono.js";
import { durations } from "./time-durations.js";
import type { FoundTime, SentenceText } from "./time-found.js";
import { wordBefore } from "./time-found.js";
import { timeWords } from "./time-words.js";
import { tokensOfSentence } from "./tokens.js";
import { steppedTimes } from "./time-steps.js";
import { bareYears } from "./time-years.js";

// Two far-apart anchors for an article without a date: an expression whose value is the same
// from both ("July 2021", "in 2020", "three years") does not depend on the anchor and is kept;
// one that changes ("yesterday", "in December", "last week") cannot be dated and is left out.
const PROBE_ANCHORS: readonly Day[] = [
  { year: 2001, month: 3, day: 14 },
  { year: 2013, month: 10, day: 2 },
];

const FOUR_DIGITS = /\b\d{4}\b/;

/**
 * Adds the `times` layer: dates, times of day and durations in every sentence outside
 * boilerplate, resolved against the publication date (`doc.meta.published`) and written as
 * ISO values at their own precision ("2025-09-11", "2021-07", "2025-W37", "P3Y"). Without a
 * publication day, only expressions that do not need one are kept ("July 2021", "three years").
 */
export function findTimes(doc: Document): Document {
  const sentences = doc.layers.sentences ?? [];
  const tokens = doc.layers.tokens ?? [];
  const { published } = doc.meta;
  // "yesterday" needs the day: a date known only to the month or year anchors nothing.
  const anchor = published && (published.precision === "day" || published.precision === "second") ? anchorOf(published.value) : null;
  const times: TimeExpression[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const span = sentences[k]!;
    if (isBoilerplate(doc, span)) continue;
    const sentence: SentenceText = { text: doc.text, span, tokens: tokensOfSentence(tokens, k) };
    for (const found of anchor ? timesIn(sentence, anchor) : anchorFreeTimesIn(sentence)) {
      times.push({ text: doc.text.slice(found.start, found.end), ...found });
    }
  }
  return withLayers(doc, { times });
}

/** The time expressions of one sentence, anchored on `anchor`, without overlaps. */
function timesIn(sentence: SentenceText, anchor: Day): FoundTime[] {
  const { cue, stepCue, unitCue } = timeWords();
  const words = sentence.text.slice(sentence.span.start, sentence.span.end);
  // Each finder runs only on a sentence that may hold what it looks for; chrono-node is slow.
  const found = stepCue.test(words) ? steppedTimes(sentence, anchor) : [];
  if (FOUR_DIGITS.test(words)) found.push(...bareYears(sentence));
  if (unitCue.test(words)) found.push(...durations(sentence));
  if (cue.test(words)) found.push(...chronoTimes(sentence, anchor));
  return joinRanges(sentence, withoutOverlaps(found));
}

function anchorFreeTimesIn(sentence: SentenceText): FoundTime[] {
  const [one, other] = PROBE_ANCHORS.map((anchor) => timesIn(sentence, anchor));
  return one!.filter((a) => other!.some((b) => b.start === a.start && b.end === a.end && b.value === a.value));
}

/** Where expressions overlap, the longest wins ("three years ago" over "three years"). */
function withoutOverlaps(found: FoundTime[]): FoundTime[] {
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: FoundTime[] = [];
  for (const time of found) {
    const previous = kept[kept.length - 1];
    if (previous && time.start < previous.end) {
      if (time.end - time.start > previous.end - previous.start) kept[kept.length - 1] = time;
      continue;
    }
    kept.push(time);
  }
  return kept;
}

/** "from 2019 to 2021", "between March and May": two dates joined into one range. */
function joinRanges(sentence: SentenceText, found: FoundTime[]): FoundTime[] {
  const { text, span } = sentence;
  const { roles } = timeWords();
  const joined: FoundTime[] = [];
  for (let i = 0; i < found.length; i++) {
    const from = found[i]!;
    const to = found[i + 1];
    if (to && from.type === "DATE" && to.type === "DATE" && !from.range?.to) {
      const between = roles.get(text.slice(from.end, to.start).trim().toLowerCase());
      const opens = roles.get(wordBefore(text, span.start, from.start).word) === "since";
      if (opens && (between === "connector" || between === "until")) {
        joined.push({ ...from, end: to.end, range: { from: from.value, to: to.value } });
        i++;
        continue;
      }
    }
    joined.push(from);
  }
  return joined;
}
