import { z } from "zod";
import { join } from "node:path";
import { DATA_DIR, readDataFile } from "../knowledge/read-data.js";

const cueSchema = z
  .object({
    kind: z.enum(["preposition", "place-noun", "modifier"]),
    words: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** The words of data/events/place-cues.yaml, lower case, by kind. */
export interface PlaceCues {
  readonly prepositions: ReadonlySet<string>;
  readonly placeNouns: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
}

let cues: PlaceCues | undefined;

/** The place cues, loaded once. */
export function placeCues(): PlaceCues {
  if (cues) return cues;
  const sets = { preposition: new Set<string>(), "place-noun": new Set<string>(), modifier: new Set<string>() };
  for (const { value } of readDataFile(join(DATA_DIR, "events", "place-cues.yaml"), cueSchema)) {
    for (const word of value.words) sets[value.kind].add(word.toLowerCase());
  }
  cues = Object.freeze({ prepositions: sets.preposition, placeNouns: sets["place-noun"], modifiers: sets.modifier });
  return cues;
}
