import { test } from "node:test";
import assert from "node:assert/strict";
import type { CodedEvent } from "../src/document.js";
import { codeEvents } from "../src/events/coder.js";
import { docWithActors } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";

const knowledge = knowledgeWith([
  { code: "190", verbs: ["attack"] },
  { code: "085", verbs: ["lift|ease * sanction"] },
  { code: "0841", verbs: ["release|free"] },
  { code: "042", verbs: ["visit"] },
  { code: "064", verbs: ["share * information with"] },
  { code: "120", verbs: ["refuse", "reject"] },
  { code: "020", verbs: ["urge", "call on"] },
  { code: "175", nouns: ["crackdown on"] },
  { code: "054", nouns: ["reopening of * embassy"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Russia", "RUS", "RUS"],
  ["Ukraine", "UKR", "UKR"],
  ["Belarus", "BLR", "BLR"],
  ["Minsk", "BLR", "BLR"],
  ["Washington", "USAGOV", "USA"],
  ["US", "USA", "USA"],
  ["Uganda", "UGA", "UGA"],
  ["Kenya", "KEN", "KEN"],
  ["Iran", "IRN", "IRN"],
];

const coded = (text: string): string[] =>
  codeEvents(docWithActors(text, ACTORS, { published: "2025-09-12" }), knowledge).map((e: CodedEvent) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo} ${e.modality}`);

test("a plain past deed is asserted", () => {
  assert.deepEqual(coded("Russia attacked Ukraine."), ["RUS>UKR 190 asserted"]);
});

test("'could potentially' is hypothetical, never asserted", () => {
  assert.deepEqual(coded("Russia could potentially attack Ukraine."), ["RUS>UKR 190 hypothetical"]);
});

test("a modal reaches the participles and nouns of its clause ('its' stands for Belarus)", () => {
  assert.deepEqual(coded("The deal could ease sanctions imposed upon Belarus for its crackdown on Ukraine."), ["BLR>UKR 175 hypothetical"]);
});

test("'did not' and 'never' negate; the deed keeps its code", () => {
  assert.deepEqual(coded("Russia did not attack Ukraine."), ["RUS>UKR 190 negated"]);
  assert.deepEqual(coded("Russia never attacked Ukraine."), ["RUS>UKR 190 negated"]);
});

test("'plans to', 'wants to' and 'will' are intended, and code the intent (03)", () => {
  assert.deepEqual(coded("Washington plans to visit Minsk."), ["USAGOV>BLR 036 intended"]);
  assert.deepEqual(coded("Washington wants to visit Minsk."), ["USAGOV>BLR 036 intended"]);
  assert.deepEqual(coded("Washington will share information with Minsk."), ["USAGOV>BLR 0314 intended"]);
});

test("'is willing to' governs like a verb", () => {
  assert.deepEqual(coded("Washington is willing to ease sanctions on Belarus."), ["USAGOV>BLR 0354 intended"]);
});

test("'urged X to' is requested: the one who urges appeals to the one urged (02)", () => {
  assert.deepEqual(coded("Kenya urged Uganda to release them."), ["KEN>UGA 0253 requested"]);
});

test("'refused to' is negated and codes the rejection (12)", () => {
  assert.deepEqual(coded("Iran refused to release them."), ["IRN>- 1243 negated"]);
});

test("'claimed' and 'said … had' are reported", () => {
  assert.deepEqual(coded("Russia claimed to have attacked Ukraine."), ["RUS>UKR 190 reported"]);
  assert.deepEqual(coded("Iran said Russia had attacked Ukraine."), ["RUS>UKR 190 reported"]);
});

test("a cue before an event noun: 'a planned reopening'", () => {
  assert.deepEqual(coded("Washington announced a planned reopening of the US Embassy in Minsk."), ["USAGOV>BLR 054 intended"]);
});

test("'would' under a reporting verb is a promise: intended, coded as intent", () => {
  assert.deepEqual(coded("Iran said it would release them."), ["IRN>- 0353 intended"]);
  assert.deepEqual(coded("Russia could release them."), ["RUS>- 0841 hypothetical"]);
});
