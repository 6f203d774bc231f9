import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Modality } from "../document.js";
import { DATA_DIR, readDataFile } from "../knowledge/read-data.js";

const recordSchema = z
  .object({
    modality: z.enum(["intended", "requested", "negated"]),
    codes: z.record(z.string().regex(/^\d{2,4}$/), z.string().regex(/^\d{3,4}$/)),
  })
  .strict();

/** Deed code → intent / appeal / rejection code, per modality. */
export type IntentCodes = ReadonlyMap<Modality, ReadonlyMap<string, string>>;

/** Loads data/events/intent-codes.yaml, then each user folder's events/intent-codes.yaml. */
export function loadIntentCodes(userDirs: readonly string[] = []): IntentCodes {
  const byModality = new Map<Modality, Map<string, string>>();
  const files = [DATA_DIR, ...userDirs].map((dir) => join(dir, "events", "intent-codes.yaml")).filter((file) => existsSync(file));
  for (const file of files) {
    for (const { value } of readDataFile(file, recordSchema)) {
      const map = byModality.get(value.modality) ?? new Map<string, string>();
      for (const [from, to] of Object.entries(value.codes)) map.set(from, to);
      byModality.set(value.modality, map);
    }
  }
  return byModality;
}

/**
 * The code of an intended, requested or refused deed: "agreed to hold exercises" (062) → 0312.
 * Undefined when the modality or the deed has no such reading.
 */
export function intentCodeOf(codes: IntentCodes, modality: Modality, deed: string): string | undefined {
  const map = codes.get(modality);
  if (!map) return undefined;
  return map.get(deed) ?? map.get(deed.slice(0, 3)) ?? map.get(deed.slice(0, 2));
}
