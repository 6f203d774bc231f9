import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Section } from "../runner.js";
import { CLI, HAS_SHARED, SHARED } from "../shared-paths.js";

/**
 * Mentions scored as named entities on wikigold (shared/tools/score-ner.mjs): prepare, then
 * `attache code`, then score. Printed twice: every mention as `attache code` gives it, and
 * named mentions only — without the nominal ones ("the government", "rights groups"), which
 * CoNLL-style gold never marks but the event coder needs.
 */
export const section: Section = {
  title: "NER on wikigold (shared/tools/score-ner.mjs)",
  async run() {
    if (!HAS_SHARED) return console.log("skipped: ../shared is not here");
    const gold = join(SHARED, "eval", "wikigold", "wikigold.conll.txt");
    const scorer = join(SHARED, "tools", "score-ner.mjs");
    const dir = mkdtempSync(join(tmpdir(), "attache-ner-"));
    const input = join(dir, "ner.jsonl");
    const output = join(dir, "ner.out.jsonl");
    writeFileSync(input, execFileSync("node", [scorer, "prepare", gold], { maxBuffer: 1 << 28 }));
    writeFileSync(output, execFileSync("node", [CLI, "code", "--format", "jsonl", input], { maxBuffer: 1 << 28 }));
    const named = join(dir, "ner.named.jsonl");
    const lines = readFileSync(output, "utf8").split("\n").filter((l) => l.trim());
    writeFileSync(named, lines.map((l) => {
      const doc = JSON.parse(l) as { mentions?: { via?: string }[] };
      return JSON.stringify({ ...doc, mentions: (doc.mentions ?? []).filter((m) => !isNominal(m.via)) });
    }).join("\n"));
    for (const [label, file] of [["all mentions", output], ["named mentions only", named]] as const) {
      console.log(`-- ${label}`);
      const report = spawnSync("node", [scorer, "score", gold, file], { encoding: "utf8" });
      process.stdout.write(report.stdout + report.stderr);
    }
  },
};

/** Whether a mention names no one: a role noun alone, possibly resolved by coreference or context ("nominal+context"). */
function isNominal(via: string | undefined): boolean {
  const how = via?.split("+")[0];
  return how === "nominal" || how === "coreference:country" || how === "coreference:title" || how === "appositive-role";
}
