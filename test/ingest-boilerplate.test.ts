import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Document } from "../src/document.js";
import { createDocument } from "../src/ingest/create-document.js";
import { detectBoilerplate } from "../src/ingest/boilerplate.js";
import { tokenize } from "../src/language/tokens.js";
import { HAS_SHARED, SHARED } from "./paths.js";

function boilerplateOf(text: string): [string, string][] {
  const doc = detectBoilerplate(createDocument({ text, format: "text", origin: "test" }));
  return (doc.layers.boilerplate ?? []).map((b) => [b.kind, doc.text.slice(b.start, b.end)]);
}

const STORY = [
  "The parliament of Moldova voted on Thursday to extend the state of emergency by sixty days, citing energy shortages.",
  "The opposition walked out before the vote and said it would challenge the decision in the constitutional court.",
];

test("a link list under a cue heading is boilerplate up to the end, items long or short", () => {
  const links = ["Related:", "- Gas prices climb again as winter approaches and reserves shrink across the region, officials warned.", "- Chisinau court hears appeal"];
  assert.deepEqual(boilerplateOf([...STORY, ...links].join("\n")), [["link-list", links.join("\n")]]);
});

test("a cue heading's list stops at the next real paragraph", () => {
  const text = [STORY[0], "More from our correspondents", "Winter in the capital", "Trains delayed by snow", STORY[1]].join("\n");
  assert.deepEqual(boilerplateOf(text), [["link-list", "More from our correspondents\nWinter in the capital\nTrains delayed by snow"]]);
});

test("a plain heading with a colon counts only when link-like lines follow it to the end", () => {
  const trailing = ["Elsewhere on the site:", "Floods in the north", "Budget vote delayed"];
  assert.deepEqual(boilerplateOf([...STORY, ...trailing].join("\n")), [["link-list", trailing.join("\n")]]);
  // The same shape inside the article is a list the article gives: kept.
  const inside = [STORY[0], "The demands include:", "- new elections", "- the release of detainees", STORY[1]].join("\n");
  assert.deepEqual(boilerplateOf(inside), []);
});

test("share, subscribe, cookie, navigation and credit lines; article sentences that merely mention them are kept", () => {
  const lines = [
    ["navigation", "Home > World > Europe"],
    ["share", "Facebook Twitter WhatsApp Email"],
    ["credit", "Photo: Ion Rusu / Attache Wire"],
    ["subscribe", "Sign up for our morning newsletter"],
    ["cookie", "We use cookies to improve your experience. By continuing you accept our cookie policy."],
  ];
  const text = [lines[0]![1], STORY[0], lines[1]![1], lines[2]![1], STORY[1], "Ministers said they would share the burden of the cuts.", lines[3]![1], lines[4]![1]].join("\n");
  assert.deepEqual(boilerplateOf(text), lines);
});

test("a run of bare menu entries is navigation; a short list with numbers is not", () => {
  const menu = ["News", "Sport", "Business", "Real Estate", "Obituaries"];
  assert.deepEqual(boilerplateOf([...menu, ...STORY].join("\n")), [["navigation", menu.join("\n")]]);
  assert.deepEqual(boilerplateOf(["Results", "2 seats", "14 seats", "31 seats", "7 seats", ...STORY].join("\n")), []);
});

test("tokens skip boilerplate: no sentence lies inside a boilerplate span", () => {
  const doc: Document = tokenize(detectBoilerplate(createDocument({ text: [...STORY, "Read also:", "- Snow closes schools"].join("\n"), format: "text", origin: "t" })));
  const start = doc.text.indexOf("Read also:");
  assert.ok((doc.layers.sentences ?? []).length >= 2);
  assert.ok((doc.layers.sentences ?? []).every((s) => s.end <= start));
});

test("belarus fixture: everything from the link-list heading on is boilerplate, nothing before it", { skip: !HAS_SHARED && "needs ../shared/fixtures" }, () => {
  const text = readFileSync(join(SHARED, "fixtures", "belarus-prisoners.txt"), "utf8");
  const doc = detectBoilerplate(createDocument({ text, format: "text", origin: "fixture" }));
  const spans = doc.layers.boilerplate ?? [];
  assert.equal(spans.length, 1);
  assert.equal(spans[0]!.start, doc.text.indexOf("Read also:"));
  assert.equal(spans[0]!.end, doc.text.length);
});
