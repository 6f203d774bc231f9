import { test, before } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/store/open-store.js";
import { saveWithStory } from "../src/stories/index.js";
import { annotated, TEXT } from "./helpers/annotated-document.js";
import { CLI } from "./paths.js";

const dir = mkdtempSync(join(tmpdir(), "attache-cli-"));
const db = join(dir, "test.db");

/** Runs the built CLI against the test database. */
function attache(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("node", [CLI, ...args], { encoding: "utf8", env: { ...process.env, ATTACHE_DB: db } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json<T>(...args: string[]): T {
  const run = attache(...args, "--json");
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as T;
}

before(async () => {
  const store = openStore(db);
  await store.saveDocument(annotated());
  await store.saveDocument(annotated("Talks in Geneva ended without agreement on Thursday.", "https://example.org/geneva"));
  await store.close();
});

test("articles lists the latest versions, filtered, as a table or JSON", () => {
  const all = json<{ url: string; events: number }[]>("articles");
  assert.deepEqual(all.map((a) => [a.url, a.events]).sort(), [["https://example.org/belarus", 3], ["https://example.org/geneva", 0]]);
  assert.equal(json<unknown[]>("articles", "--source", "example news", "--since", "2025-09-12", "--until", "2025-09-12").length, 2);
  assert.equal(json<unknown[]>("articles", "--since", "2025-09-13").length, 0);
  assert.equal(json<unknown[]>("articles", "--lang", "fr").length, 0);
  const table = attache("articles");
  assert.match(table.stdout.split("\n")[0]!, /^ID\s+DATE\s+SOURCE/);
  assert.match(table.stdout, /Belarus frees prisoners/);
});

test("events filters by actor, dyad, code, type, quad and modality", () => {
  const cameo = (...args: string[]) => json<{ cameo: string }[]>("events", ...args).map((e) => e.cameo).sort();
  assert.deepEqual(cameo(), ["042", "0841", "1056"]);
  assert.deepEqual(cameo("--dyad", "blr", "usa"), ["042"]);
  assert.deepEqual(cameo("--actor", "POL"), ["1056"]);
  assert.deepEqual(cameo("--root", "8"), ["0841"]);
  assert.deepEqual(cameo("--plover", "request", "--quad", "3", "--modality", "requested"), ["1056"]);
  assert.deepEqual(cameo("--since", "2025-09-12"), []);
  assert.match(attache("events").stdout, /USAGOV\s+BLRGOV\s+042\s+CONSULT\s+asserted\s+1\s+1\s+met/);
});

test("usage errors exit 2 and name the flag", () => {
  for (const args of [["events", "--quad", "5"], ["events", "--dyad", "USA"], ["events", "--since", "yesterday"], ["articles", "--limit", "0"], ["export", "--format", "xml"], ["export"], ["nonsense"]]) {
    const run = attache(...args);
    assert.equal(run.status, 2, `${args.join(" ")}: ${run.stderr}`);
    assert.ok(run.stderr.length > 0, args.join(" "));
  }
});

test("a missing database is an error, not a new empty file", () => {
  const run = spawnSync("node", [CLI, "events", "--db", join(dir, "none.db")], { encoding: "utf8" });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /none\.db.*attache ingest/);
});

test("show finds an article by the start of its id and shows boilerplate apart", () => {
  const [belarus] = json<{ id: string; url: string }[]>("articles", "--source", "Example News").filter((a) => a.url.endsWith("belarus"));
  const run = attache("show", belarus!.id.slice(0, 6));
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^Belarus frees prisoners\n/);
  assert.match(run.stdout, /Poland urged Russia to withdraw\.\n\[boilerplate 1\]/);
  assert.match(run.stdout, /Boilerplate, set aside \(1\)\n {2}\[1\] link-list: Read also: \| Other story/);
  assert.match(run.stdout, /"since July 2021" → 2021-07 \(DATE, month\)/);
  assert.match(run.stdout, /more-than 300 political prisoners freed since 2021-07 \(per Rights groups\)/);
  const shown = json<{ layers: { events: { id: string }[]; sentences: unknown[] } }>("show", belarus!.id);
  assert.equal(shown.layers.sentences.length, 3);
  assert.deepEqual(shown.layers.events.map((e) => e.id), [0, 1, 2].map((n) => `${belarus!.id}:v1:e${n}`));
  assert.equal(attache("show", "zzzz").status, 1);
});

test("search quotes whatever it is given", () => {
  assert.deepEqual(json<{ article: { url: string } }[]>("search", "Geneva", "agreement").map((h) => h.article.url), ["https://example.org/geneva"]);
  for (const query of ['"', "NEAR(", "a OR", "*"]) assert.equal(attache("search", query).status, 0, query);
});

test("export writes GDELT, PLOVER, CSV and JSON Lines layouts", () => {
  const gdelt = attache("export", "--format", "gdelt").stdout.trimEnd().split("\n").map((line) => line.split("\t"));
  const header = gdelt[0]!;
  assert.equal(gdelt.length, 4);
  const met = Object.fromEntries(header.map((name, i) => [name, gdelt.find((row) => row.includes("042"))![i]]));
  // Saved without stories: each event counts as its own single report.
  assert.deepEqual(
    [met.SQLDATE, met.Actor1Code, met.Actor1CountryCode, met.Actor1Type1Code, met.Actor2Code, met.EventCode, met.EventBaseCode, met.EventRootCode, met.QuadClass, met.NumMentions, met.NumSources, met.ActionGeo_FullName, met.SOURCEURL],
    ["20250911", "USAGOV", "USA", "GOV", "BLRGOV", "042", "042", "04", "1", "1", "1", "Minsk", "https://example.org/belarus"],
  );

  const out = join(dir, "events.jsonl");
  assert.equal(attache("export", "--format", "plover", "--dyad", "POL", "RUS", "--out", out).status, 0);
  const plover = readFileSync(out, "utf8").trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.equal(plover.length, 1);
  assert.deepEqual(
    [plover[0]!.event_type, plover[0]!.source_country, plover[0]!.target_country, plover[0]!.modality, plover[0]!.event_text, plover[0]!.story_id],
    ["REQUEST", "POL", "RUS", "requested", "Poland urged Russia to withdraw.", null],
  );

  const csv = attache("export", "--format", "csv", "--code", "0841").stdout.trimEnd().split("\n");
  assert.equal(csv.length, 2);
  assert.match(csv[0]!, /^id,article_id,version,date,/);
  assert.match(csv[1]!, /,0841,name of 0841,08,2,-1,RETREAT,asserted,Minsk,/);

  const lines = attache("export", "--format", "jsonl").stdout.trimEnd().split("\n");
  assert.deepEqual(lines.map((l) => (JSON.parse(l) as { evidenceText: string }).evidenceText).sort(), ["freed", "met", "urged"]);
});

test("events and exports list canonical events with their reports and outlets; --reports lists every report", async () => {
  const merged = join(dir, "merged.db");
  const store = openStore(merged);
  const first = annotated();
  const copy = annotated(TEXT, "https://mirror.example/belarus");
  await saveWithStory(store, first);
  await saveWithStory(store, { ...copy, meta: { ...copy.meta, source: "Mirror Daily" } });
  await store.close();
  const on = (...args: string[]) => spawnSync("node", [CLI, ...args, "--db", merged], { encoding: "utf8" });
  const listed = (...args: string[]) => JSON.parse(on("events", "--json", ...args).stdout) as { cameo: string; mentions: number; sources: number }[];
  assert.deepEqual(listed().map((e) => [e.cameo, e.mentions, e.sources]).sort(), [["042", 2, 2], ["0841", 2, 2], ["1056", 2, 2]]);
  assert.deepEqual(listed("--unique"), listed(), "--unique is what events lists anyway");
  assert.equal(listed("--reports").length, 6);
  assert.match(on("events").stdout, /USAGOV\s+BLRGOV\s+042\s+CONSULT\s+asserted\s+2\s+2\s+met/);
  const gdelt = on("export", "--format", "gdelt").stdout.trimEnd().split("\n").map((line) => line.split("\t"));
  const counts = (rows: string[][]) => rows.slice(1).map((row) => [row[13], ...row.slice(18, 21)]).sort();
  assert.deepEqual(counts(gdelt), [["042", "2", "2", "2"], ["0841", "2", "2", "2"], ["1056", "2", "2", "2"]]);
  assert.equal(on("export", "--format", "csv", "--reports").stdout.trimEnd().split("\n").length, 7);
  const plover = on("export", "--format", "plover").stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as { num_mentions: number; num_sources: number });
  assert.deepEqual(plover.map((r) => [r.num_mentions, r.num_sources]), [[2, 2], [2, 2], [2, 2]]);
});

test("actors, actor and claims", () => {
  const actors = json<{ code: string; mentions: number }[]>("actors");
  assert.equal(actors.length, 5);
  const profile = json<{ mentions: { text: string }[]; articles: unknown[] }>("actor", "USAGOV");
  assert.deepEqual(profile.mentions.map((m) => m.text), ["US envoy John Coale"]);
  assert.equal(profile.articles.length, 1);
  assert.equal(attache("actor", "Nobody Atall").status, 1);
  assert.deepEqual(json<{ value: number }[]>("claims", "--subject", "prisoners").map((c) => c.value), [300]);
  assert.deepEqual(json<unknown[]>("claims", "--subject", "tanks"), []);
});

test("every command has help with an example", () => {
  for (const command of ["ingest", "articles", "show", "search", "events", "export", "actors", "actor", "claims"]) {
    const run = attache(command, "--help");
    assert.equal(run.status, 0, command);
    assert.match(run.stdout, /Example/, command);
  }
});
