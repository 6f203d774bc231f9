/**
 * The cues of English naming in data/actors/name-cues.yaml ("X River", "Mount X", "X said"),
 * read once per process through the typed loader, as sets of lower-case words by cue.
 */
import { join } from "node:path";
import { z } from "zod";
import { DATA_DIR, readDataFile } from "../knowledge/read-data.js";

const CUES = ["org-last", "org-inside", "org-first", "loc-last", "loc-first", "misc", "opens-name", "locative", "person-before", "person-after", "not-name", "particle", "place-noun", "unit", "joins-and", "misc-suffix", "surname-suffix", "quantity", "surname-first", "org-noun", "place-before", "time-word", "team-before", "org-verb", "title-suffix", "joins-for", "generic-org"] as const;

export type NameCue = (typeof CUES)[number];

const cueSchema = z.object({ cue: z.enum(CUES), words: z.array(z.string().trim().min(1)).min(1) }).strict();

// A Map rather than an object keyed by cue: hasCue is asked a few hundred times per article,
// and a keyed read of a 24-property object cost several times the set's own look-up.
let sets: ReadonlyMap<NameCue, ReadonlySet<string>> | undefined;

function readCues(): ReadonlyMap<NameCue, ReadonlySet<string>> {
  const byCue = new Map<NameCue, Set<string>>(CUES.map((c) => [c, new Set<string>()]));
  for (const { value } of readDataFile(join(DATA_DIR, "actors", "name-cues.yaml"), cueSchema)) {
    for (const word of value.words) byCue.get(value.cue)!.add(word.toLowerCase());
  }
  return byCue;
}

/** The lower-case words of one cue; records of the same cue add up. */
export function cueWords(cue: NameCue): ReadonlySet<string> {
  return (sets ??= readCues()).get(cue)!;
}

/** Whether the lower-case `word` is one of the words of `cue`. */
export function hasCue(cue: NameCue, word: string): boolean {
  return (sets ??= readCues()).get(cue)!.has(word);
}
