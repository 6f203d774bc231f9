import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Section } from "../runner.js";
import { CLI, HAS_SHARED, SHARED } from "../shared-paths.js";

export const section: Section = {
  title: "Belarus fixture (shared/tools/check-article.mjs)",
  async run() {
    if (!HAS_SHARED) return console.log("skipped: ../shared is not here");
    const out = join(mkdtempSync(join(tmpdir(), "attache-eval-")), "belarus.jsonl");
    writeFileSync(out, execFileSync("node", [CLI, "code", "--date", "2025-09-12", join(SHARED, "fixtures", "belarus-prisoners.txt")]));
    // The checker exits non-zero while expectations are unmet; its report is what we want.
    const report = spawnSync("node", [join(SHARED, "tools", "check-article.mjs"), join(SHARED, "fixtures", "belarus-prisoners.expected.json"), out], { encoding: "utf8" });
    process.stdout.write(report.stdout + report.stderr);
  },
};
