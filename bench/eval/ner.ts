import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Section } from "../runner.js";
import { CLI, HAS_SHARED, SHARED } from "../shared-paths.js";

/**
 * Mentions scored as named entities on wikigold (shared/tools/score-ner.mjs): prepare, then
 * `attache code`, then score. Printed twice: every mention as `attache code` gives it, and
 * named entities only — the name inside each mention ("Alexander Lukashenko" in "President
 * Alexander Lukashenko"), without the nominal mentions ("the government", "rights groups"),
 * which CoNLL-style gold never marks but the event coder needs.
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
      const doc = JSON.parse(l) as { text: string; mentions?: OutputMention[] };
      return JSON.stringify({ ...doc, mentions: (doc.mentions ?? []).flatMap((m) => namedEntityOf(m, doc.text)) });
    }).join("\n"));
    for (const [label, file] of [["all mentions", output], ["named entities: the name inside each named mention", named]] as const) {
      console.log(`-- ${label}`);
      const report = spawnSync("node", [scorer, "score", gold, file], { encoding: "utf8" });
      process.stdout.write(report.stdout + report.stderr);
    }
  },
};

interface OutputMention {
  readonly start: number;
  readonly end: number;
  readonly name?: { readonly start: number; readonly end: number };
}

/** The named entity a mention holds: its name part, or none when it names no one. */
function namedEntityOf(m: OutputMention, text: string): OutputMention[] {
  return m.name ? [{ ...m, ...m.name, text: text.slice(m.name.start, m.name.end) } as OutputMention] : [];
}
