import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "../src/events/coder.js";
import { docWithActors } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";

const knowledge = knowledgeWith([
  { code: "141", verbs: ["stage * rally|protest"] },
  { code: "143", verbs: ["go on strike"] },
  { code: "100", verbs: ["demand"] },
  { code: "020", verbs: ["urge $T to"] },
  { code: "163", nouns: ["sanction against"] },
  { code: "0831", verbs: ["resign"] },
  { code: "0833", verbs: ["grant * right"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Ruritania", "RUR", "RUR", "GPE"],
  ["Freedonia", "FRE", "FRE", "GPE"],
  ["Students", "CVL", null, "GROUP"],
  ["Dock workers", "LAB", null, "GROUP"],
  ["The minister", "RURGOV", "RUR", "PERSON"],
];

const codes = (text: string): string[] => codeEvents(docWithActors(text, ACTORS), knowledge).map((e) => e.cameo).sort();

test("a protest takes the leaf of the aim said after it: leadership, policy, rights, institutions", () => {
  assert.deepEqual(codes("Students staged rallies in the capital demanding the resignation of the prime minister."), ["1411"]);
  assert.deepEqual(codes("Dock workers went on strike over the new tax bill."), ["1432"]);
  assert.deepEqual(codes("Students staged a protest against the arrest of three union leaders."), ["1413"]);
  assert.deepEqual(codes("Students staged a protest for the independence of the northern province."), ["1414"]);
});

test("a bare call or demand takes the aim's appeal or demand code; elections are a change of leaders, an election law one of institutions", () => {
  assert.deepEqual(codes("Ruritania urged Freedonia to respect the rights of its minorities."), ["0243"]);
  assert.deepEqual(codes("Ruritania demanded early elections in Freedonia."), ["1041"]);
  assert.deepEqual(codes("Ruritania demanded a new election law in Freedonia."), ["1044"]);
});

test("without an aim, in a name, past the clause, or one a demand is not against, the general code stays", () => {
  assert.deepEqual(codes("Students staged a protest in the capital on Friday."), ["141"]);
  assert.deepEqual(codes("Ruritania urged Freedonia to meet human rights groups."), ["020"]);
  assert.deepEqual(codes("Ruritania demanded the arrest of the gunmen."), ["100"]);
  // A deed the demand names is what it asks for, whatever it is over.
  assert.ok(!codes("Ruritania demanded sanctions against Freedonia over rights abuses.").includes("1043"));
  assert.deepEqual(codes("Students staged a protest in the capital; the rights of the accused were not discussed."), ["141"]);
});

test("a reform deed that is urged, demanded, promised or refused takes the leaf of its aim", () => {
  assert.deepEqual(codes("Ruritania urged Freedonia to grant more rights to its minorities."), ["0243"]);
  assert.deepEqual(codes("The minister refused to resign."), ["1231"]);
  assert.deepEqual(codes("The minister promised to resign."), ["0341"]);
});
