import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "../src/events/coder.js";
import { docWithActors } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";

const knowledge = knowledgeWith([
  { code: "051", verbs: ["congratulate"] },
  { code: "0841", verbs: ["release * prisoner"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Ruritania", "RUR", "RUR", "GPE"],
  ["Freedonia", "FRE", "FRE", "GPE"],
  ["The president", "RURGOV", "RUR", "PERSON"],
  ["the Freedonian leader", "FREGOV", "FRE", "PERSON"],
  ["prisoners", "CVL", null, "GROUP"],
];

const coded = (text: string): string[] => codeEvents(docWithActors(text, ACTORS), knowledge).map((e) => `${e.cameo} ${e.modality}`);

test("'called X to' + infinitive is a telephone call for that purpose, not an appeal; 'called on X to' is an appeal", () => {
  assert.deepEqual(coded("The president called the Freedonian leader on Sunday to congratulate him on his victory."), ["051 asserted"]);
  assert.deepEqual(coded("The president called on the Freedonian leader to release the prisoners."), ["0253 requested"]);
  assert.deepEqual(coded("The president called for the Freedonian leader to release the prisoners."), ["0253 requested"]);
});
