import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "../src/events/coder.js";
import { docWithActors } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";

const knowledge = knowledgeWith([
  { code: "020", verbs: ["call for", "urge"] },
  { code: "163", verbs: ["impose * sanction on"], nouns: ["sanction against"] },
  { code: "0841", verbs: ["release * prisoner"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Ruritania", "RUR", "RUR", "GPE"],
  ["Freedonia", "FRE", "FRE", "GPE"],
  ["Sylvania", "SYL", "SYL", "GPE"],
  ["prisoners", "CVL", null, "GROUP"],
];

const coded = (text: string): string[] => codeEvents(docWithActors(text, ACTORS), knowledge).map((e) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo}`);

test("asking others to punish someone is rallying opposition against the one to be punished (113)", () => {
  assert.deepEqual(coded("Ruritania called for sanctions against Freedonia."), ["RUR>FRE 113"]);
  assert.deepEqual(coded("Ruritania urged Sylvania to impose sanctions on Freedonia."), ["RUR>FRE 113"]);
  // Any other appeal is to the one urged.
  assert.deepEqual(coded("Ruritania urged Sylvania to release the prisoners."), ["RUR>SYL 0253"]);
});
