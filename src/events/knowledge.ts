import type { CoderKnowledge } from "./coder.js";
import { compilePatterns } from "./compile-patterns.js";
import { loadModalityCues } from "./modality.js";
import { loadOntology } from "./ontology.js";
import { loadPatterns } from "./patterns.js";

/** Loads and compiles everything the event coder needs, once: ontology, patterns, modality cues. */
export function loadCoderKnowledge(userDirs: readonly string[] = []): CoderKnowledge {
  return Object.freeze({
    ontology: loadOntology(userDirs),
    patterns: compilePatterns(loadPatterns(userDirs)),
    cues: loadModalityCues(userDirs),
  });
}
