import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Document } from "../../src/document.js";
import { createDocument } from "../../src/ingest/create-document.js";
import { withLayers } from "../../src/document.js";
import { createPipeline } from "../../src/pipeline.js";
import { assignStory, groupDocuments, MemoryStoryIndex, storyProfileOf } from "../../src/stories/index.js";
import type { Section } from "../runner.js";
import { CLI, HAS_SHARED, SHARED } from "../shared-paths.js";
import type { CorpusArticle } from "../stories-corpus.js";
import { buildStoriesCorpus, EDIT_KINDS } from "../stories-corpus.js";

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
const ratio = (n: number, d: number): string => (d === 0 ? "n/a" : (n / d).toFixed(3));

/** Runs the corpus through an in-memory index: the near-duplicate pairs found and the story of each article. */
async function groupCorpus(docs: readonly Document[]): Promise<{ duplicates: Set<string>; links: Set<string>; stories: Map<string, string> }> {
  const index = new MemoryStoryIndex();
  const duplicates = new Set<string>();
  const links = new Set<string>();
  for (const doc of docs) {
    const assignment = await assignStory(index, storyProfileOf(doc));
    for (const { id, link } of assignment.links) {
      links.add(pairKey(doc.meta.id, id));
      if (link !== "same-story") duplicates.add(pairKey(doc.meta.id, id));
    }
  }
  return { duplicates, links, stories: index.stories() };
}

/** B-cubed precision and recall of a grouping against gold groups. */
function bcubed(ids: readonly string[], system: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): [number, number] {
  let precision = 0;
  let recall = 0;
  for (const id of ids) {
    const sameSystem = ids.filter((o) => system.get(o) === system.get(id));
    const sameGold = ids.filter((o) => gold.get(o) === gold.get(id));
    const both = sameSystem.filter((o) => gold.get(o) === gold.get(id)).length;
    precision += both / sameSystem.length;
    recall += both / sameGold.length;
  }
  return [precision / ids.length, recall / ids.length];
}

function scoreSynthetic(corpus: readonly CorpusArticle[], found: Awaited<ReturnType<typeof groupCorpus>>): void {
  const byId = new Map(corpus.map((c) => [c.input.id!, c]));
  const ids = [...byId.keys()];
  let goldPairs = 0;
  let truePairs = 0;
  let topicOnlyPairs = 0;
  let topicOnlyLinked = 0;
  const perKind = new Map<string, [number, number]>();
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = byId.get(ids[i]!)!;
      const b = byId.get(ids[j]!)!;
      const key = pairKey(ids[i]!, ids[j]!);
      if (a.family === b.family) {
        goldPairs++;
        if (found.duplicates.has(key)) truePairs++;
        const variant = a.kind === "original" ? b : b.kind === "original" ? a : null;
        if (variant) {
          const [hit, all] = perKind.get(variant.kind) ?? [0, 0];
          perKind.set(variant.kind, [hit + (found.duplicates.has(key) ? 1 : 0), all + 1]);
        }
      } else if (a.topic === b.topic && a.story !== b.story) {
        topicOnlyPairs++;
        if (found.links.has(key)) topicOnlyLinked++;
      }
    }
  }
  console.log(`near-duplicate pairs: precision ${ratio(truePairs, found.duplicates.size)} recall ${ratio(truePairs, goldPairs)} (${truePairs} of ${found.duplicates.size} found, ${goldPairs} gold)`);
  console.log(`  recall of original–copy pairs by edit: ${EDIT_KINDS.map((k) => `${k} ${ratio(...(perKind.get(k) ?? [0, 0]))}`).join(", ")}`);
  console.log(`  similar-topic pairs of different happenings linked: ${topicOnlyLinked} of ${topicOnlyPairs}`);
  const gold = new Map(corpus.map((c) => [c.input.id!, c.story]));
  let storyPairs = 0;
  let storyTrue = 0;
  let storyGold = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const sameSystem = found.stories.get(ids[i]!) === found.stories.get(ids[j]!);
      const sameGold = gold.get(ids[i]!) === gold.get(ids[j]!);
      if (sameSystem) storyPairs++;
      if (sameGold) storyGold++;
      if (sameSystem && sameGold) storyTrue++;
    }
  }
  const [p, r] = bcubed(ids, found.stories, gold);
  console.log(`stories: pairwise precision ${ratio(storyTrue, storyPairs)} recall ${ratio(storyTrue, storyGold)}; B3 P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${((2 * p * r) / (p + r)).toFixed(3)} (${new Set(found.stories.values()).size} stories, ${new Set(gold.values()).size} gold)`);
}

function sameStories(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([id, story]) => b.get(id) === story);
}

export const section: Section = {
  title: "Stories: near-duplicates and story grouping (synthetic corpus; ECB+ with shared/tools/score-stories.mjs)",
  async run() {
    const corpus = buildStoriesCorpus();
    const pipeline = createPipeline();
    // The copies' added boilerplate is marked as the ingest stage marks it, so stories see the body only.
    const docs = corpus.map((c) => pipeline.run(withLayers(createDocument(c.input), { boilerplate: c.boilerplate })));
    const found = await groupCorpus(docs);
    console.log(`synthetic corpus: ${corpus.filter((c) => c.kind === "original").length} articles, ${corpus.length - corpus.filter((c) => c.kind === "original").length} edited copies`);
    scoreSynthetic(corpus, found);
    const reversed = await groupCorpus([...docs].reverse());
    console.log(`same stories in reverse order: ${sameStories(found.stories, reversed.stories) ? "yes" : "NO"}`);

    if (!HAS_SHARED) return console.log("ECB+: skipped, ../shared is not here");
    const ecb = join(SHARED, "eval", "stories", "ecb-plus");
    const scorer = join(SHARED, "tools", "score-stories.mjs");
    const dir = mkdtempSync(join(tmpdir(), "attache-stories-"));
    const input = join(dir, "input.jsonl");
    writeFileSync(input, execFileSync("node", [scorer, "prepare", ecb], { maxBuffer: 1 << 28 }));
    // The documents as `attache code` sees them (annotated by the pipeline), grouped in process.
    const annotated = readFileSync(input, "utf8").split("\n").filter((l) => l.trim()).map((l) => {
      const { id, text } = JSON.parse(l) as { id: string; text: string };
      return pipeline.run(createDocument({ id, text, format: "jsonl", origin: id }));
    });
    const stories = await groupDocuments(annotated);
    const grouped = join(dir, "grouped.jsonl");
    writeFileSync(grouped, annotated.map((d) => JSON.stringify({ id: d.meta.id, story: stories.get(d.meta.id) })).join("\n"));
    const score = (path: string, topics?: string): string =>
      execFileSync("node", [scorer, "score", ecb, path, ...(topics ? ["--topics", topics] : [])], { encoding: "utf8" });
    process.stdout.write(`ECB+ (pipeline, then story grouping, then score):\n${score(grouped)}`);
    // Tuned on topics 1–11, checked on 12–22: both halves are printed.
    for (const topics of ["1-11", "12-22"]) console.log(`  topics ${topics}: ${score(grouped, topics).trim().split("\n").at(-1)}`);
    const reversedEcb = await groupDocuments([...annotated].reverse());
    console.log(`  same stories in reverse order: ${sameStories(stories, reversedEcb) ? "yes" : "NO"}`);
    // `attache code` must give the same stories: one grouping code over the same annotated documents.
    const coded = spawnSync("node", [CLI, "code", input], { maxBuffer: 1 << 28, encoding: "utf8" });
    if (coded.status !== 0) return console.log(`ECB+ (attache code): attache code failed with status ${coded.status ?? coded.signal}: ${coded.stderr.split("\n").find((l) => l.trim()) ?? ""}`);
    const fromCli = new Map(coded.stdout.split("\n").filter((l) => l.trim()).map((l) => {
      const { id, story } = JSON.parse(l) as { id: string; story: string };
      return [id, story] as [string, string];
    }));
    if (sameStories(stories, fromCli)) return console.log("  attache code gives the same stories: yes");
    writeFileSync(join(dir, "output.jsonl"), coded.stdout);
    process.stdout.write(`  attache code gives the same stories: NO; its score:\n${score(join(dir, "output.jsonl"))}`);
  },
};
