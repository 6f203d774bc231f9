import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Section } from "../runner.js";
import { CLI, HAS_SHARED, SHARED } from "../shared-paths.js";

/** One scoring run: a gold set, the scorer's options, and the target the issue sets. */
interface Scoring {
  readonly gold: string;
  readonly options: readonly string[];
  readonly target: string;
  /** Whether the gold is coded in PLOVER: then `attache code --events plover` is scored as well. */
  readonly plover?: boolean;
}

const SCORINGS: readonly Scoring[] = [
  { gold: "cameo_manual_examples.jsonl", options: ["--level", "root"], target: "F1 >= 0.80" },
  { gold: "cameo_manual_examples.jsonl", options: ["--level", "code"], target: "F1 >= 0.60" },
  { gold: "plover_gsr_cameo_manual.jsonl", options: [], target: "F1 >= 0.75 (PLOVER type)", plover: true },
  { gold: "plv_train.jsonl", options: ["--split", "train"], target: "R >= 0.60 (one relation per sentence is labelled: P is a lower bound)", plover: true },
];

/** Runs `attache code` (with `extra` options) over a gold set and returns the file of its output. */
function codeGoldSet(gold: string, folder: string, extra: readonly string[] = []): string {
  const out = join(folder, gold.replace(/\.jsonl$/, `${extra.join("")}.out.jsonl`));
  const run = spawnSync("node", [CLI, "code", ...extra, join(SHARED, "eval", gold)], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (run.status !== 0 && !run.stdout) throw new Error(`attache code failed on ${gold}: ${run.stderr.slice(0, 500)}`);
  writeFileSync(out, run.stdout);
  return out;
}

export const section: Section = {
  title: "Event coder on the gold sets (shared/tools/score-events.mjs)",
  async run() {
    if (!HAS_SHARED) return console.log("skipped: ../shared is not here");
    const folder = mkdtempSync(join(tmpdir(), "attache-eval-events-"));
    const outputs = new Map<string, string>();
    for (const { gold, options, target, plover } of SCORINGS) {
      const out = outputs.get(gold) ?? codeGoldSet(gold, folder);
      outputs.set(gold, out);
      const score = (file: string, extra: readonly string[]): string => {
        const run = spawnSync("node", [join(SHARED, "tools", "score-events.mjs"), join(SHARED, "eval", gold), file, ...options, ...extra], { encoding: "utf8" });
        return run.stdout.trim().split("\n").pop() ?? run.stderr;
      };
      // Scoring without actors as well tells the coding of predicates apart from the resolution of actors.
      console.log(`${gold} ${options.join(" ")}\n  ${score(out, [])}\n  ${score(out, ["--actors", "none"])}`);
      if (plover) {
        // PLOVER gold records a predicate once, its coordinated actors on one side: so does this view.
        const viewed = codeGoldSet(gold, folder, ["--events", "plover"]);
        console.log(`  attache code --events plover (one record per predicate):\n  ${score(viewed, [])}\n  ${score(viewed, ["--actors", "none"])}`);
      }
      console.log(`  target: ${target}`);
    }
  },
};
