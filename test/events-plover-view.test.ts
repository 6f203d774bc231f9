import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { codeEvents } from "../src/events/coder.js";
import { ploverViewOf } from "../src/events/plover-view.js";
import { docWithActors } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";
import { CLI } from "./paths.js";

const knowledge = knowledgeWith([
  { code: "057", verbs: ["sign * treaty"] },
  { code: "163", verbs: ["impose * embargo on"] },
  { code: "010", verbs: ["say"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Ruritania", "RUR", "RUR", "GPE"],
  ["Freedonia", "FRE", "FRE", "GPE"],
  ["Sylvania", "SYL", "SYL", "GPE"],
];

const view = (text: string): string[] =>
  ploverViewOf(codeEvents(docWithActors(text, ACTORS), knowledge)).map((e) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.plover}`);

test("a joint deed coded both ways in CAMEO is one PLOVER record with both actors on each side", () => {
  const cameo = codeEvents(docWithActors("Ruritania and Freedonia signed a friendship treaty.", ACTORS), knowledge);
  assert.equal(cameo.length, 2);
  assert.deepEqual(view("Ruritania and Freedonia signed a friendship treaty."), ["RUR;FRE>FRE;RUR SUPPORT"]);
});

test("one predicate with coordinated targets is one PLOVER record listing them", () => {
  assert.deepEqual(view("Ruritania imposed an embargo on Freedonia and Sylvania."), ["RUR>FRE;SYL COERCE"]);
});

test("events of different predicates stay apart, and statements have no PLOVER record", () => {
  assert.deepEqual(view("Ruritania imposed an embargo on Freedonia. Sylvania signed a treaty with Freedonia."), ["RUR>FRE COERCE", "SYL>FRE SUPPORT"]);
  assert.deepEqual(view("Ruritania said nothing about Freedonia."), []);
});

test("attache code --events plover prints each predicate once, with its actors, date and place; the default prints each dyad", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-plover-view-"));
  const article = join(dir, "treaty.txt");
  writeFileSync(article, "Jordan and Britain signed a trade agreement in Amman on Monday. Jordan's foreign minister said the deal would help both countries.\n");
  const eventsOf = (...options: string[]) =>
    (JSON.parse(execFileSync("node", [CLI, "code", "--date", "2025-03-05", ...options, article], { encoding: "utf8" })) as { events: { source: string; target: string; plover: string; date: string; location: string }[] }).events;
  const dyads = eventsOf().filter((e) => e.plover === "SUPPORT");
  assert.deepEqual(dyads.map((e) => `${e.source}>${e.target}`), ["JOR>GBR", "GBR>JOR"]);
  const records = eventsOf("--events", "plover");
  assert.deepEqual(records.map((e) => [e.source, e.target, e.plover, e.date, e.location]), [["JOR;GBR", "GBR;JOR", "SUPPORT", "2025-03-03", "Amman"]]);
  const refused = spawnSync("node", [CLI, "code", "--events", "gdelt", article], { encoding: "utf8" });
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /--events.*one of cameo, plover/s);
});
