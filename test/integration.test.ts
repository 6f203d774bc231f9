import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { CLI } from "./paths.js";
import { ingestKilledAfter } from "./helpers/ingest-runs.js";

function attache(args: readonly string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("node", [CLI, ...args], { encoding: "utf8", ...(input === undefined ? {} : { input }) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Ministers meet in Vilnius | The Baltic Courier</title>
<meta property="og:title" content="Ministers meet in Vilnius">
<meta property="og:site_name" content="The Baltic Courier">
<meta property="article:published_time" content="2025-03-04T08:00:00Z">
<link rel="canonical" href="https://courier.example/ministers-vilnius">
</head><body><nav><a href="/">Home</a> › <a href="/world">World</a></nav>
<article><h1>Ministers meet in Vilnius</h1>
<p>The foreign ministers of Lithuania and Poland met in Vilnius on Tuesday to discuss border security and the transit of goods to Kaliningrad.</p>
<p>Both ministers said the talks had been useful and agreed to meet again in Warsaw in the spring, officials told reporters after the meeting.</p>
<p>The ministers also discussed support for Ukraine and sanctions on Belarus, according to a statement released by the Lithuanian ministry.</p>
</article><footer>© The Baltic Courier</footer></body></html>`;

const TEXT = `Farmers block roads in protest
Thousands of farmers drove tractors onto the main roads around the capital on Monday, demanding lower fuel prices. Police said the protest was peaceful.`;

const record = (id: string, text: string, date: string) => JSON.stringify({ id, url: `https://wire.example/${id}`, title: `Wire ${id}`, source: "Wire", date, text });

test("ingest of a folder of mixed inputs stores each article and names each bad input", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-ingest-"));
  const inputs = join(dir, "inputs");
  mkdirSync(inputs);
  writeFileSync(join(inputs, "a-text.txt"), TEXT);
  writeFileSync(join(inputs, "b-page.html"), HTML);
  const lines = [record("w1", "The central bank raised interest rates by half a point on Thursday.", "2025-02-06"), "{not json", record("w2", "Rescue teams reached the flooded villages on Friday.", "2025-02-07")];
  writeFileSync(join(inputs, "c-records.jsonl"), `${lines.join("\n")}\n`);
  writeFileSync(join(inputs, "d-empty.txt"), "");
  writeFileSync(join(inputs, "e-binary"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0]));
  const db = join(dir, "test.db");

  const first = attache(["ingest", "--db", db, "--date", "2025-03-03", inputs]);
  assert.equal(first.status, 1, first.stderr);
  const problems = first.stderr.trimEnd().split("\n");
  assert.equal(problems.length, 3, first.stderr);
  assert.match(problems[0]!, /c-records\.jsonl:2: invalid JSON Lines record/);
  assert.match(problems[1]!, /d-empty\.txt: the input is empty/);
  assert.match(problems[2]!, /e-binary: the input is binary/);
  assert.match(first.stdout, /^4 new articles, 0 new versions, 0 unchanged, 3 failed;/);

  const articles = JSON.parse(attache(["articles", "--db", db, "--json"]).stdout) as { id: string; title: string; source: string | null; url: string | null; published: { value: string; origin: string } | null }[];
  const byTitle = new Map(articles.map((a) => [a.title, a]));
  assert.deepEqual([...byTitle.keys()].sort(), ["Farmers block roads in protest", "Ministers meet in Vilnius", "Wire w1", "Wire w2"]);
  const page = byTitle.get("Ministers meet in Vilnius")!;
  assert.deepEqual([page.source, page.url, page.published?.value.slice(0, 10)], ["The Baltic Courier", "https://courier.example/ministers-vilnius", "2025-03-04"]);
  assert.deepEqual(byTitle.get("Farmers block roads in protest")!.published, { value: "2025-03-03", precision: "day", origin: "flag" });
  assert.deepEqual(byTitle.get("Wire w2")!.published, { value: "2025-02-07", precision: "day", origin: "input" });

  const shown = JSON.parse(attache(["show", "--db", db, "--json", page.id]).stdout) as { text: string; meta: { format: string; origin: string }; layers: { sentences: unknown[] } };
  assert.match(shown.text, /^The foreign ministers of Lithuania and Poland met in Vilnius/);
  assert.doesNotMatch(shown.text, /Home|©/);
  assert.equal(shown.meta.format, "html");
  assert.equal(shown.meta.origin, join(inputs, "b-page.html"));
  assert.equal(shown.layers.sentences.length, 3);

  // The same inputs again: nothing new, the same three problems.
  const again = attache(["ingest", "--db", db, "--date", "2025-03-03", inputs]);
  assert.equal(again.status, 1);
  assert.match(again.stdout, /^0 new articles, 0 new versions, 4 unchanged, 3 failed;/);

  // A changed text at the same URL is a second version of the same article.
  writeFileSync(join(inputs, "c-records.jsonl"), `${record("w1", "The central bank raised interest rates by a full point on Thursday.", "2025-02-06")}\n`);
  const changed = attache(["ingest", "--db", db, "--json", join(inputs, "c-records.jsonl")]);
  assert.equal(changed.status, 0, changed.stderr);
  assert.deepEqual(JSON.parse(changed.stdout), { ...JSON.parse(changed.stdout), new: 0, versions: 1, unchanged: 0, failed: 0 });
  const w1 = JSON.parse(attache(["show", "--db", db, "--json", "w1"]).stdout) as { version: number; text: string; versions: unknown[] };
  assert.deepEqual([w1.version, w1.versions.length, w1.text.includes("a full point")], [2, 2, true]);
  assert.equal((JSON.parse(attache(["articles", "--db", db, "--json"]).stdout) as unknown[]).length, 4);

  // Standard input, and the search over what is stored.
  const piped = attache(["ingest", "--db", db, "--date", "2025-03-05", "-"], "Strike at the port\nDock workers walked out on Wednesday over pay.");
  assert.equal(piped.status, 0, piped.stderr);
  const hits = JSON.parse(attache(["search", "--db", db, "--json", "dock workers"]).stdout) as { article: { title: string } }[];
  assert.deepEqual(hits.map((h) => h.article.title), ["Strike at the port"]);
});

/** A comparable picture of a database: every table's rows, without ingest times. */
function dump(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    const result: Record<string, unknown[]> = {};
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
      result[table] = rows
        .map((row) => JSON.stringify(Object.entries(row).filter(([column]) => !/(_at|first_seen)$/.test(column))))
        .sort();
    }
    result["fts"] = (db.prepare("SELECT rowid, title FROM articles_fts WHERE articles_fts MATCH 'report' ORDER BY rowid").all() as unknown[]).map((r) => JSON.stringify(r));
    return result;
  } finally {
    db.close();
  }
}

test("a run killed half-way and run again ends in the same database as one clean run", async () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-kill-"));
  const inputs = join(dir, "inputs");
  mkdirSync(inputs);
  const COUNT = 300;
  for (let i = 0; i < COUNT; i++) {
    const sentences = Array.from({ length: 12 }, (_, s) => `Report ${i} says officials in city ${i % 17} met ${s + 1} delegations and signed ${i + s} agreements on trade.`);
    writeFileSync(join(inputs, `article-${String(i).padStart(3, "0")}.txt`), `Report number ${i}\n${sentences.join(" ")}`);
  }
  const killedDb = join(dir, "killed.db");
  const cleanDb = join(dir, "clean.db");

  const atKill = await ingestKilledAfter(killedDb, ["--date", "2025-01-15", inputs], 5);
  assert.ok(atKill >= 5 && atKill < COUNT, `killed after ${atKill} of ${COUNT} articles`);

  const resumed = attache(["ingest", "--db", killedDb, "--date", "2025-01-15", "--json", inputs]);
  assert.equal(resumed.status, 0, resumed.stderr);
  const summary = JSON.parse(resumed.stdout) as { new: number; unchanged: number };
  assert.equal(summary.new + summary.unchanged, COUNT);
  assert.ok(summary.unchanged >= atKill, "what was stored before the kill is not written again");

  const clean = attache(["ingest", "--db", cleanDb, "--date", "2025-01-15", inputs]);
  assert.equal(clean.status, 0, clean.stderr);
  const [a, b] = [dump(killedDb), dump(cleanDb)];
  assert.equal(a["articles"]?.length, COUNT);
  assert.equal(a["fts"]?.length, COUNT);
  assert.deepEqual(a, b);
});
