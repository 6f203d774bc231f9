import { test } from "node:test";
import assert from "node:assert/strict";
import type { CodedEvent } from "../src/document.js";
import { codeEvents } from "../src/events/coder.js";
import { docWithActors } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";

const knowledge = knowledgeWith([
  { code: "0312", verbs: ["agree to hold * exercise"] },
  { code: "046", verbs: ["resume * talk"], nouns: ["talk"] },
  { code: "064", verbs: ["share * information"] },
  { code: "190", verbs: ["attack"] },
  { code: "130", verbs: ["threaten"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Ruritania", "RUR", "RUR", "GPE"],
  ["Ruritanian", "RUR", "RUR", "GPE"],
  ["Freedonia", "FRE", "FRE", "GPE"],
  ["Sylvania", "SYL", "SYL", "GPE"],
];

const coded = (text: string): string[] =>
  codeEvents(docWithActors(text, ACTORS, { published: "2025-09-12" }), knowledge).map((e: CodedEvent) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo}`).sort();

test("a joint deed of coordinated actors is coded both ways", () => {
  assert.deepEqual(coded("Ruritania and Freedonia resumed border talks on Monday."), ["FRE>RUR 046", "RUR>FRE 046"]);
});

test("what a joint agreement is about is no party to it", () => {
  assert.deepEqual(coded("Ruritania and Freedonia shared information on Sylvania."), ["FRE>RUR 064", "RUR>FRE 064"]);
  // The adjective of one party ("Ruritanian") is not a third party either.
  assert.deepEqual(coded("Ruritania and Freedonia resumed talks on a Ruritanian pullback."), ["FRE>RUR 046", "RUR>FRE 046"]);
});

test("'talks between X and Y' go both ways", () => {
  assert.deepEqual(coded("The talks between Ruritania and Freedonia went well."), ["FRE>RUR 046", "RUR>FRE 046"]);
});

test("a deed that is not joint keeps its direction, and a joint attack keeps its target", () => {
  assert.deepEqual(coded("Ruritania and Freedonia threatened Sylvania."), ["FRE>SYL 130", "RUR>SYL 130"]);
  assert.deepEqual(coded("Ruritania and Freedonia attacked Sylvania."), ["FRE>SYL 190", "RUR>SYL 190"]);
});
