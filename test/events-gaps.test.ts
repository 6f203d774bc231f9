import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "../src/events/coder.js";
import { docWithActors } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";

const knowledge = knowledgeWith([
  { code: "1031", verbs: ["demand|insist [on] * loan|grant"] },
  { code: "0863", verbs: ["allow $T to deliver * aid", "allow * humanitarian * access"] },
  { code: "192", verbs: ["capture * stronghold|town", "retake"] },
  { code: "173", verbs: ["capture"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Ruritania", "RUR", "RUR", "GPE"],
  ["Freedonia", "FRE", "FRE", "GPE"],
  ["the Relief Agency", "NGO", null, "ORG"],
];

const codes = (text: string): string[] => codeEvents(docWithActors(text, ACTORS), knowledge).map((e) => e.cameo);

test("a pattern's gap crosses a noun phrase but does not enter the clause a relative or complement pronoun opens", () => {
  assert.deepEqual(codes("Ruritania demanded a large grant from Freedonia."), ["1031"]);
  assert.deepEqual(codes("Ruritania insisted on its demands that Freedonia grant visas to its workers."), []);
});

test("a target's bracketed abbreviation does not break the pattern after it", () => {
  assert.deepEqual(codes("Ruritania allowed the Relief Agency (RA) to deliver food aid."), ["0863"]);
  assert.deepEqual(codes("Ruritania allowed the Relief Agency to deliver food aid."), ["0863"]);
});

test("a pattern's gap crosses the quotation marks around quoted words", () => {
  assert.deepEqual(codes('Ruritania allowed "unimpeded humanitarian access" to Freedonia.'), ["0863"]);
  assert.deepEqual(codes("Ruritania allowed “unimpeded humanitarian access” to Freedonia."), ["0863"]);
});

test("a share and its 'of' are one unit of a gap ('captured part of a rebel mountain stronghold')", () => {
  assert.deepEqual(codes("Ruritania captured part of a large rebel stronghold."), ["192"]);
  assert.deepEqual(codes("Ruritania captured most of the old border town."), ["192"]);
});

test("a participle in -en the lemmatiser does not know is read as its verb ('retaken')", () => {
  assert.deepEqual(codes("Ruritania has retaken the border town from Freedonia."), ["192"]);
});
