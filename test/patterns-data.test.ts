import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { loadPatterns } from "../src/events/patterns.js";
import { parsePatternText } from "../src/events/pattern-schema.js";
import type { PatternRecord } from "../src/events/pattern-schema.js";
import type { DataRecord } from "../src/knowledge/read-data.js";
import { DATA_DIR } from "../src/knowledge/read-data.js";
import { loadOntology } from "../src/events/ontology.js";

const PATTERN_DIR = join(DATA_DIR, "events", "patterns");
const records: readonly DataRecord<PatternRecord>[] = loadPatterns();

/**
 * Words of -ing/-ed form that our patterns use as nouns or adjectives ("the lifting of",
 * "a targeted killing"), matched on their surface form. Any other -ing/-ed word is a verb
 * form that should have been written as its lemma ("released" → "release").
 */
const NOMINAL_FORMS = new Set([
  "meeting", "bombing", "shooting", "killing", "funding", "training", "ceasefire", "lifting", "easing",
  "peacekeeping", "sharing", "fighting", "shelling", "building", "backing", "rigging", "crossing",
  "uprising", "ruling", "gathering", "cleansing", "laundering", "money-laundering", "financing", "spying",
  "warning", "understanding", "trafficking", "smuggling", "downing", "power-sharing", "meddling", "lynching",
  "kidnapping", "hijacking", "hacking", "footing", "beheading", "beating", "wreath-laying", "working",
  "unfreezing", "storming", "stabbing", "signing", "shipping", "severing", "rioting", "recording", "ramming",
  "poisoning", "monitoring", "looting", "hostage-taking", "granting", "freeing", "flogging", "fact-finding",
  "decommissioning", "cheating", "blacklisting", "landing", "briefing", "hearing", "sentencing", "finding", "painting",
  // adjectives
  "targeted", "guided", "precision-guided", "unmanned", "heightened", "forced", "improvised", "attempted",
  "armed", "detained", "united", "disappointed", "concerned", "displaced", "scathing", "blistering", "stinging", "withering",
  "wounded", "injured",
  // not inflections at all
  "hundred", "need", "ied", "bring", "red", "shed", "bed", "feed", "seed", "speed", "breed", "proceed", "king",
]);

function allPatterns(): { code: string; kind: "verb" | "noun"; text: string; where: string }[] {
  const out: { code: string; kind: "verb" | "noun"; text: string; where: string }[] = [];
  for (const r of records) {
    for (const text of r.value.verbs ?? []) out.push({ code: r.value.code, kind: "verb", text, where: `${r.file}:${r.line}` });
    for (const text of r.value.nouns ?? []) out.push({ code: r.value.code, kind: "noun", text, where: `${r.file}:${r.line}` });
  }
  return out;
}

test("there is one pattern file per CAMEO root, 01 to 20, and each holds only its own root's codes", () => {
  const files = readdirSync(PATTERN_DIR).filter((f) => f.endsWith(".yaml")).sort();
  assert.deepEqual(files, Array.from({ length: 20 }, (_, i) => `${String(i + 1).padStart(2, "0")}.yaml`));
  for (const r of records) {
    const root = /(\d\d)\.yaml$/.exec(r.file)?.[1];
    if (root === undefined) continue; // a user folder's file
    assert.equal(r.value.code.slice(0, 2), root, `${r.file}:${r.line}: code ${r.value.code} is not of root ${root}`);
  }
});

test("every pattern code is a CAMEO code of the ontology, and every leaf code has patterns", () => {
  const ontology = loadOntology();
  const known = new Set(ontology.codes.map((c) => c.code));
  assert.ok(known.size > 250, `the ontology lists ${known.size} codes`);
  for (const r of records) assert.ok(known.has(r.value.code), `${r.file}:${r.line}: ${r.value.code} is not a CAMEO code`);
  const covered = new Set(records.filter((r) => (r.value.verbs?.length ?? 0) + (r.value.nouns?.length ?? 0) > 0).map((r) => r.value.code));
  const codes = [...known];
  const leaves = codes.filter((c) => !codes.some((d) => d !== c && d.startsWith(c)));
  const missing = leaves.filter((c) => !covered.has(c));
  assert.deepEqual(missing, [], `leaf codes without patterns: ${missing.join(" ")}`);
  // Generic codes ("010", "190") stand for themselves too: each root's general code has patterns.
  for (let root = 1; root <= 20; root++) {
    const general = `${String(root).padStart(2, "0")}0`;
    assert.ok(covered.has(general), `general code ${general} has no patterns`);
  }
});

test("each code has one record, and no pattern repeats within a code or across codes", () => {
  const seenCode = new Map<string, string>();
  for (const r of records) {
    const before = seenCode.get(r.value.code);
    assert.equal(before, undefined, `${r.file}:${r.line}: code ${r.value.code} already has a record at ${before}`);
    seenCode.set(r.value.code, `${r.file}:${r.line}`);
  }
  const owner = new Map<string, { code: string; where: string }>();
  const repeats: string[] = [];
  for (const p of allPatterns()) {
    const key = `${p.kind}:${p.text.trim().replace(/\s+/g, " ")}`;
    const other = owner.get(key);
    if (other) repeats.push(`${p.where}: ${p.kind} pattern "${p.text}" of ${p.code} is also at ${other.where} (${other.code})`);
    owner.set(key, { code: p.code, where: p.where });
  }
  assert.deepEqual(repeats, []);
});

test("every pattern parses, and its words are lemmas (no -ed/-ing verb forms)", () => {
  const problems: string[] = [];
  for (const p of allPatterns()) {
    const words = parsePatternText(p.text);
    if (typeof words === "string") {
      problems.push(`${p.where}: "${p.text}": ${words}`);
      continue;
    }
    for (const w of words) {
      if (w.kind !== "words") continue;
      for (const alt of w.alternatives) {
        if (/(ing|ed)$/.test(alt) && !NOMINAL_FORMS.has(alt)) problems.push(`${p.where}: "${p.text}": "${alt}" is not a lemma`);
        if (alt !== alt.toLowerCase()) problems.push(`${p.where}: "${p.text}": "${alt}" is not lower-case`);
      }
      if (new Set(w.alternatives).size !== w.alternatives.length) problems.push(`${p.where}: "${p.text}": an alternative repeats`);
    }
    if (words.filter((w) => w.kind === "target").length > 1) problems.push(`${p.where}: "${p.text}": more than one $T`);
    const last = words[words.length - 1];
    if (last?.kind === "gap") problems.push(`${p.where}: "${p.text}": ends in a gap, which matches nothing more`);
  }
  assert.deepEqual(problems, []);
});

test("patterns say their own code: generic verbs stay in the root's general code", () => {
  const byText = new Map(allPatterns().map((p) => [`${p.kind}:${p.text}`, p.code]));
  // A few readings the codebook fixes; each guards against a pattern drifting to a wrong code.
  const expected: [string, string][] = [
    ["verb:say", "010"],
    ["verb:urge", "020"],
    ["verb:demand", "100"],
    ["verb:reject", "120"],
    ["verb:threaten $T", "130"],
    ["verb:protest", "140"],
    ["verb:attack", "190"],
    ["verb:visit", "042"],
    ["verb:host $T", "043"],
    ["verb:release", "0841"],
    ["verb:arrest", "173"],
    ["verb:recall * ambassador|envoy|diplomat|charge|representative", "161"],
    ["verb:impose * sanction|embargo|boycott|tariff|penalty|restriction|ban|duty", "163"],
    ["verb:lift|ease|remove|relax|suspend * sanction|embargo|boycott|tariff", "085"],
    ["verb:meet * demand", "083"],
    ["verb:shoot down", "195"],
    ["noun:release of", "0841"],
    ["noun:visit to", "042"],
    ["noun:ceasefire|cease-fire|truce|armistice", "0871"],
  ];
  for (const [key, code] of expected) assert.equal(byText.get(key), code, key);
});

test("patterns are plentiful enough to be useful", () => {
  const patterns = allPatterns();
  assert.ok(patterns.length >= 1500, `${patterns.length} patterns`);
  const perRoot = new Map<string, number>();
  for (const p of patterns) perRoot.set(p.code.slice(0, 2), (perRoot.get(p.code.slice(0, 2)) ?? 0) + 1);
  for (let root = 1; root <= 20; root++) {
    const r = String(root).padStart(2, "0");
    assert.ok((perRoot.get(r) ?? 0) >= 15, `root ${r} has ${perRoot.get(r) ?? 0} patterns`);
  }
});
