import { join } from "node:path";
import { z } from "zod";
import { DATA_DIR, readDataFile } from "../knowledge/read-data.js";

const timeWordSchema = z.object({
  word: z.string().min(1),
  /** For role `day`: days after the publication date. */
  offset: z.number().int().optional(),
  role: z.enum(["cue", "day", "month", "weekday", "future", "past", "previous", "current", "following", "preposition", "since", "until", "connector", "phase", "edge", "relative", "counted"]),
});
const timeUnitSchema = z.object({
  word: z.string().min(1),
  designator: z.enum(["Y", "M", "W", "D", "H", "S"]),
  multiplier: z.number().positive().optional(),
  time: z.boolean().optional(),
});

type TimeWordRole = z.infer<typeof timeWordSchema>["role"];

/** A unit of time and how it is written in an ISO 8601 duration. */
export interface TimeUnit {
  readonly designator: "Y" | "M" | "W" | "D" | "H" | "S";
  readonly multiplier: number;
  /** Hours, minutes and seconds come after "T" in a duration. */
  readonly time: boolean;
}

/** What the time finder knows of words, from data/language/time-words.yaml and time-units.yaml. */
export interface TimeWords {
  /** Matches a sentence worth handing to chrono-node. */
  readonly cue: RegExp;
  /**
   * Matches a sentence that may hold a day or a step counted from the publication date
   * ("yesterday", "last week"): one holding a day word or a previous/current/following word
   * anywhere, even inside another word; a sentence it does not match holds none.
   */
  readonly stepCue: RegExp;
  /** Lower-cased word → its role (plain cue words aside). */
  readonly roles: ReadonlyMap<string, TimeWordRole>;
  /** Days counted from the publication date: "yesterday" → -1. */
  readonly dayOffsets: ReadonlyMap<string, number>;
  /** Matches a sentence that names a unit of time: only such a sentence can hold a duration. */
  readonly unitCue: RegExp;
  /** Singular lower-cased unit name → unit ("year", "decade"). */
  readonly units: ReadonlyMap<string, TimeUnit>;
}

// Besides words, chrono reads numeric dates ("12/09/2025", "2025-09-11") and clock times
// ("9:30", "9 a.m."); these shapes are cues too. A date's two separators are the same: prices
// in fractions ("101-3/8", "9-1/4 pct") are no cue, and chrono's readings of them were dropped.
const NUMERIC_CUES = String.raw`\d{1,4}(?<separator>[/.-])\d{1,2}\k<separator>\d{1,4}|\d{1,2}:\d{2}|\d\s?[ap]\.?m\b`;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

let words: TimeWords | undefined;
/** The time words, read once per process; the cue pattern is compiled here, once. */
export function timeWords(): TimeWords {
  if (words) return words;
  const roles = new Map<string, TimeWordRole>();
  const cues: string[] = [];
  const dayOffsets = new Map<string, number>();
  for (const { value } of readDataFile(join(DATA_DIR, "language", "time-words.yaml"), timeWordSchema)) {
    if (value.role !== "cue") roles.set(value.word.toLowerCase(), value.role);
    if (value.role === "day") dayOffsets.set(value.word.toLowerCase(), value.offset ?? 0);
    if (value.role !== "cue" && value.role !== "month" && value.role !== "weekday") continue;
    // A capitalised cue matches only capitalised ("May", not the verb); others either way.
    if (/^[A-Z]/.test(value.word)) cues.push(escape(value.word));
    else cues.push(`[${value.word[0]!.toUpperCase()}${value.word[0]}]${escape(value.word.slice(1))}`);
  }
  const stepWords = [...dayOffsets.keys(), ...[...roles].filter(([, role]) => role === "previous" || role === "current" || role === "following").map(([word]) => word)].map(escape);
  // Case-insensitive with Unicode folding: any token whose lower case is one of the words matches.
  const stepCue = stepWords.length > 0 ? new RegExp(stepWords.join("|"), "iu") : /(?!)/;
  const units = new Map<string, TimeUnit>();
  for (const { value } of readDataFile(join(DATA_DIR, "language", "time-units.yaml"), timeUnitSchema)) {
    units.set(value.word.toLowerCase(), { designator: value.designator, multiplier: value.multiplier ?? 1, time: value.time ?? false });
  }
  const cue = new RegExp(String.raw`\b(?:${cues.join("|")})s?\b|${NUMERIC_CUES}`);
  const unitNames = [...units.keys()].map((u) => (u.endsWith("y") ? `${escape(u.slice(0, -1))}(?:ys?|ies)` : `${escape(u)}s?`));
  const unitCue = new RegExp(String.raw`\b(?:${unitNames.join("|")})\b`, "i");
  words = Object.freeze({ cue, stepCue, unitCue, roles, dayOffsets, units });
  return words;
}

/** The unit a word names, singular or plural ("years" → year), or undefined. */
export function unitOf(word: string): TimeUnit | undefined {
  const { units } = timeWords();
  const lower = word.toLowerCase();
  return units.get(lower) ?? units.get(lower.replace(/(?:ies|s)$/, (m) => (m === "ies" ? "y" : "")));
}
