import type { DataRecord } from "../knowledge/read-data.js";
import { readLayeredData } from "../knowledge/read-data.js";
import type { PatternRecord } from "./pattern-schema.js";
import { patternRecordSchema } from "./pattern-schema.js";

/** Every pattern record under data/events/patterns and the user folders' events/patterns. */
export function loadPatterns(userDirs: readonly string[] = []): readonly DataRecord<PatternRecord>[] {
  return readLayeredData("events/patterns", patternRecordSchema, userDirs, (r) =>
    [r.code, ...(r.verbs ?? []).map((v) => `v:${v}`), ...(r.nouns ?? []).map((n) => `n:${n}`), ...(r.except ?? []).map((x) => `x:${x}`)].join("\u0000"),
  );
}
