import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "../src/events/coder.js";
import { ploverViewOf } from "../src/events/plover-view.js";
import { docWithActors } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";

const knowledge = knowledgeWith([
  { code: "057", verbs: ["sign * treaty"] },
  { code: "163", verbs: ["impose * embargo on"] },
  { code: "010", verbs: ["say"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Ruritania", "RUR", "RUR", "GPE"],
  ["Freedonia", "FRE", "FRE", "GPE"],
  ["Sylvania", "SYL", "SYL", "GPE"],
];

const view = (text: string): string[] =>
  ploverViewOf(codeEvents(docWithActors(text, ACTORS), knowledge)).map((e) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.plover}`);

test("a joint deed coded both ways in CAMEO is one PLOVER record with both actors on each side", () => {
  const cameo = codeEvents(docWithActors("Ruritania and Freedonia signed a friendship treaty.", ACTORS), knowledge);
  assert.equal(cameo.length, 2);
  assert.deepEqual(view("Ruritania and Freedonia signed a friendship treaty."), ["RUR;FRE>FRE;RUR SUPPORT"]);
});

test("one predicate with coordinated targets is one PLOVER record listing them", () => {
  assert.deepEqual(view("Ruritania imposed an embargo on Freedonia and Sylvania."), ["RUR>FRE;SYL COERCE"]);
});

test("events of different predicates stay apart, and statements have no PLOVER record", () => {
  assert.deepEqual(view("Ruritania imposed an embargo on Freedonia. Sylvania signed a treaty with Freedonia."), ["RUR>FRE COERCE", "SYL>FRE SUPPORT"]);
  assert.deepEqual(view("Ruritania said nothing about Freedonia."), []);
});
