import { test } from "node:test";
import assert from "node:assert/strict";
import type { CodedEvent } from "../src/document.js";
import { codeEvents } from "../src/events/coder.js";
import { docWithActors } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";

// General codes of asking, demanding, refusing and agreeing, and deed nouns of other roots.
const knowledge = knowledgeWith([
  { code: "020", verbs: ["call for", "appeal to"] },
  { code: "100", verbs: ["demand"] },
  { code: "120", verbs: ["refuse", "refuse * appeal|call"] },
  { code: "0841", verbs: ["release * prisoner"] },
  { code: "030", verbs: ["agree to", "commit to"] },
  { code: "085", nouns: ["end to * embargo"] },
  { code: "0841", nouns: ["release of * prisoner"] },
  { code: "0871", nouns: ["ceasefire"] },
  { code: "070", nouns: ["aid"] },
  { code: "051", verbs: ["back"] },
  { code: "190", verbs: ["attack"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Ruritania", "RUR", "RUR", "GPE"],
  ["Freedonia", "FRE", "FRE", "GPE"],
  ["Sylvania", "SYL", "SYL", "GPE"],
  ["rebels", "REB", null, "GROUP"],
];

const coded = (text: string): string[] =>
  codeEvents(docWithActors(text, ACTORS, { published: "2025-09-12" }), knowledge).map((e: CodedEvent) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo}`).sort();

test("a general appeal, demand or agreement takes the code of the deed its object names", () => {
  assert.deepEqual(coded("Ruritania called for an end to the embargo on Freedonia."), ["RUR>FRE 0254"]);
  // Across the one appealed to and an infinitive that codes nothing itself.
  assert.deepEqual(coded("Ruritania appealed to Freedonia to bring an end to the embargo."), ["RUR>FRE 0254"]);
  assert.deepEqual(coded("Ruritania demanded the release of political prisoners by Freedonia."), ["RUR>FRE 1053"]);
  assert.deepEqual(coded("Ruritania and Freedonia agreed to a ceasefire."), ["FRE>RUR 0356", "RUR>FRE 0356"]);
});

test("a refusal of a request or offer takes the code of the deed asked for in its infinitive or noun", () => {
  assert.deepEqual(coded("Ruritania refused an appeal from Freedonia to release political prisoners."), ["RUR>FRE 1243"]);
  assert.deepEqual(coded("Ruritania refused calls for aid to Freedonia."), ["RUR>FRE 122"]);
  // A deed in another clause is not what was refused.
  assert.ok(!coded("Ruritania refused the calls, and Freedonia released political prisoners.").some((e) => e.endsWith(" 1243")));
});

test("a noun past a clause break or another coded verb is not the object of the general verb", () => {
  // The appeal is general; the embargo's end is told in another clause.
  assert.deepEqual(coded("Ruritania called for calm, and Freedonia promised an end to the embargo.").filter((e) => e.startsWith("RUR")), ["RUR>- 020"]);
});

test("a refused commitment stays a refusal: only an asserted general verb takes its object's code", () => {
  assert.deepEqual(coded("Ruritania refused to commit to any aid to Freedonia."), ["RUR>FRE 120"]);
});

test("a participle closing a hyphenated compound is no verb (\"Freedonia-backed rebels\")", () => {
  assert.deepEqual(coded("Freedonia-backed rebels attacked Sylvania."), ["REB>SYL 190"]);
  assert.deepEqual(coded("Freedonia backed Sylvania."), ["FRE>SYL 051"]);
});

test("what parties agreed on together is joint, unless it is done to another", () => {
  const agreed = knowledgeWith([{ code: "0841", verbs: ["release * prisoner"] }, { code: "030", verbs: ["agree"] }]);
  const run = (text: string): string[] => codeEvents(docWithActors(text, ACTORS), agreed).map((e) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo}`).sort();
  assert.deepEqual(run("Ruritania and Freedonia agreed to release prisoners."), ["FRE>RUR 0353", "RUR>FRE 0353"]);
  assert.deepEqual(run("Ruritania and Freedonia agreed to release prisoners to Sylvania."), ["FRE>SYL 0353", "RUR>SYL 0353"]);
});

test("a protest told with the demand it makes takes the leaf for that aim, and the demand is no event of its own", () => {
  const protests = knowledgeWith([
    { code: "141", verbs: ["demonstrate"] },
    { code: "144", verbs: ["block * road"] },
    { code: "1041", verbs: ["demand * resignation"] },
    { code: "1044", verbs: ["demand * election"] },
    { code: "0241", verbs: ["call for * resignation"] },
  ]);
  const run = (text: string): string[] => codeEvents(docWithActors(text, ACTORS), protests).map((e) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo}`).sort();
  assert.deepEqual(run("The rebels demonstrated in Ruritania to demand the resignation of the Freedonia envoy."), ["REB>RUR 1411"]);
  assert.deepEqual(run("The rebels blocked roads in Ruritania, demanding new elections."), ["REB>RUR 1444"]);
  assert.deepEqual(run("The rebels demonstrated in Ruritania, calling for the resignation of the president."), ["REB>RUR 1411"]);
  // A demand in another clause is its own event.
  assert.deepEqual(run("The rebels demonstrated in Ruritania; Freedonia demanded new elections."), ["FRE>- 1044", "REB>RUR 141"]);
});
