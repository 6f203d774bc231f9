import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Section } from "../runner.js";
import { CLI, HAS_SHARED, SHARED } from "../shared-paths.js";

const AEB = join(SHARED, "eval", "extraction", "scrapinghub-aeb");
const SCORER = join(SHARED, "tools", "score-extraction.mjs");

/** The scorer's summary line (its last line) for one output file. */
function scoreLine(output: string): string {
  const report = spawnSync("node", [SCORER, "score", AEB, output], { encoding: "utf8", maxBuffer: 1 << 28 });
  const lines = (report.stdout + report.stderr).trim().split("\n");
  return lines[lines.length - 1] ?? "(no output)";
}

/**
 * Main-content extraction on the scrapinghub article-extraction benchmark: Readability's body
 * with our boilerplate spans cut out, and (to show what the boilerplate rules add or take)
 * the same output with no boilerplate cut.
 */
export const section: Section = {
  title: "Article extraction (scrapinghub AEB, shared/tools/score-extraction.mjs)",
  async run() {
    if (!HAS_SHARED) return console.log("skipped: ../shared is not here");
    const dir = mkdtempSync(join(tmpdir(), "attache-extraction-"));
    const input = join(dir, "input.jsonl");
    const output = join(dir, "output.jsonl");
    const withoutBoilerplate = join(dir, "output-no-boilerplate.jsonl");
    writeFileSync(input, execFileSync("node", [SCORER, "prepare", AEB], { maxBuffer: 1 << 28 }));
    const started = performance.now();
    // attache exits 1 when some pages had no article; their absence is part of the score.
    const run = spawnSync("node", [CLI, "code", "--format", "jsonl", input], { maxBuffer: 1 << 28 });
    const seconds = (performance.now() - started) / 1000;
    if (run.stdout.length === 0) {
      const why = run.error?.message ?? run.stderr.toString().trim().split("\n").find((l) => /error|fatal/i.test(l)) ?? `exit status ${run.status}`;
      return console.log(`attache code printed nothing after ${seconds.toFixed(1)} s: ${why}`);
    }
    writeFileSync(output, run.stdout);
    const plain = readFileSync(output, "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.stringify({ ...(JSON.parse(line) as object), boilerplate: [] }))
      .join("\n");
    writeFileSync(withoutBoilerplate, `${plain}\n`);
    console.log(`attache code on ${input}: ${seconds.toFixed(1)} s`);
    console.log(`readability only:     ${scoreLine(withoutBoilerplate)}`);
    console.log(`with boilerplate cut: ${scoreLine(output)}`);
  },
};
