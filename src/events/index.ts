/**
 * The event coder: CAMEO/PLOVER ontology and patterns as data, the `events` stage (who did what
 * to whom, with modality, date, place and evidence) and the `claims` stage (numeric statements).
 */
export type { CoderKnowledge } from "./coder.js";
export { codeEvents, createEventStage } from "./coder.js";
export { createClaimStage, findClaims } from "./claims.js";
export { loadCoderKnowledge } from "./knowledge.js";
export type { CameoCode, Ontology, PloverType } from "./ontology.js";
export { loadOntology, quadOfRoot } from "./ontology.js";
export { loadPatterns } from "./patterns.js";
export type { PatternRecord } from "./pattern-schema.js";
export { patternRecordSchema } from "./pattern-schema.js";
export type { ModalityCues } from "./modality.js";
export { loadModalityCues } from "./modality.js";
