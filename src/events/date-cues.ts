import { z } from "zod";
import { join } from "node:path";
import type { DatePrecision, TimeExpression } from "../document.js";
import { DATA_DIR, readDataFile } from "../knowledge/read-data.js";
import type { SentenceView } from "./sentence-view.js";

const ISO_LENGTH = /^P(?:\d+(?:\.\d+)?[YMWD]|T\d+(?:\.\d+)?[HMS])$/;

const cueSchema = z
  .object({
    words: z.array(z.string().min(1)).min(1),
    relation: z.enum(["after", "before"]),
    offset: z.string().regex(ISO_LENGTH, "an ISO 8601 length such as P1D").optional(),
    precision: z.enum(["day", "week", "month", "year"]).optional(),
  })
  .strict();

/** One phrase of data/events/date-cues.yaml. */
export interface DateCuePhrase {
  readonly words: readonly string[];
  readonly relation: "after" | "before";
  /** A fixed length; absent when the length is the duration said before the phrase. */
  readonly offset?: string;
  readonly precision?: DatePrecision;
}

let phrases: readonly DateCuePhrase[] | undefined;

/** The cue phrases, longest first (so "the day after" wins over "after"), loaded once. */
export function dateCuePhrases(): readonly DateCuePhrase[] {
  if (phrases) return phrases;
  const loaded: DateCuePhrase[] = [];
  for (const { value } of readDataFile(join(DATA_DIR, "events", "date-cues.yaml"), cueSchema)) {
    for (const phrase of value.words) {
      const cue: DateCuePhrase = { words: phrase.toLowerCase().split(/\s+/), relation: value.relation };
      loaded.push({ ...cue, ...(value.offset ? { offset: value.offset } : {}), ...(value.precision ? { precision: value.precision } : {}) });
    }
  }
  loaded.sort((a, b) => b.words.length - a.words.length);
  phrases = Object.freeze(loaded);
  return phrases;
}

let byFirstWord: ReadonlyMap<string, readonly DateCuePhrase[]> | undefined;

/** The cue phrases by their first word, longest first within each: a sentence tries only those its words open. */
function phrasesByFirstWord(): ReadonlyMap<string, readonly DateCuePhrase[]> {
  if (byFirstWord) return byFirstWord;
  const index = new Map<string, DateCuePhrase[]>();
  for (const phrase of dateCuePhrases()) {
    const first = phrase.words[0]!;
    index.set(first, [...(index.get(first) ?? []), phrase]);
  }
  byFirstWord = index;
  return index;
}

/** A relative cue found in a sentence: "a day after <anchor>". Offsets are into the document text. */
export interface RelativeCue {
  readonly relation: "after" | "before";
  /** The ISO length between the two clauses ("P1D"). */
  readonly offset: string;
  readonly precision?: DatePrecision;
  /** Where the cue starts (with its duration: "a day after") and ends. */
  readonly start: number;
  readonly end: number;
  /** The anchor: the words after the cue up to the next comma, semicolon or colon. */
  readonly anchorEnd: number;
}

const ANCHOR_ENDS = new Set([",", ";", ":", "—", "–"]);

function matchesAt(view: SentenceView, i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (view.words[i + k] !== words[k]) return false;
  return true;
}

/** The relative cues of one sentence, in order; `times` are the document's time expressions. */
export function findRelativeCues(view: SentenceView, times: readonly TimeExpression[], text: string): RelativeCue[] {
  const { tokens } = view;
  const cues: RelativeCue[] = [];
  const durations = times.filter((t) => t.type === "DURATION" && ISO_LENGTH.test(t.value));
  const index = phrasesByFirstWord();
  for (let i = 0; i < tokens.length; i++) {
    const candidates = index.get(view.words[i]!);
    if (!candidates) continue;
    const token = tokens[i]!;
    // "two days after": "days after" is not the vague phrase when a count comes before it.
    // A count the times layer did not read ("two weeks before" without its duration) is no vague phrase either.
    const inDuration = durations.some((d) => d.start <= token.start && token.start < d.end) || view.pos[i - 1] === "NUM";
    for (const phrase of candidates) {
      if (!matchesAt(view, i, phrase.words)) continue;
      let start = token.start;
      let offset = phrase.offset;
      if (offset === undefined) {
        const length = durations.find((d) => d.end <= token.start && text.slice(d.end, token.start).trim() === "");
        if (!length) continue;
        start = length.start;
        offset = length.value;
      } else if (inDuration) continue;
      const last = i + phrase.words.length - 1;
      let k = last + 1;
      while (k < tokens.length && !ANCHOR_ENDS.has(view.words[k]!)) k++;
      if (k === last + 1) continue;
      cues.push({ relation: phrase.relation, offset, ...(phrase.precision ? { precision: phrase.precision } : {}), start, end: tokens[last]!.end, anchorEnd: tokens[k - 1]!.end });
      i = last;
      break;
    }
  }
  return cues;
}
