import type { DataRecord } from "../knowledge/read-data.js";
import type { PatternRecord, PatternWord } from "./pattern-schema.js";
import { parsePatternText } from "./pattern-schema.js";

/** A pattern ready to match: its words, the code it says, and the rule id `code@file:line:v2` (the record's third verb pattern). */
export interface CompiledPattern {
  readonly code: string;
  readonly kind: "verb" | "noun";
  /** An exception of the record (`except:`): where it is the best match, no event is coded. */
  readonly blocker: boolean;
  readonly words: readonly PatternWord[];
  readonly text: string;
  readonly rule: string;
  readonly hasTarget: boolean;
  /** The alternatives of every required word after the first: a sentence lacking any of them cannot match. */
  readonly required: readonly (readonly string[])[];
}

/** Patterns indexed by every alternative of their first word, longest first. */
export type PatternIndex = ReadonlyMap<string, readonly CompiledPattern[]>;

/** Compiles pattern records once, at load, into an index keyed by the first word. */
export function compilePatterns(records: readonly DataRecord<PatternRecord>[]): PatternIndex {
  const index = new Map<string, CompiledPattern[]>();
  const add = (record: DataRecord<PatternRecord>, kind: "verb" | "noun", text: string, n: number, blocker = false): void => {
    const words = parsePatternText(text);
    // The schema has checked every pattern; a string here would be a loader bug.
    if (typeof words === "string") throw new Error(`${record.file}:${record.line}: ${words}`);
    const first = words[0];
    if (!first || first.kind !== "words") return;
    const compiled: CompiledPattern = Object.freeze({
      code: record.value.code,
      kind,
      blocker,
      words,
      text,
      rule: `${record.value.code}@${record.file}:${record.line}:${blocker ? "x" : kind === "verb" ? "v" : "n"}${n}`,
      hasTarget: words.some((w) => w.kind === "target"),
      required: words.slice(1).flatMap((w) => (w.kind === "words" && !w.optional ? [w.alternatives] : [])),
    });
    for (const key of first.alternatives) {
      const list = index.get(key) ?? [];
      list.push(compiled);
      index.set(key, list);
    }
  };
  for (const record of records) {
    (record.value.verbs ?? []).forEach((text, n) => add(record, "verb", text, n));
    (record.value.nouns ?? []).forEach((text, n) => add(record, "noun", text, n));
    // An exception may start at a verb ("meet * target") or a noun ("press release").
    (record.value.except ?? []).forEach((text, n) => {
      add(record, "verb", text, n, true);
      add(record, "noun", text, n, true);
    });
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}
