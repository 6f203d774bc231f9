import { test } from "node:test";
import assert from "node:assert/strict";
import { createDocument } from "../src/ingest/create-document.js";
import { readDateline } from "../src/ingest/dateline.js";
import { parseText } from "../src/ingest/text.js";
import { parseDateValue } from "../src/ingest/dates.js";

const FLAG = parseDateValue("2025-03-10", "flag");

test("the first line is the title when it looks like one; a dateline with a year dates the article", () => {
  const article = parseText("Ministers meet in Oslo\nOSLO, May 5, 2025 (Attache Wire) - The ministers met on Monday.\nThey agreed to meet again.", "a.txt", null);
  assert.equal(article.title, "Ministers meet in Oslo");
  assert.equal(article.text, "OSLO, May 5, 2025 (Attache Wire) - The ministers met on Monday.\nThey agreed to meet again.");
  assert.deepEqual(article.published, { value: "2025-05-05", precision: "day", origin: "dateline" });
  assert.equal(article.source, "Attache Wire");
});

test("a first line that ends as a sentence is body, not title", () => {
  const article = parseText("The ministers met on Monday.\nThey agreed to meet again.", "b.txt", null);
  assert.equal(article.title, null);
  assert.equal(article.text, "The ministers met on Monday.\nThey agreed to meet again.");
});

test("a dateline without a year takes the year nearest --date; without --date the date is unknown, and said so", () => {
  const body = "GENEVA, March 3 (Attache Wire) - Talks resumed.";
  assert.deepEqual(readDateline(body, FLAG)?.published, { value: "2025-03-03", precision: "day", origin: "dateline" });
  // Near New Year the nearest year is the previous one.
  assert.equal(readDateline("KYIV, Dec. 30 (Attache Wire) - Talks resumed.", parseDateValue("2026-01-02", "flag"))?.published?.value, "2025-12-30");
  const unknown = createDocument(parseText(`Talks resume\n${body}`, "c.txt", null));
  assert.equal(unknown.meta.published, null);
  assert.deepEqual(unknown.messages.map((m) => [m.code, m.severity]), [["date-unknown", "info"]]);
  assert.match(unknown.messages[0]!.reason, /March 3/);
});

test("without a dateline the --date flag dates the article; with neither, date-unknown", () => {
  const flagged = createDocument(parseText("Ministers meet\nThe ministers met on Monday.", "d.txt", FLAG));
  assert.deepEqual(flagged.meta.published, { value: "2025-03-10", precision: "day", origin: "flag" });
  assert.deepEqual(flagged.messages, []);
  const undated = createDocument(parseText("Ministers meet\nThe ministers met on Monday.", "d.txt", null));
  assert.deepEqual(undated.messages.map((m) => m.code), ["date-unknown"]);
});

test("an agency dateline without a date gives the source only; an impossible date gives none", () => {
  assert.deepEqual(readDateline("BEIRUT (Attache Wire) - Strikes hit the south.", null), { published: null, source: "Attache Wire", yearless: null });
  assert.equal(readDateline("PARIS, February 30, 2025 - Nothing happened.", null)?.published, null);
  assert.equal(readDateline("The minister said on Monday that talks would resume.", null), null);
});
