import { test } from "node:test";
import assert from "node:assert/strict";
import type { CodedEvent } from "../src/document.js";
import { codeEvents } from "../src/events/coder.js";
import { docWithActors } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";

const knowledge = knowledgeWith([
  { code: "190", verbs: ["attack", "shell", "kill"] },
  { code: "0841", verbs: ["release|free"] },
  { code: "0842", verbs: ["return * helicopter"] },
  { code: "020", verbs: ["urge", "call on|upon $T to", "call for"] },
  { code: "100", verbs: ["demand"] },
  { code: "112", verbs: ["accuse"] },
  { code: "130", verbs: ["threaten to"] },
  { code: "163", verbs: ["impose * restriction"] },
  { code: "174", verbs: ["expel * diplomat"] },
  { code: "0871", nouns: ["cease-fire"] },
  { code: "125", verbs: ["refuse to meet"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Russia", "RUS", "RUS", "GPE"],
  ["Sudan", "SDN", "SDN", "GPE"],
  ["Estonia", "EST", "EST", "GPE"],
  ["Norway", "NOR", "NOR", "GPE"],
  ["Ruritania", "RUR", "RUR", "GPE"],
  ["Ruritanian diplomats", "RURGOV", "RUR", "GROUP"],
  ["Ruritanian goods", "RUR", "RUR", "GROUP"],
  ["Freedonia", "FRE", "FRE", "GPE"],
  ["the Freedonian president", "FREGOV", "FRE", "PERSON"],
  ["the Freedonian labour minister", "FREGOV", "FRE", "PERSON"],
  ["the union leader", "FRELAB", "FRE", "PERSON"],
  ["the rebels", "REB", null, "GROUP"],
];

const coded = (text: string): string[] =>
  codeEvents(docWithActors(text, ACTORS, { published: "2025-09-12" }), knowledge).map((e: CodedEvent) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo} ${e.modality}`);

test("the target may open with a determiner; a word after a gap may be a mention's head noun", () => {
  assert.deepEqual(coded("Estonia expelled two Ruritanian diplomats."), ["EST>RURGOV 174 asserted"]);
});

test("a hyphenated pattern word matches the word split into tokens", () => {
  assert.deepEqual(coded("Russia and Sudan signed a cease-fire on Monday."), ["RUS>SDN 0871 asserted"]);
});

test("'said X must' is a demand by the speaker of the one who must", () => {
  assert.deepEqual(coded("Russia said on Tuesday that Sudan must return the helicopter."), ["RUS>SDN 1053 requested"]);
});

test("'urged X to attack' is an appeal, not an attack", () => {
  assert.deepEqual(coded("Norway urged Sudan to attack the rebels."), ["NOR>SDN 020 requested"]);
});

test("a condition is no event beside the one told", () => {
  const events = coded("Norway threatened to free the rebels unless Russia attacked Sudan.");
  assert.ok(events.some((e) => e.startsWith("NOR>")), events.join("; "));
  assert.ok(!events.some((e) => e.startsWith("RUS>SDN 190")), events.join("; "));
});

test("what one is accused of is not coded apart", () => {
  assert.deepEqual(coded("Sudan accused the rebels of attacking Norway."), ["SDN>SDNREB 112 asserted"]);
});

test("a ', killing' toll does not repeat the violent deed told before it", () => {
  assert.deepEqual(coded("On Sunday the rebels shelled Sudan, killing 20 people."), ["REB>SDN 190 asserted"]);
});

test("a time between two pattern words does not break them", () => {
  assert.deepEqual(coded("Norway called on Tuesday for talks with Sudan."), ["NOR>SDN 020 asserted"]);
});

test("a pattern ending in 'to' finds its target after the verb it introduces", () => {
  const events = coded("Estonia threatened today to impose import restrictions against Ruritanian goods.");
  // The threatened deed names the threat (1312) and its target.
  assert.ok(events.includes("EST>RUR 1312 hypothetical"), events.join("; "));
});

test("a different mention of the same country is a domestic dyad, not a self-target", () => {
  assert.deepEqual(coded("On Monday the Freedonian labour minister refused to meet the union leader."), ["FREGOV>FRELAB 125 asserted"]);
});

test("a deed with no doer in a relative clause is background beside one with a doer", () => {
  assert.deepEqual(coded("Norway attacked Sudan near the town where 20 people were killed."), ["NOR>SDN 190 asserted"]);
});

test("a negated promise is a refusal", () => {
  assert.deepEqual(coded("Norway will not release the rebels."), ["NOR>NORREB 1243 negated"]);
});
