import { test } from "node:test";
import assert from "node:assert/strict";
import type { Document } from "../src/document.js";
import { withLayers } from "../src/document.js";
import { createDocument } from "../src/ingest/create-document.js";
import { assignStory, groupDocuments, MemoryStoryIndex, scorePair, storyProfileOf } from "../src/stories/index.js";
import { buildStoriesCorpus, EDIT_KINDS } from "../bench/stories-corpus.js";

// The corpus: articles written for these tests and copies of each made by known edits.
const corpus = buildStoriesCorpus();
const docs: Document[] = corpus.map((c) => withLayers(createDocument(c.input), { boilerplate: c.boilerplate }));
const profiles = new Map(docs.map((d) => [d.meta.id as string, storyProfileOf(d)]));
const profile = (id: string) => profiles.get(id)!;

test("every kind of edited copy is linked to its original as a duplicate or rewrite", () => {
  const missed: string[] = [];
  for (const original of corpus.filter((c) => c.kind === "original")) {
    for (const kind of EDIT_KINDS) {
      const { link } = scorePair(profile(original.input.id!), profile(`${original.input.id}~${kind}`));
      if (link !== "duplicate" && link !== "rewrite") missed.push(`${original.input.id}~${kind}: ${link}`);
    }
  }
  assert.deepEqual(missed, []);
});

test("exact and re-headlined copies are duplicates; 30 % swapped words is a rewrite", () => {
  assert.equal(scorePair(profile("quake-chile-a"), profile("quake-chile-a~exact")).link, "duplicate");
  assert.equal(scorePair(profile("quake-chile-a"), profile("quake-chile-a~headline")).link, "duplicate");
  assert.equal(scorePair(profile("quake-chile-a"), profile("quake-chile-a~swap30")).link, "rewrite");
});

test("articles that only share a topic are not linked (two earthquakes, two floods, two elections)", () => {
  const linked: string[] = [];
  const originals = corpus.filter((c) => c.kind === "original");
  for (const a of originals) {
    for (const b of originals) {
      if (a.input.id! < b.input.id! && a.topic === b.topic && a.story !== b.story && scorePair(profile(a.input.id!), profile(b.input.id!)).link) {
        linked.push(`${a.input.id} ~ ${b.input.id}`);
      }
    }
  }
  assert.deepEqual(linked, []);
});

test("independent reports of one happening are one story, not duplicates", () => {
  assert.equal(scorePair(profile("serbia-protest-a"), profile("serbia-protest-b")).link, "same-story");
  assert.equal(scorePair(profile("iceland-volcano-a"), profile("iceland-volcano-b")).link, "same-story");
});

test("story grouping matches the gold stories, with the id of the earliest member", async () => {
  const stories = await groupDocuments(docs);
  const byStory = new Map<string, Set<string>>();
  for (const c of corpus) {
    const set = byStory.get(c.story) ?? new Set<string>();
    set.add(stories.get(c.input.id!)!);
    byStory.set(c.story, set);
  }
  for (const [gold, system] of byStory) assert.equal(system.size, 1, `${gold} split into ${[...system].join(", ")}`);
  assert.equal(new Set(stories.values()).size, byStory.size);
  // quake-chile-a (4 March) is earlier than quake-chile-b (5 March) and its copies dated 4 or 5 March.
  assert.equal(stories.get("quake-chile-b"), "story-quake-chile-a");
});

/** A seeded shuffle, so a failure can be replayed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test("the same articles in any order give the same stories", async () => {
  const expected = await groupDocuments(docs);
  for (const seed of [1, 2, 3]) assert.deepEqual(await groupDocuments(shuffle(docs, seed)), expected);
});

test("an article linking two stories merges them, under the earliest member's id", async () => {
  const text = corpus.find((c) => c.input.id === "quake-turkey")!.input.text;
  const paragraphs = text.split("\n\n");
  const at = (id: string, body: string, day: string) =>
    storyProfileOf(createDocument({ id, text: body, format: "text", origin: id, published: { value: day, precision: "day", origin: "input" } }));
  // The first and second halves, six days apart, share no story; the whole text, three days from each, links to both.
  const head = at("head", paragraphs.slice(0, 2).join("\n\n"), "2025-03-01");
  const tail = at("tail", paragraphs.slice(2).join("\n\n"), "2025-03-07");
  const whole = at("whole", text, "2025-03-04");
  assert.equal(scorePair(head, tail).link, null);
  const index = new MemoryStoryIndex();
  assert.equal((await assignStory(index, tail)).story, "story-tail");
  assert.equal((await assignStory(index, head)).story, "story-head");
  const joined = await assignStory(index, whole);
  assert.equal(joined.story, "story-head");
  assert.deepEqual(joined.merged, ["story-tail"]);
  assert.deepEqual([...index.stories()].sort(), [["head", "story-head"], ["tail", "story-head"], ["whole", "story-head"]]);
});

test("dated and undated reports get the same stories in either order (lookup is symmetric)", async () => {
  const input = (id: string) => corpus.find((c) => c.input.id === id)!.input;
  for (const [dated, undated] of [["serbia-protest-a", "serbia-protest-b"], ["iceland-volcano-a", "iceland-volcano-b"], ["quake-chile-a", "quake-chile-a~swap15"]] as const) {
    const pair = [createDocument(input(dated)), createDocument({ ...input(undated), published: null })];
    assert.deepEqual(await groupDocuments([...pair].reverse()), await groupDocuments(pair), `${dated} and ${undated}`);
  }
  // Near-duplicates still meet through their shared LSH buckets, dated or not.
  const copies = [createDocument(input("quake-chile-a")), createDocument({ ...input("quake-chile-a~exact"), published: null })];
  assert.equal(new Set((await groupDocuments(copies)).values()).size, 1);
});
