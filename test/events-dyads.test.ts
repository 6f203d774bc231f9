import { test } from "node:test";
import assert from "node:assert/strict";
import type { CodedEvent } from "../src/document.js";
import { codeEvents } from "../src/events/coder.js";
import { docWithActors } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";

const knowledge = knowledgeWith([
  { code: "190", verbs: ["attack", "kill", "wound"] },
  { code: "194", verbs: ["shell"] },
  { code: "193", nouns: ["exchange of fire"] },
  { code: "111", verbs: ["criticise"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Ruritanian troops", "RURMIL", "RUR", "GROUP"],
  ["Ruritania", "RUR", "RUR", "GPE"],
  ["Freedonian soldiers", "FREMIL", "FRE", "GROUP"],
  ["Freedonia", "FRE", "FRE", "GPE"],
  ["Sylvania", "SYL", "SYL", "GPE"],
];

const coded = (text: string): string[] =>
  codeEvents(docWithActors(text, ACTORS), knowledge).map((e: CodedEvent) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo}`).sort();

test("deeds of one root told by verbs between the same sides of one sentence are one event", () => {
  assert.deepEqual(coded("Ruritanian troops attacked Freedonian soldiers and killed Freedonian soldiers."), ["RURMIL>FREMIL 190"]);
  // The most specific code tells it.
  assert.deepEqual(coded("Ruritanian troops attacked Freedonian soldiers and shelled Freedonian soldiers."), ["RURMIL>FREMIL 194"]);
});

test("deeds of one root between other sides, of other roots, or told by a noun stay apart", () => {
  assert.deepEqual(coded("Ruritanian troops attacked Freedonia and killed Sylvania's envoy."), ["RURMIL>FRE 190", "RURMIL>SYL 190"]);
  assert.deepEqual(coded("Ruritania criticised Freedonia and attacked Freedonia."), ["RUR>FRE 111", "RUR>FRE 190"]);
  const withNoun = coded("Ruritanian troops attacked Freedonian soldiers after an exchange of fire between Ruritanian troops and Freedonian soldiers.");
  assert.ok(withNoun.includes("RURMIL>FREMIL 190") && withNoun.includes("RURMIL>FREMIL 193"), withNoun.join(", "));
});
