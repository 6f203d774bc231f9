import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CodedEvent } from "../../src/document.js";
import { ploverViewOf } from "../../src/events/plover-view.js";
import type { Section } from "../runner.js";
import { CLI, HAS_SHARED, SHARED } from "../shared-paths.js";

/** One scoring run: a gold set, the scorer's options, and the target the issue sets. */
interface Scoring {
  readonly gold: string;
  readonly options: readonly string[];
  readonly target: string;
  /** Whether the gold is coded in PLOVER: then the PLOVER view of the output is scored as well. */
  readonly plover?: boolean;
}

const SCORINGS: readonly Scoring[] = [
  { gold: "cameo_manual_examples.jsonl", options: ["--level", "root"], target: "F1 >= 0.80" },
  { gold: "cameo_manual_examples.jsonl", options: ["--level", "code"], target: "F1 >= 0.60" },
  { gold: "plover_gsr_cameo_manual.jsonl", options: [], target: "F1 >= 0.75 (PLOVER type)", plover: true },
  { gold: "plv_train.jsonl", options: ["--split", "train"], target: "R >= 0.60 (one relation per sentence is labelled: P is a lower bound)", plover: true },
];

/** Runs `attache code` over a gold set once and returns the file of its output. */
function codeGoldSet(gold: string, folder: string): string {
  const out = join(folder, gold.replace(/\.jsonl$/, ".out.jsonl"));
  const run = spawnSync("node", [CLI, "code", join(SHARED, "eval", gold)], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (run.status !== 0 && !run.stdout) throw new Error(`attache code failed on ${gold}: ${run.stderr.slice(0, 500)}`);
  writeFileSync(out, run.stdout);
  return out;
}

/**
 * The output with each article's events in their PLOVER view (one record per predicate, coordinated
 * actors listed on one side, no record for statements), as PLOVER gold is coded.
 */
function ploverOutputOf(out: string): string {
  const lines = readFileSync(out, "utf8").split("\n").filter((line) => line.trim());
  const viewed = lines.map((line) => {
    const article = JSON.parse(line) as { id: string; events?: CodedEvent[] };
    return JSON.stringify({ id: article.id, events: ploverViewOf(article.events ?? []) });
  });
  const file = out.replace(/\.out\.jsonl$/, ".plover.jsonl");
  writeFileSync(file, `${viewed.join("\n")}\n`);
  return file;
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
        const viewed = ploverOutputOf(out);
        console.log(`  PLOVER view (one record per predicate):\n  ${score(viewed, [])}\n  ${score(viewed, ["--actors", "none"])}`);
      }
      console.log(`  target: ${target}`);
    }
  },
};
