import { test } from "node:test";
import assert from "node:assert/strict";
import type { CodedEvent } from "../src/document.js";
import { codeEvents } from "../src/events/coder.js";
import { docWithActors } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";

const knowledge = knowledgeWith([
  { code: "0841", verbs: ["release|free * prisoner"] },
  { code: "130", verbs: ["threaten", "threaten to", "warn"] },
  { code: "191", verbs: ["cut off * supply"] },
  { code: "195", verbs: ["bomb"] },
  { code: "030", verbs: ["promise to"] },
  { code: "072", nouns: ["military aid"] },
  { code: "070", nouns: ["donation to"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Ruritania", "RUR", "RUR", "GPE"],
  ["Freedonia", "FRE", "FRE", "GPE"],
  ["Sylvania", "SYL", "SYL", "GPE"],
  ["prisoners", "CVL", null, "GROUP"],
];

const coded = (text: string): string[] =>
  codeEvents(docWithActors(text, ACTORS, { published: "2025-09-12" }), knowledge).map((e: CodedEvent) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo} ${e.modality}`).sort();

test("a mention on the pattern's own last word is the target ('freed 40 prisoners')", () => {
  assert.deepEqual(coded("Ruritania freed 40 prisoners on Monday."), ["RUR>RURCVL 0841 asserted"]);
});

test("a deed in the infinitive of a threat is the threat of that deed, to the deed's target", () => {
  assert.deepEqual(coded("Ruritania threatened to cut off gas supplies to Sylvania."), ["RUR>SYL 1381 hypothetical"]);
  assert.deepEqual(coded("Ruritania threatened to bomb Sylvania."), ["RUR>SYL 1384 hypothetical"]);
  // A warning that another will act is no threat by the one who warns.
  assert.ok(!coded("Ruritania warned that Freedonia would bomb Sylvania.").some((e) => e.startsWith("RUR>SYL 138")));
});

test("an event noun in the complement of a promise is the intent of it ('promised military aid' is 0332)", () => {
  assert.deepEqual(coded("Ruritania promised to continue military aid to neighbouring Sylvania."), ["RUR>SYL 0332 intended"]);
  // Without a promise the aid is given, not intended.
  assert.deepEqual(coded("Ruritania continued military aid to neighbouring Sylvania."), ["RUR>SYL 072 asserted"]);
});

test("the subject of a verb of giving gives what its object noun names, every member of a list", () => {
  assert.deepEqual(coded("Ruritania, Freedonia and Sylvania provided their donations to the prisoners."), [
    "FRE>FRECVL 070 asserted",
    "RUR>RURCVL 070 asserted",
    "SYL>SYLCVL 070 asserted",
  ]);
});

test("a hostile deed announced as one's own future or vow is a threat of it; decided, it is the deed", () => {
  assert.deepEqual(coded("Ruritania vowed to bomb Sylvania."), ["RUR>SYL 1384 intended"]);
  assert.deepEqual(coded("Ruritania said it would bomb Sylvania."), ["RUR>SYL 1384 intended"]);
  assert.deepEqual(coded("Ruritania decided to bomb Sylvania."), ["RUR>SYL 195 intended"]);
});

test("a time between a governor and its 'to' does not hide it ('threatened today to')", () => {
  assert.deepEqual(coded("Ruritania threatened today to cut off gas supplies to Sylvania."), ["RUR>SYL 1381 hypothetical"]);
});

test("a statement that another must act is a demand on it, whatever the deed; on oneself it stays a statement", () => {
  const saying = knowledgeWith([{ code: "010", verbs: ["say", "declare"] }]);
  const code = (text: string): string[] => codeEvents(docWithActors(text, ACTORS, { published: "2025-09-12" }), saying).map((e) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo}`);
  assert.deepEqual(code("Ruritania declared on Tuesday that Sylvania must drop its barriers."), ["RUR>SYL 100"]);
  assert.deepEqual(code("Ruritania said Ruritania must do more."), ["RUR>- 010"]);
});

test("a hostile deed one says one is prepared or has sworn to do is a threat of it", () => {
  assert.deepEqual(coded("Ruritania is prepared to bomb Sylvania."), ["RUR>SYL 1384 intended"]);
  assert.deepEqual(coded("Ruritania has sworn to bomb Sylvania."), ["RUR>SYL 1384 intended"]);
});

test("a general pattern spanning or overlapping a specific event noun of its root takes the specific code", () => {
  const giving = knowledgeWith([
    { code: "070", verbs: ["provide * aid"], nouns: ["aid to"] },
    { code: "073", nouns: ["food aid"] },
  ]);
  const code = (text: string): string[] => codeEvents(docWithActors(text, ACTORS, { published: "2025-09-12" }), giving).map((e) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo} ${e.modality}`);
  assert.deepEqual(code("Ruritania provided food aid to Sylvania."), ["RUR>SYL 073 asserted"]);
  // Intended, the specific deed maps to its own intent (0333), once.
  assert.deepEqual(code("Ruritania will provide food aid to Sylvania."), ["RUR>SYL 0333 intended"]);
});

test("a noun right before an infinitive governs it as its verb would, unless the noun has an owner of its own", () => {
  // "a consensus to free prisoners": the intent to free them (0353).
  assert.deepEqual(coded("Ruritania reached a consensus to free prisoners."), ["RUR>RURCVL 0353 intended"]);
  // "a threat to bomb": the threat of it.
  assert.deepEqual(coded("Ruritania issued a threat to bomb Sylvania."), ["RUR>SYL 1384 hypothetical"]);
  // Freedonia's decision is Freedonia's deed to tell, not an intent of the clause's subject.
  assert.ok(!coded("Ruritania welcomed Freedonia's decision to free prisoners.").some((e) => e.startsWith("RUR>") && e.includes(" 0353 ")));
  assert.ok(!coded("Ruritania welcomed the Freedonian decision to free prisoners.").some((e) => e.startsWith("RUR>") && e.includes(" 0353 ")));
});

test("an infinitive hanging off a noun that a coded deed spans tells what the deed was about ('signed a deal to lift sanctions')", () => {
  const signed = knowledgeWith([{ code: "057", verbs: ["sign * deal"] }, { code: "085", verbs: ["lift * sanction"] }]);
  const run = (text: string): string[] => codeEvents(docWithActors(text, ACTORS), signed).map((e) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo}`).sort();
  assert.deepEqual(run("Ruritania signed a deal with Freedonia to lift sanctions on Sylvania."), ["RUR>FRE 057"]);
  // Without the coded deed the noun's intent stands: a decision to lift sanctions is an intent to.
  assert.deepEqual(run("Ruritania reached a decision to lift sanctions on Sylvania."), ["RUR>SYL 0354"]);
});
