import type { CoderKnowledge } from "./coder.js";
import { compilePatterns } from "./compile-patterns.js";
import { loadModalityCues } from "./modality.js";
import { loadIntentCodes } from "./intent-codes.js";
import { loadAimCues } from "./aims.js";
import { loadOntology } from "./ontology.js";
import { loadPatterns } from "./patterns.js";

/** Loads and compiles everything the event coder needs, once: ontology, patterns, modality cues, intent codes, aims. */
export function loadCoderKnowledge(userDirs: readonly string[] = []): CoderKnowledge {
  return Object.freeze({
    ontology: loadOntology(userDirs),
    patterns: compilePatterns(loadPatterns(userDirs)),
    cues: loadModalityCues(userDirs),
    intents: loadIntentCodes(userDirs),
    aims: loadAimCues(userDirs),
  });
}
