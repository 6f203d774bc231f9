import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI, HAS_SHARED, SHARED } from "./paths.js";

const skip = HAS_SHARED ? false : "../shared (the Belarus fixture and its checker) is not here";

test("acceptance: the Belarus fixture is fully met (events, mustNot, claims)", { skip }, () => {
  const coded = spawnSync("node", [CLI, "code", "--date", "2025-09-12", join(SHARED, "fixtures", "belarus-prisoners.txt")], { encoding: "utf8" });
  assert.equal(coded.status, 0, coded.stderr);
  const out = join(mkdtempSync(join(tmpdir(), "attache-fixture-")), "belarus.jsonl");
  writeFileSync(out, coded.stdout);
  const check = spawnSync("node", [join(SHARED, "tools", "check-article.mjs"), join(SHARED, "fixtures", "belarus-prisoners.expected.json"), out], { encoding: "utf8" });
  const summary = check.stdout.trim().split("\n").pop() ?? "";
  const met = (group: string): [number, number] => {
    const m = new RegExp(`${group} (\\d+)/(\\d+)`).exec(summary);
    return m ? [Number(m[1]), Number(m[2])] : [0, -1];
  };
  const unmet = check.stdout.split("\n").filter((line) => line.startsWith("MISSING") && !line.includes(" actors:") && !line.includes(" times:"));
  assert.deepEqual(unmet, [], summary);
  for (const group of ["events", "mustNot", "claims"]) {
    const [got, all] = met(group);
    assert.equal(got, all, `${group}: ${summary}`);
  }
});
