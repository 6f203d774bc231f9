import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Modality } from "../document.js";
import { DATA_DIR, readDataFile } from "../knowledge/read-data.js";

const recordSchema = z
  .object({
    modality: z.enum(["intended", "requested", "negated", "hypothetical"]),
    /** Only when the cue is one of these words ("demand", "must"): a demand is 10 where an appeal is 02. */
    governors: z.array(z.string().min(1)).optional(),
    codes: z.record(z.string().regex(/^\d{2,4}$/), z.string().regex(/^\d{3,4}$/)),
  })
  .strict();

/** Deed code → intent / appeal / rejection code, per modality (key `requested`) and per modality and cue word (`requested:demand`). */
export type IntentCodes = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** Loads data/events/intent-codes.yaml, then each user folder's events/intent-codes.yaml. */
export function loadIntentCodes(userDirs: readonly string[] = []): IntentCodes {
  const byModality = new Map<string, Map<string, string>>();
  const files = [DATA_DIR, ...userDirs].map((dir) => join(dir, "events", "intent-codes.yaml")).filter((file) => existsSync(file));
  for (const file of files) {
    for (const { value } of readDataFile(file, recordSchema)) {
      for (const key of value.governors ? value.governors.map((g) => `${value.modality}:${g.toLowerCase()}`) : [value.modality]) {
        const map = byModality.get(key) ?? new Map<string, string>();
        for (const [from, to] of Object.entries(value.codes)) map.set(from, to);
        byModality.set(key, map);
      }
    }
  }
  return byModality;
}

/**
 * The code of an intended, requested or refused deed: "agreed to hold exercises" (062) → 0312.
 * Undefined when the modality or the deed has no such reading.
 */
export function intentCodeOf(codes: IntentCodes, modality: Modality, deed: string, cue?: string): string | undefined {
  for (const key of cue ? [`${modality}:${cue}`, modality] : [modality]) {
    const map = codes.get(key);
    const code = map?.get(deed) ?? map?.get(deed.slice(0, 3)) ?? map?.get(deed.slice(0, 2));
    if (code) return code;
  }
  return undefined;
}
