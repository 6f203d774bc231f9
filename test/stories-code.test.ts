import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildStoriesCorpus } from "../bench/stories-corpus.js";
import { CLI } from "./paths.js";

test("attache code over several articles prints a story on each line: copies share one, other happenings do not", () => {
  const wanted = new Set(["quake-chile-a", "quake-chile-a~swap15", "quake-chile-b", "quake-turkey", "fed-rates", "fed-rates~trimmed"]);
  const articles = buildStoriesCorpus(["swap15", "trimmed"]).filter((c) => wanted.has(c.input.id!));
  const input = join(mkdtempSync(join(tmpdir(), "attache-stories-code-")), "articles.jsonl");
  writeFileSync(input, articles.map((c) => JSON.stringify({ id: c.input.id, title: c.input.title, date: c.input.published?.value, text: c.input.text })).join("\n"));
  const lines = execFileSync("node", [CLI, "code", input], { encoding: "utf8", maxBuffer: 1 << 26 }).trim().split("\n");
  const story = new Map(lines.map((l) => JSON.parse(l) as { id: string; story: string }).map((o) => [o.id, o.story]));
  assert.deepEqual(Object.fromEntries(story), {
    "quake-chile-a": "story-quake-chile-a",
    "quake-chile-a~swap15": "story-quake-chile-a",
    "quake-chile-b": "story-quake-chile-a",
    "quake-turkey": "story-quake-turkey",
    "fed-rates": "story-fed-rates",
    "fed-rates~trimmed": "story-fed-rates",
  });
});
