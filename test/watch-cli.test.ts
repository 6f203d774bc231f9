import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI } from "./paths.js";

const dir = mkdtempSync(join(tmpdir(), "attache-watch-cli-"));
const db = join(dir, "watch.db");
const inbox = join(dir, "inbox");
mkdirSync(inbox);
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the built CLI against the test database, stdout piped (so no status line). */
function attache(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("node", [CLI, ...args], { encoding: "utf8", env: { ...process.env, ATTACHE_DB: db } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const POLAND =
  "Poland shoots down Russian drones\n\nWARSAW - Poland shot down Russian drones that entered its airspace overnight, Prime Minister Donald Tusk said on Wednesday. Poland accused Russia of a deliberate provocation.";

test("feeds, alert rules from a file, watch --once on a folder, and alerts test, through the CLI", () => {
  assert.equal(attache("feeds", "add", inbox).status, 0);
  writeFileSync(
    join(dir, "rules.yaml"),
    "- name: pol-assault\n  actors: POL\n  plover: [ASSAULT]\n- name: geneva\n  query: Geneva talks\n",
  );
  const added = attache("alerts", "add", "--file", join(dir, "rules.yaml"));
  assert.equal(added.status, 0, added.stderr);
  assert.deepEqual(added.stdout.trim().split("\n"), ["added rule pol-assault (fires per event)", "added rule geneva (fires per story)"]);
  writeFileSync(join(dir, "bad.yaml"), "- name: bad\n  roots: [\"21\"]\n");
  const bad = attache("alerts", "add", "--file", join(dir, "bad.yaml"));
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /bad\.yaml:1.*roots\.0: a CAMEO root/);
  assert.equal(attache("alerts", "add", "x", "--modality", "certain").status, 2);

  const rules = JSON.parse(attache("alerts", "list", "--json").stdout) as { name: string }[];
  assert.deepEqual(rules.map((r) => r.name), ["geneva", "pol-assault"]);

  writeFileSync(join(inbox, "poland.txt"), `${POLAND}\n`);
  const first = attache("watch", "--once");
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /^\[pol-assault\] \S+ POL → RUSMIL 195 ASSAULT asserted: “shot down” — Poland shoots down Russian drones/);
  assert.equal(first.stdout.trim().split("\n").length, 1);
  assert.match(first.stderr, /1 new articles, 1 alerts/);

  // The same file again changes nothing; the rule has fired already.
  assert.equal(attache("watch", "--once").stdout, "");
  const feeds = JSON.parse(attache("feeds", "list", "--json").stdout) as { location: string; items: number; failures: number }[];
  assert.deepEqual(feeds.map((f) => [f.location, f.items, f.failures]), [[inbox, 1, 0]]);

  const tested = attache("alerts", "test", "pol-assault");
  assert.match(tested.stdout, /^\[pol-assault\] .*ASSAULT/);
  assert.match(attache("alerts", "test", "geneva").stderr, /would not have fired/);

  assert.equal(attache("alerts", "remove", "geneva").status, 0);
  assert.equal(attache("feeds", "remove", inbox).status, 0);
  assert.equal(attache("feeds", "list").stderr, "no feeds found\n");
});
