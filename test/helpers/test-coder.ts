import type { CoderKnowledge } from "../../src/events/coder.js";
import type { PatternRecord } from "../../src/events/pattern-schema.js";
import { compilePatterns } from "../../src/events/compile-patterns.js";
import { loadIntentCodes } from "../../src/events/intent-codes.js";
import { loadAimCues } from "../../src/events/aims.js";
import { loadModalityCues } from "../../src/events/modality.js";
import { loadOntology } from "../../src/events/ontology.js";

/**
 * The coder's knowledge with patterns written by the test itself, so that coder tests do not
 * move when the shipped patterns are edited; ontology and cue lists are the shipped ones.
 */
export function knowledgeWith(patterns: readonly PatternRecord[]): CoderKnowledge {
  return {
    ontology: loadOntology(),
    patterns: compilePatterns(patterns.map((value, i) => ({ value, file: "test-patterns.yaml", line: i + 1 }))),
    cues: loadModalityCues(),
    intents: loadIntentCodes(),
    aims: loadAimCues(),
  };
}
