import { test } from "node:test";
import assert from "node:assert/strict";
import type { CodedEvent, Document } from "../src/document.js";
import { createPipeline } from "../src/pipeline.js";
import { createDocument } from "../src/ingest/create-document.js";
import { shiftDate } from "../src/events/dating.js";

// Published on Friday 15 March 2024: "Thursday" is the 14th, "Tuesday" the 12th, "last week" 2024-W10.
const pipeline = createPipeline();

function coded(text: string): Document {
  return pipeline.run(createDocument({ text, format: "text", origin: "test", language: "en", published: { value: "2024-03-15", precision: "day", origin: "flag" } }));
}

/** The date and precision of the event whose evidence holds `words`. */
function dateOf(doc: Document, words: string): [string | null, string] {
  const events: readonly CodedEvent[] = doc.layers.events ?? [];
  const event = events.find((e) => doc.text.slice(e.evidence[0], e.evidence[1]).includes(words));
  assert.ok(event, `an event says "${words}" in: ${doc.text} (events: ${events.map((e) => doc.text.slice(...e.evidence)).join(" | ")})`);
  return [event.date, event.datePrecision];
}

test("a day after: the subordinate event is a day before the main clause's date", () => {
  const doc = coded("Lithuania summoned the Belarusian ambassador on Thursday, a day after Belarusian helicopters attacked a border post.");
  assert.deepEqual(dateOf(doc, "summoned"), ["2024-03-14", "day"]);
  assert.deepEqual(dateOf(doc, "attacked"), ["2024-03-13", "day"]);
});

test("and the other way: only the subordinate clause has a date, the main one is counted from it", () => {
  const doc = coded("Lithuania summoned the Belarusian ambassador two days after Belarusian helicopters attacked a border post on Tuesday.");
  assert.deepEqual(dateOf(doc, "attacked"), ["2024-03-12", "day"]);
  assert.deepEqual(dateOf(doc, "summoned"), ["2024-03-14", "day"]);
  const before = coded("Georgia protested three days before Armenian troops attacked the village on Thursday.");
  assert.deepEqual(dateOf(before, "protested"), ["2024-03-11", "day"]);
});

test("fixed phrases: the day after, the eve of", () => {
  const after = coded("The day after the vote on Sunday, police arrested the opposition leader in Tbilisi.");
  assert.deepEqual(dateOf(after, "arrested"), ["2024-03-11", "day"]);
  const eve = coded("On the eve of the summit on Thursday, Serbia threatened Kosovo.");
  assert.deepEqual(dateOf(eve, "threatened"), ["2024-03-13", "day"]);
});

test("a cue without an exact length keeps the anchor's date at a coarser precision", () => {
  const doc = coded("Shortly after Syria attacked Idlib on Tuesday, Turkey condemned the strike.");
  assert.deepEqual(dateOf(doc, "attacked"), ["2024-03-12", "day"]);
  assert.deepEqual(dateOf(doc, "condemned"), ["2024-W11", "week"]);
});

test("an offset from a week-precision anchor stays a week", () => {
  const doc = coded("Sudan attacked Darfur last week, a week after Chad accused Sudan of arming militias.");
  assert.deepEqual(dateOf(doc, "attacked"), ["2024-W10", "week"]);
  assert.deepEqual(dateOf(doc, "accused"), ["2024-W09", "week"]);
});

test("a time expression dates its own clause, not the other clause that has its own", () => {
  const doc = coded("On Tuesday Ethiopia attacked Tigray and Eritrea accused Ethiopia of aggression on Thursday.");
  assert.deepEqual(dateOf(doc, "attacked"), ["2024-03-12", "day"]);
  assert.deepEqual(dateOf(doc, "accused"), ["2024-03-14", "day"]);
});

test("after without a length orders the clauses but dates nothing by itself", () => {
  const doc = coded("Turkey condemned Syria after the attack.");
  assert.deepEqual(dateOf(doc, "condemned"), ["2024-03-15", "publication"]);
});

test("the dateline's date is the publication date, not the event's", () => {
  const doc = coded("Ankara protest\nANKARA, March 15 (Reuters) - Turkey condemned Syria over the border clashes.");
  assert.deepEqual(dateOf(doc, "condemned"), ["2024-03-15", "publication"]);
});

test("shiftDate moves a date by a length at the coarser precision", () => {
  assert.deepEqual(shiftDate({ value: "2024-01-31", precision: "day" }, 1, "P1M"), { date: "2024-02-29", precision: "day" });
  assert.deepEqual(shiftDate({ value: "2024-03-01", precision: "day" }, -1, "P1D"), { date: "2024-02-29", precision: "day" });
  assert.deepEqual(shiftDate({ value: "2024-03-14", precision: "day" }, 1, "PT5H"), { date: "2024-03-14", precision: "day" });
  assert.deepEqual(shiftDate({ value: "2024-03", precision: "month" }, -1, "P1M"), { date: "2024-02", precision: "month" });
  assert.deepEqual(shiftDate({ value: "2024", precision: "year" }, 1, "P1Y"), { date: "2025", precision: "year" });
  assert.deepEqual(shiftDate({ value: "2025-W01", precision: "week" }, -1, "P1W"), { date: "2024-W52", precision: "week" });
  assert.deepEqual(shiftDate({ value: "2024-03-14", precision: "day" }, 1, "P2D", "week"), { date: "2024-W11", precision: "week" });
  assert.equal(shiftDate({ value: "2020s", precision: "year" }, 1, "P1Y"), null);
});

/** The location of the event whose evidence holds `words`. */
function placeOf(doc: Document, words: string): string | null {
  const event = (doc.layers.events ?? []).find((e) => doc.text.slice(e.evidence[0], e.evidence[1]).includes(words));
  assert.ok(event, `an event says "${words}" in: ${doc.text}`);
  return event.location;
}

test("location: the place after near/outside, past 'the town of' and 'central'", () => {
  assert.equal(placeOf(coded("Police arrested the opposition leader in the town of Gori."), "arrested"), "Gori");
  assert.equal(placeOf(coded("Armenian troops attacked a convoy near Stepanakert on Monday."), "attacked"), "Stepanakert");
  assert.equal(placeOf(coded("Police arrested protesters in central Tbilisi."), "arrested"), "Tbilisi");
  assert.equal(placeOf(coded("Police arrested protesters at dawn."), "arrested"), null);
});

test("a time before another verb is that verb's: the deed in the clause further on is not dated by it", () => {
  const doc = coded("Kenya said on Thursday its troops were pushing militants out of towns Somali militants had attacked when the offensive began on Tuesday.");
  assert.deepEqual(dateOf(doc, "attacked"), ["2024-03-12", "day"]);
});

test("a relative cue dates the verb it follows", () => {
  const doc = coded("Zambia said Malawi would withdraw its troops two years after they attacked the border in 2021.");
  assert.deepEqual(dateOf(doc, "attacked"), ["2021", "year"]);
  assert.deepEqual(dateOf(doc, "withdraw"), ["2023", "year"]);
});
