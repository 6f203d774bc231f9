import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Document, PublishedDate, TimeExpression } from "../src/document.js";
import { withLayers } from "../src/document.js";
import { createDocument } from "../src/ingest/create-document.js";
import { tokenize } from "../src/language/tokens.js";
import { findTimes } from "../src/language/times.js";
import { CLI, HAS_SHARED, SHARED } from "./paths.js";
import { assertSpansResolve } from "./helpers/spans.js";

// A Friday.
const PUBLISHED: PublishedDate = { value: "2025-09-12", precision: "day", origin: "flag" };

function timesOf(text: string, published: PublishedDate | null = PUBLISHED): readonly TimeExpression[] {
  const doc = findTimes(tokenize(createDocument({ text, format: "text", origin: "test", published })));
  assertSpansResolve(doc);
  return doc.layers.times ?? [];
}

/** [span text, value, precision, range?] of every expression found. */
function brief(times: readonly TimeExpression[]): unknown[] {
  return times.map((t) => (t.range ? [t.text, t.value, t.precision, t.range] : [t.text, t.value, t.precision]));
}

const CASES: readonly (readonly [string, unknown[]])[] = [
  ["He was freed on September 11th.", [["September 11th", "2025-09-11", "day"]]],
  ["It was signed on Sept. 3.", [["Sept. 3", "2025-09-03", "day"]]],
  ["The ceasefire took effect on 11 September 2024.", [["11 September 2024", "2024-09-11", "day"]]],
  ["The plant closed at the end of February.", [["end of February", "2025-02", "month"]]],
  ["He has been held since July 2021.", [["July 2021", "2021-07", "month", { from: "2021-07" }]]],
  ["He was re-elected in 2020.", [["2020", "2020", "year"]]],
  ["The 2020 election was disputed.", [["2020", "2020", "year"]]],
  ["The company was founded in 1999 and listed in 2004.", [["1999", "1999", "year"], ["2004", "2004", "year"]]],
  ["In December the army attacked the town.", [["December", "2024-12", "month"]]],
  ["The summit will be held in December.", [["December", "2025-12", "month"]]],
  ["Talks resumed in mid-May.", [["May", "2025-05", "month"]]],
  ["He left Minsk last May.", [["last May", "2025-05", "month"]]],
  ["Last September the protests began.", [["Last September", "2024-09", "month"]]],
  ["She arrived on Monday.", [["Monday", "2025-09-08", "day"]]],
  ["She will arrive on Monday.", [["Monday", "2025-09-15", "day"]]],
  ["They met yesterday.", [["yesterday", "2025-09-11", "day"]]],
  ["Last week the talks stalled.", [["Last week", "2025-W36", "week"]]],
  ["On Friday, the president said he would visit next week.", [["Friday", "2025-09-12", "day"], ["next week", "2025-W38", "week"]]],
  ["Earlier this month the ministry said so.", [["this month", "2025-09", "month"]]],
  ["It happened three years ago.", [["three years ago", "2022", "year"]]],
  ["From May to June the troops stayed.", [["May to June", "2025-05", "month", { from: "2025-05", to: "2025-06" }]]],
  ["The talks ran between March and May.", [["March and May", "2025-03", "month", { from: "2025-03", to: "2025-05" }]]],
  ["Prices rose from 2019 to 2021.", [["2019 to 2021", "2019", "year", { from: "2019", to: "2021" }]]],
  ["Protesters gathered at 9 a.m.", [["9 a.m.", "2025-09-12T09:00", "second"]]],
  ["Talks broke up late last night.", [["last night", "2025-09-11", "day"]]],
  ["He served three years in prison.", [["three years", "P3Y", "unknown"]]],
  ["He said on Thursday that a three-year sentence was unjust.", [["Thursday", "2025-09-11", "day"], ["three-year", "P3Y", "unknown"]]],
  // Counted from another event: only its length, never a date from the publication day.
  ["The release occurred a day after Poland claimed to have shot down drones.", [["a day", "P1D", "unknown"]]],
  // Near misses: counts, names and verbs that look like dates.
  ["More than 2,020 people and 1500 soldiers fled.", []],
  ["Over 2000 people signed.", []],
  ["Theresa May said she would resign.", []],
  ["He will march to the square.", []],
  ["She told the BBC's Today programme that rates would rise.", []],
  ["He checks the news every morning.", []],
  ["Rates rose to 7-3/4 pct from 7-1/4, a 2-1 decision.", []],
  ["The aid was worth $5 billion a year.", []],
];

for (const [sentence, expected] of CASES) {
  test(`times: ${sentence}`, () => {
    assert.deepEqual(brief(timesOf(sentence)), expected);
  });
}

test("types say what an expression is", () => {
  const times = timesOf("On Monday he served three years; at 9 a.m. he was freed.");
  assert.deepEqual(times.map((t) => t.type), ["DATE", "DURATION", "TIME"]);
});

test("month-only expressions never get day precision", () => {
  for (const time of timesOf("In December, in July 2021 and last May the army moved; it will return in March.")) {
    assert.equal(time.precision, "month", time.text);
    assert.match(time.value, /^\d{4}-\d{2}$/);
  }
});

test("without a publication date, only expressions that do not depend on it are kept", () => {
  const times = timesOf("He has been held since July 2021 and was re-elected in 2020; he met them yesterday, and in December.", null);
  assert.deepEqual(brief(times), [["July 2021", "2021-07", "month", { from: "2021-07" }], ["2020", "2020", "year"]]);
});

test("a publication date known only to the month anchors nothing relative", () => {
  const times = timesOf("He was freed yesterday, and held since July 2021.", { value: "2025-09", precision: "month", origin: "meta" });
  assert.deepEqual(brief(times), [["July 2021", "2021-07", "month", { from: "2021-07" }]]);
});

test("the nearest tense decides: a past release, a future visit", () => {
  const times = timesOf("Prisoners freed in August said the envoy will come back in October.");
  assert.deepEqual(brief(times), [["August", "2025-08", "month"], ["October", "2025-10", "month"]]);
  assert.deepEqual(brief(timesOf("The plan, including talks in December, is ready.")), [["December", "2025-12", "month"]]);
  assert.deepEqual(brief(timesOf("Prisoners have been freed in December.")), [["December", "2024-12", "month"]]);
  const past = timesOf("The envoy came back in October.");
  assert.deepEqual(brief(past), [["October", "2024-10", "month"]]);
});

test("boilerplate is not read", () => {
  const text = "Talks resumed on Monday.\nRead also: Elections on Tuesday";
  const base = createDocument({ text, format: "text", origin: "test", published: PUBLISHED });
  const boilerplateStart = text.indexOf("Read also");
  const doc: Document = findTimes(tokenize(withLayers(base, { boilerplate: [{ start: boilerplateStart, end: text.length, kind: "link-list" }] })));
  assert.deepEqual(doc.layers.times?.map((t) => t.text), ["Monday"]);
});

test("the Belarus fixture gives its three dates", { skip: HAS_SHARED ? false : "../shared is not here" }, () => {
  const fixture = join(SHARED, "fixtures", "belarus-prisoners.txt");
  const expected = JSON.parse(readFileSync(join(SHARED, "fixtures", "belarus-prisoners.expected.json"), "utf8")) as { times: { text: string; value: string }[] };
  const output = JSON.parse(execFileSync("node", [CLI, "code", "--date", "2025-09-12", fixture], { encoding: "utf8" }).split("\n")[0]!) as { times: TimeExpression[] };
  assert.ok(expected.times.length > 0);
  // As shared/tools/check-article.mjs matches: the span contains the words, the value starts with the gold.
  for (const want of expected.times) {
    assert.ok(output.times.some((t) => t.text.includes(want.text) && t.value.startsWith(want.value)), `${want.text} → ${want.value}`);
  }
});
