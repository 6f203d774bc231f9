// Who an event's arguments are, read through the whole pipeline (actors and shipped patterns):
// targets further on in the clause, the source's own forces, coordination across a possessor,
// and a demonym that only says where a thing is from. Sentences written for it.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { CodedEvent } from "../src/document.js";
import { createPipeline } from "../src/pipeline.js";
import { createDocument } from "../src/ingest/create-document.js";

const pipeline = createPipeline();
/** "SOURCE>TARGET ROOT" for each event of `text` (codes cut to their country, roots to two digits). */
const dyads = (text: string): string[] => {
  const doc = pipeline.run(createDocument({ text, format: "text", origin: "test", published: { value: "2025-09-12", precision: "day", origin: "flag" } }));
  return (doc.layers.events ?? []).map((e: CodedEvent) => `${e.source?.slice(0, 3) ?? "-"}>${e.target?.slice(0, 3) ?? "-"} ${e.cameo.slice(0, 2)}`).sort();
};

test("the target further on in the clause is found through the predicate's own verb group", () => {
  assert.deepEqual(dyads("Chile has agreed to build a new hospital in Peru."), ["CHL>PER 03"]);
});

test("forces the source sends or withdraws are the target only when no one else is named", () => {
  assert.deepEqual(dyads("Chile offered to send troops to Peru."), ["CHL>PER 03"]);
  assert.deepEqual(dyads("Chile will withdraw its troops from Peru."), ["CHL>PER 03"]);
  assert.deepEqual(dyads("Chile will withdraw its troops."), ["CHL>CHL 03"]);
});

test("a hyphened participle belongs to the target's modifier", () => {
  assert.deepEqual(dyads("Chile sent aid to war-torn Peru."), ["CHL>PER 07"]);
});

test("a possessor led to by a preposition of direction is the target", () => {
  assert.deepEqual(dyads("Demonstrators in Lima blocked a road to show their disapproval for Chile's policies."), ["PER>CHL 14"]);
});

test("'organized a general strike' has the subject as its source", () => {
  assert.deepEqual(dyads("Chilean unions organized a general strike."), ["CHL>- 14"]);
});

test("coordination reaches across a possessor: 'Chile and Peru's ministers'", () => {
  assert.deepEqual(dyads("Chile and Peru's foreign ministers met on Monday."), ["CHL>PER 04", "PER>CHL 04"]);
});

test("coordination reaches across a possessive pronoun and a demonym: 'X and his Peruvian counterpart Y'", () => {
  assert.deepEqual(dyads("President Gabriel Boric of Chile and his Peruvian counterpart met in Lima."), ["CHL>PER 04", "PER>CHL 04"]);
});

test("a plural read as a verb right after the predicate is its object ('rejected calls by X')", () => {
  assert.deepEqual(dyads("Chile rejected calls by Peru to reopen the talks."), ["CHL>PER 12"]);
});

test("a subject placed by a participle and 'in' is the actor, not the place", () => {
  assert.deepEqual(dyads("The Red Cross operating in Peru accused Chile of torture."), ["NGO>CHL 11"]);
});

test("a demonym saying where a thing is from yields to whom it goes, and stays when no one follows", () => {
  assert.deepEqual(dyads("Chile returned six Peruvian artifacts to the government of Bolivia."), ["CHL>BOL 08"]);
  assert.deepEqual(dyads("Chile rejected proposed Peruvian changes to the treaty."), ["CHL>PER 12"]);
});
