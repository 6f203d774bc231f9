import { test } from "node:test";
import assert from "node:assert/strict";
import { findClaims } from "../src/events/claims.js";
import { loadModalityCues } from "../src/events/modality.js";
import { docWithActors, quantityAt, timeAt } from "./helpers/event-docs.js";

const cues = loadModalityCues();
const brief = (text: string, extra: Parameters<typeof docWithActors>[2]) =>
  findClaims(docWithActors(text, [], { published: "2025-09-12", ...extra }), cues).map((c) => ({
    value: c.value,
    comparator: c.comparator,
    subject: c.subject,
    predicate: c.predicate,
    date: c.date,
    since: c.since,
    attributedTo: c.attributedTo,
  }));

test("a figure with its subject, verb and 'since' range; a bare number continues it with its own date", () => {
  const text = "The government has freed more than 300 detained journalists since March 2019, including 41 on June 3rd.";
  const claims = brief(text, {
    quantities: [quantityAt(text, "more than 300", 300, "more-than", "detained journalists"), quantityAt(text, "41", 41, "exactly")],
    times: [timeAt(text, "March 2019", "2019-03", { from: "2019-03" }), timeAt(text, "June 3rd", "2025-06-03")],
  });
  assert.deepEqual(claims, [
    { value: 300, comparator: "more-than", subject: "detained journalists", predicate: "freed", date: null, since: "2019-03", attributedTo: null },
    { value: 41, comparator: "exactly", subject: "detained journalists", predicate: "freed", date: "2025-06-03", since: null, attributedTo: null },
  ]);
});

test("a figure attributed by a reporting verb at the start of the sentence", () => {
  const text = "Aid agencies estimate that over 2,000 families remain without shelter in the valley.";
  const claims = brief(text, { quantities: [quantityAt(text, "over 2,000", 2000, "more-than", "families")] });
  assert.deepEqual(claims, [
    { value: 2000, comparator: "more-than", subject: "families", predicate: "remain without shelter", date: null, since: null, attributedTo: "Aid agencies" },
  ]);
});

test("'according to X' names the source", () => {
  const text = "About 40 soldiers were wounded, according to the regional governor.";
  const claims = brief(text, { quantities: [quantityAt(text, "About 40", 40, "about", "soldiers")] });
  assert.equal(claims[0]?.attributedTo, "the regional governor");
  assert.equal(claims[0]?.predicate, "were wounded");
});

test("a number after a determiner refers back and states nothing", () => {
  const text = "Relations between the two countries improved.";
  assert.deepEqual(brief(text, { quantities: [quantityAt(text, "two", 2, "exactly", "countries")] }), []);
});
