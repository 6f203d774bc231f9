import { test } from "node:test";
import assert from "node:assert/strict";
import type { CodedEvent } from "../src/document.js";
import { codeEvents } from "../src/events/coder.js";
import { relativeOffset, shiftDay } from "../src/events/dating.js";
import { docWithActors, timeAt } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";

const knowledge = knowledgeWith([
  { code: "190", verbs: ["attack", "shoot|shot down"], nouns: ["attack on"] },
  { code: "062", nouns: ["joint * exercise"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Ruritania", "RUR", "RUR", "GPE"],
  ["Freedonia", "FRE", "FRE", "GPE"],
  ["Sylvania", "SYL", "SYL", "GPE"],
];

const dated = (text: string, day?: [words: string, value: string]): string[] =>
  codeEvents(docWithActors(text, ACTORS, { published: "2025-09-12", times: day ? [timeAt(text, day[0], day[1])] : [] }), knowledge)
    .map((e: CodedEvent) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.date} ${e.datePrecision}`)
    .sort();

test("a deed told 'a day after' the main one is dated a day before it", () => {
  assert.deepEqual(dated("Ruritania attacked Freedonia on Monday, a day after Sylvania attacked Ruritania.", ["on Monday", "2025-09-08"]), [
    "RUR>FRE 2025-09-08 day",
    "SYL>RUR 2025-09-07 day",
  ]);
});

test("'two weeks before' and 'on the eve of' move the other way", () => {
  assert.deepEqual(dated("Ruritania attacked Freedonia on Monday, two weeks before Sylvania attacked Ruritania.", ["on Monday", "2025-09-08"]), [
    "RUR>FRE 2025-09-08 day",
    "SYL>RUR 2025-09-22 day",
  ]);
  assert.deepEqual(dated("Ruritania attacked Freedonia on Monday on the eve of joint exercises between Sylvania and Freedonia.", ["on Monday", "2025-09-08"]), [
    "FRE>SYL 2025-09-09 day",
    "RUR>FRE 2025-09-08 day",
    "SYL>FRE 2025-09-09 day",
  ]);
});

test("without a dated main deed, a relative cue leaves the publication date, marked as such", () => {
  assert.deepEqual(dated("Ruritania attacked Freedonia a day after Sylvania attacked Ruritania."), [
    "RUR>FRE 2025-09-12 publication",
    "SYL>RUR 2025-09-12 publication",
  ]);
});

test("relative cues and day arithmetic", () => {
  const text = "X happened, a week after Y fell";
  assert.equal(relativeOffset(text, { start: 0 }, [text.indexOf("Y"), text.length]), -7);
  assert.equal(relativeOffset(text, { start: 0 }, [0, 1]), null);
  // Punctuation between the cue and the deed cuts the cue off.
  const cut = "a day after the vote, Y fell";
  assert.equal(relativeOffset(cut, { start: 0 }, [cut.indexOf("Y"), cut.length]), null);
  assert.equal(shiftDay("2024-03-01", -1), "2024-02-29");
  assert.equal(shiftDay("2025-12-31", 1), "2026-01-01");
});
