import { test } from "node:test";
import assert from "node:assert/strict";
import type { PublishedDate, Quantity } from "../src/document.js";
import { createDocument } from "../src/ingest/create-document.js";
import { tokenize } from "../src/language/tokens.js";
import { findTimes } from "../src/language/times.js";
import { findQuantities } from "../src/language/quantities.js";
import { assertSpansResolve } from "./helpers/spans.js";

const PUBLISHED: PublishedDate = { value: "2025-09-12", precision: "day", origin: "flag" };

function quantitiesOf(text: string): readonly Quantity[] {
  const doc = findQuantities(findTimes(tokenize(createDocument({ text, format: "text", origin: "test", published: PUBLISHED }))));
  assertSpansResolve(doc);
  return doc.layers.quantities ?? [];
}

/** [span text, value, comparator, unit or null] of every quantity found. */
function brief(quantities: readonly Quantity[]): unknown[] {
  return quantities.map((q) => [q.text, q.value, q.comparator, q.unit ?? null]);
}

const CASES: readonly (readonly [string, unknown[]])[] = [
  ["Police detained 52 protesters.", [["52", 52, "exactly", "protesters"]]],
  ["He has freed more than 300 political prisoners since July 2021.", [["more than 300", 300, "more-than", "political prisoners"]]],
  ["Over 1,000 political prisoners remain behind bars.", [["Over 1,000", 1000, "more-than", "political prisoners"]]],
  ["Nearly 2,000 people fled the fighting.", [["Nearly 2,000", 2000, "about", "people"]]],
  ["At least 12 soldiers died.", [["At least 12", 12, "at-least", "soldiers"]]],
  ["About 40 were hurt.", [["About 40", 40, "about", null]]],
  ["Some 40 Ukrainian soldiers surrendered.", [["Some 40", 40, "about", "Ukrainian soldiers"]]],
  ["Up to 500 troops crossed.", [["Up to 500", 500, "at-most", "troops"]]],
  ["Fewer than 20 tanks remain.", [["Fewer than 20", 20, "less-than", "tanks"]]],
  ["Almost 90 votes were cast.", [["Almost 90", 90, "about", "votes"]]],
  ["Two dozen soldiers were captured.", [["Two dozen", 24, "exactly", "soldiers"]]],
  ["Dozens of protesters were detained.", [["Dozens", 24, "at-least", "protesters"]]],
  ["Hundreds were hurt.", [["Hundreds", 200, "at-least", null]]],
  ["Tens of thousands of people marched.", [["Tens of thousands", 20000, "at-least", "people"]]],
  ["More than a dozen journalists were arrested.", [["More than a dozen", 12, "more-than", "journalists"]]],
  ["A third of the seats went to the opposition.", [["A third", 0.333, "exactly", "seats"]]],
  ["Two thirds of voters agreed.", [["Two thirds", 0.667, "exactly", "voters"]]],
  ["The state keeps two-thirds of the shares.", [["two-thirds", 0.667, "exactly", "shares"]]],
  ["They counted 1.5 million ballots.", [["1.5 million", 1500000, "exactly", "ballots"]]],
  ["Three ministers resigned.", [["Three", 3, "exactly", "ministers"]]],
  ["Three hundred and twenty people were arrested.", [["Three hundred and twenty", 320, "exactly", "people"]]],
  ["The aid was worth $5 million.", [["$5 million", 5000000, "exactly", "$"]]],
  ["Turnout was 40%.", [["40", 40, "exactly", "percent"]]],
  ["One of the prisoners was freed.", [["One", 1, "exactly", "prisoners"]]],
  ["One of her colleagues resigned.", [["One", 1, "exactly", "colleagues"]]],
  ["The Dome cost taxpayers £28.7m to sell.", [["£28.7m", 28700000, "exactly", "£"]]],
  ["Net profit fell to 52.2 mln dlrs, or 4.5 pct.", [["52.2 mln", 52200000, "exactly", "dlrs"], ["4.5", 4.5, "exactly", "percent"]]],
  ["This is three-party politics.", []],
  // The number inside a time expression is not a quantity.
  ["Lukashenko freed 52 on September 11th, the largest release since 2020.", [["52", 52, "exactly", null]]],
  ["He served three years in prison.", []],
  ["The meeting ended at 5 p.m.", []],
  // Near misses: names, ordinals, pronouns.
  ["Resolution 2231 was passed.", []],
  ["He was the third to speak.", []],
  ["No one was hurt.", []],
];

for (const [sentence, expected] of CASES) {
  test(`quantities: ${sentence}`, () => {
    assert.deepEqual(brief(quantitiesOf(sentence)), expected);
  });
}

test("several quantities in one sentence keep their own comparators", () => {
  assert.deepEqual(
    brief(quantitiesOf("More than 300 were freed but over 1,000 remain, and fewer than 20 were charged.")),
    [["More than 300", 300, "more-than", null], ["over 1,000", 1000, "more-than", null], ["fewer than 20", 20, "less-than", null]],
  );
});
