// Who the other party of an event is, read through the whole pipeline (actors and shipped
// patterns): a party after "with" outranks the matter and the place, a document speaks for its
// author, a telephone call's caller acts, own forces and envoys lead on to whom they are sent or
// raised against, and words of time are no actor. Sentences written for it.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { CodedEvent } from "../src/document.js";
import { createPipeline } from "../src/pipeline.js";
import { createDocument } from "../src/ingest/create-document.js";

const pipeline = createPipeline();
const eventsOf = (text: string): readonly CodedEvent[] =>
  pipeline.run(createDocument({ text, format: "text", origin: "test", published: { value: "2025-09-12", precision: "day", origin: "flag" } })).layers.events ?? [];
/** "SOURCE>TARGET ROOT" for each event of `text` (codes cut to their country, roots to two digits). */
const dyads = (text: string): string[] => eventsOf(text).map((e) => `${e.source?.slice(0, 3) ?? "-"}>${e.target?.slice(0, 3) ?? "-"} ${e.cameo.slice(0, 2)}`).sort();

test("the party after 'with' is the target, not what is discussed nor where", () => {
  assert.deepEqual(dyads("Chile discussed Bolivia with Peru on Monday."), ["CHL>PER 04"]);
  assert.deepEqual(dyads("The Chilean foreign minister held talks in Lima with the Peruvian president."), ["CHL>PER 04"]);
});

test("a document's participle and 'in a statement' speak for the document's author", () => {
  assert.deepEqual(dyads("The Chilean government issued a statement condemning Peru."), ["CHL>PER 11"]);
  assert.deepEqual(dyads("The Chilean minister in a statement condemned Peru."), ["CHL>PER 11"]);
});

test("'called X to congratulate him' is a call: the caller acts on the one called", () => {
  assert.deepEqual(dyads("The Chilean president called the Peruvian president on Friday to congratulate him."), ["CHL>PER 05"]);
});

test("forces and envoys of the source's own lead on to whom they are raised against or sent", () => {
  assert.deepEqual(dyads("Chile mobilized troops for an offensive against Peru."), ["CHL>PER 15"]);
  assert.deepEqual(dyads("Chile sent a team of experts to Peru to investigate the crash."), ["CHL>PER 09"]);
});

test("a stance the source voices as its country's is the source's own, not the target", () => {
  assert.deepEqual(dyads("The Chilean foreign minister expressed Chile's solidarity with Peru."), ["CHL>PER 05"]);
});

test("who backs a group is not the group", () => {
  const [event] = eventsOf("Chile criticized the Peru-backed rebels.");
  assert.equal(event?.targetText, "rebels");
  assert.notEqual(event?.target?.slice(0, 3), "PER");
});

test("words of time are no target, coded or not", () => {
  const [event] = eventsOf("Chilean warplanes carried out a raid earlier in the day.");
  assert.equal(event?.sourceText, "Chilean warplanes");
  assert.equal(event?.targetText, null);
});

test("an attack's ', targeting X' names whom it is aimed at", () => {
  const [event] = eventsOf("Chilean warplanes carried out a raid on Monday, targeting rebel commanders in Peru.");
  assert.equal(event?.targetText, "rebel commanders");
});

test("coordinated nouns of one deed lead on to its target ('the arrest and detention of X')", () => {
  assert.ok(dyads("A Chilean court ordered the arrest and detention of the Peruvian president.").includes("CHL>PER 17"));
});

test("a coalition led by a state and described by its fight acts as its leader, not as whom it fights", () => {
  assert.ok(dyads("The Chilean-led coalition fighting rebels in Peru has declared a ceasefire.").includes("CHL>- 08"));
});

test("a place where a thing was is not who acts; people in places named in a row are", () => {
  const [bombing] = eventsOf("A car bomb in Lima killed three Chilean soldiers.");
  assert.equal(bombing?.source, null);
  assert.equal(bombing?.sourceText, null);
  assert.deepEqual(eventsOf("Hundreds of workers in car factories in Peru went on strike.").map((e) => [e.source, e.sourceText]), [["PERCVL", "workers"]]);
});
