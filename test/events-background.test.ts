import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "../src/events/coder.js";
import { docWithActors } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";

const knowledge = knowledgeWith([
  { code: "0842", verbs: ["release * ship|tanker"] },
  { code: "1711", verbs: ["seize"] },
  { code: "111", verbs: ["denounce"] },
  { code: "162", verbs: ["suspend * aid"] },
  { code: "190", verbs: ["shell"] },
  { code: "010", verbs: ["say"] },
  { code: "0841", verbs: ["free"] },
  { code: "173", verbs: ["arrest"], nouns: ["arrest"] },
  { code: "060", verbs: ["collaborate with"] },
  { code: "191", verbs: ["close * border"] },
  { code: "190", nouns: ["fighting between"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Ruritania", "RUR", "RUR", "GPE"],
  ["Freedonia", "FRE", "FRE", "GPE"],
  ["The aid agency", "NGO", null, "ORG"],
  ["its convoys", "NGO", null, "GROUP"],
  ["Its convoys", "NGO", null, "GROUP"],
  ["the journalist", "JRN", null, "PERSON"],
  ["The journalist", "JRN", null, "PERSON"],
  ["Sylvania", "SYL", "SYL", "GPE"],
];

const codes = (text: string): string[] => codeEvents(docWithActors(text, ACTORS), knowledge).map((e) => e.cameo).sort();

test("a relative clause without its pronoun ('a tanker it seized') tells the background of the deed before it", () => {
  assert.deepEqual(codes("Ruritania released a Freedonian tanker it seized in March."), ["0842"]);
  // Alone, or as the complement of a reporting verb, the deed is the news.
  assert.deepEqual(codes("Ruritania seized a Freedonian tanker in March."), ["1711"]);
  assert.deepEqual(codes("Ruritania said in a statement it seized a Freedonian tanker."), ["1711"]);
});

test("a passive deed with no doer in a clause of time or cause is what led to the news beside a deed with one", () => {
  assert.deepEqual(codes("The aid agency suspended aid to Freedonia after its convoys were shelled near the border."), ["162"]);
  // Without a deed beside it, or with a doer of its own, it stays.
  assert.deepEqual(codes("Its convoys were shelled near the border after the talks failed."), ["190"]);
  assert.deepEqual(codes("The aid agency suspended aid to Freedonia after Ruritania shelled its convoys."), ["162", "190"]);
});

test("a participle set off after a name describes it: 'freed the journalist, arrested last week' is the release", () => {
  assert.deepEqual(codes("Ruritania freed the journalist, arrested last week during a raid."), ["0841"]);
  // With an object of its own after the comma, the verb is another deed.
  assert.deepEqual(codes("Ruritania freed the journalist, arrested Sylvania's envoy and left."), ["0841", "173"]);
});

test("a gerund after 'for' is the ground of the deed before it", () => {
  assert.deepEqual(codes("Ruritania arrested the journalist for collaborating with Freedonia."), ["173"]);
  assert.deepEqual(codes("The journalist collaborated with Freedonia for years."), ["060"]);
});

test("an event noun after a word of cause or circumstance is the circumstance of a deed told with its doer", () => {
  assert.deepEqual(codes("Ruritania freed the journalist on Monday, following his arrest in March."), ["0841"]);
  assert.deepEqual(codes("Ruritania closed its border with Freedonia, amid fighting between Sylvania and Freedonia."), ["191"]);
  // Told alone, the noun is the news.
  assert.deepEqual(codes("The fighting between Sylvania and Freedonia went on."), ["190"]);
});

test("'that' right after a noun and before the verb opens a relative clause, a content noun's 'that' does not", () => {
  assert.deepEqual(codes("Ruritania released a Freedonian tanker that was seized by Sylvania in March."), ["0842"]);
  assert.deepEqual(codes("Ruritania denied the claim that it seized a Freedonian tanker."), ["1711"]);
});
