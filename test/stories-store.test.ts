import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { ActorCode, ArticleId, CodedEvent, Document } from "../src/document.js";
import { withLayers } from "../src/document.js";
import { createDocument } from "../src/ingest/create-document.js";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/store.js";
import { groupDocuments, saveWithStory } from "../src/stories/index.js";
import { relatedArticles } from "../src/stories/related.js";
import { buildStoriesCorpus } from "../bench/stories-corpus.js";

async function withStore(run: (store: Store) => Promise<void>): Promise<void> {
  const store = openStore(":memory:");
  try {
    await run(store);
  } finally {
    await store.close();
  }
}

// A few families of the corpus (articles written for the tests, and edited copies of them).
const families = new Set(["quake-chile", "quake-turkey", "serbia-protest", "georgia-protest", "eu-sanctions"]);
const corpus = buildStoriesCorpus(["exact", "trimmed", "swap15", "swap30"]).filter((c) => families.has(c.story));
const docs: Document[] = corpus.map((c) => createDocument(c.input));

test("the store-backed index groups articles exactly as the in-memory one, in any order", () =>
  withStore(async (store) => {
    const expected = await groupDocuments(docs);
    for (const doc of [...docs].reverse()) await saveWithStory(store, doc);
    const stored = await store.storyEntries(docs.map((d) => d.meta.id));
    assert.deepEqual(new Map(stored.map((e) => [e.articleId as string, e.story])), expected);
    assert.equal(new Set(expected.values()).size, families.size);
  }));

test("a story lists its first day, outlets, article count and earliest article", () =>
  withStore(async (store) => {
    for (const doc of docs) await saveWithStory(store, doc);
    const story = await store.getStory("story-quake-chile-a");
    assert.ok(story);
    const members = corpus.filter((c) => c.story === "quake-chile");
    assert.equal(story.articles, members.length);
    assert.equal(story.firstSeen, "2025-03-04");
    assert.deepEqual(story.sources, [...new Set(members.map((c) => c.input.source!))].sort());
    assert.equal(story.representative?.id, "quake-chile-a");
    const listed = await store.listStories(10);
    assert.deepEqual(listed.map((s) => s.id).sort(), [...new Set((await groupDocuments(docs)).values())].sort());
  }));

test("saving an article again leaves its story as it was", () =>
  withStore(async (store) => {
    for (const doc of docs) await saveWithStory(store, doc);
    const before = await store.storyEntries(docs.map((d) => d.meta.id));
    for (const doc of docs.slice(0, 5)) assert.equal((await saveWithStory(store, doc)).status, "unchanged");
    assert.deepEqual(await store.storyEntries(docs.map((d) => d.meta.id)), before);
  }));

/** An event told in the document's first sentence. */
function eventIn(doc: Document, fields: Partial<CodedEvent>): CodedEvent {
  return {
    source: "SRBGOV" as ActorCode, target: "SRBEDU" as ActorCode, sourceText: null, targetText: null,
    cameo: "112", cameoName: "Accuse", root: "11", quad: 3, goldstein: -2, plover: "ACCUSE", modality: "asserted",
    date: "2025-05-02", datePrecision: "day", location: null, evidence: [0, Math.min(20, doc.text.length)], sentence: 0, rule: "test",
    ...fields,
  };
}

test("copies of one report give one canonical event with a mention per copy; another day stays apart", () =>
  withStore(async (store) => {
    const byId = new Map(docs.map((d) => [d.meta.id as string, d]));
    const with_ = (id: string, fields: Partial<CodedEvent>) => withLayers(byId.get(id)!, { events: [eventIn(byId.get(id)!, fields)] });
    const saved = [
      with_("serbia-protest-a", {}),
      with_("serbia-protest-a~exact", {}),
      // Another report of the same march: same dyad and root, a code of the same root, the same story.
      with_("serbia-protest-b", { cameo: "111", cameoName: "Criticize or denounce" }),
      // A different story (the Georgia protest) with the same dyad, code and day: a tight match across stories.
      with_("georgia-protest", {}),
      // Same dyad and code in a different story, a month later: another event.
      with_("quake-turkey", { date: "2025-06-02" }),
    ];
    for (const doc of saved) await saveWithStory(store, doc);
    const events = await store.findEvents({});
    assert.equal(events.length, saved.length);
    const canonicalOf = new Map<string, string>();
    for (const e of events) canonicalOf.set(e.articleId, [...(await store.canonicalCounts([e.id])).keys()][0]!);
    const counts = await store.canonicalCounts(events.map((e) => e.id));
    const first = canonicalOf.get("serbia-protest-a");
    assert.ok(first);
    for (const id of ["serbia-protest-a~exact", "serbia-protest-b", "georgia-protest"]) assert.equal(canonicalOf.get(id), first, id);
    assert.notEqual(canonicalOf.get("quake-turkey"), first);
    assert.deepEqual(counts.get(first!), { canonical: first, mentions: 4, sources: 4 });
    assert.equal(counts.size, 2);
  }));

test("related articles lie outside the article's story, best first; another earthquake is among them", () =>
  withStore(async (store) => {
    for (const doc of docs) await saveWithStory(store, doc);
    const related = await relatedArticles(store, "quake-chile-a" as ArticleId, 5);
    assert.ok(related.length > 0);
    assert.ok(related.every((r) => r.story !== "story-quake-chile-a" && r.score > 0));
    assert.deepEqual(related.map((r) => r.score), related.map((r) => r.score).sort((a, b) => b - a));
    assert.ok(related.slice(0, 3).some((r) => r.articleId.startsWith("quake-turkey")), JSON.stringify(related));
  }));

test("a new version of an article is compared by its new text, not by the profile read before it changed", () =>
  withStore(async (store) => {
    const byId = new Map(corpus.map((c) => [c.input.id!, c.input]));
    const as = (id: string, input = byId.get(id)!) => createDocument({ ...input, id, url: `https://example.org/${id}` });
    await saveWithStory(store, as("moving", byId.get("quake-chile-a")));
    // The copy reads the first text's profile as a candidate: the one it may keep.
    await saveWithStory(store, as("quake-chile-a~exact"));
    assert.equal((await store.storyEntryOf("quake-chile-a~exact" as ArticleId))?.story, "story-moving");
    assert.equal((await saveWithStory(store, as("moving", byId.get("georgia-protest")))).status, "version");
    await saveWithStory(store, as("georgia-protest~exact"));
    const story = (id: string) => store.storyEntryOf(id as ArticleId).then((e) => e?.story);
    assert.equal(await story("georgia-protest~exact"), await story("moving"), "the copy of the new text finds it");
    assert.notEqual(await story("georgia-protest~exact"), "story-georgia-protest~exact");
  }));

test("lookup reads the article's day and three either side, and finds a report three days later but not four", () =>
  withStore(async (store) => {
    const base = corpus.find((c) => c.input.id === "serbia-protest-b")!.input;
    const on = (id: string, day: string): Document => createDocument({ ...base, id, published: { value: day, precision: "day", origin: "input" } });
    const first = createDocument(corpus.find((c) => c.input.id === "serbia-protest-a")!.input);
    const day = first.meta.published!.value;
    const later = (days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    await saveWithStory(store, first);
    await saveWithStory(store, on("three-days-later", later(3)));
    await saveWithStory(store, on("four-days-later", later(4)));
    const story = (id: string) => store.storyEntryOf(id as ArticleId).then((e) => e?.story);
    assert.equal(await story("three-days-later"), "story-serbia-protest-a");
    // Four days after the first but one after the second: it joins through the second.
    assert.equal(await story("four-days-later"), "story-serbia-protest-a");
    const alone = await (async () => {
      const other = openStore(":memory:");
      try {
        await saveWithStory(other, first);
        await saveWithStory(other, on("four-days-later", later(4)));
        return (await other.storyEntryOf("four-days-later" as ArticleId))?.story;
      } finally {
        await other.close();
      }
    })();
    assert.equal(alone, "story-four-days-later", "four days apart, not copies: two stories");
  }));

// Migration 10 files each article's lookup keys again from its profile: under its day, names and named actors only.
test("a database from before migration 10 keeps its stories: lookup keys are filed again by day, as saving files them", async () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-stories-"));
  const path = join(dir, "test.db");
  const undated = createDocument({ ...corpus.find((c) => c.input.id === "quake-turkey")!.input, id: "undated", published: null });
  const keysOf = (db: Database.Database) => db.prepare("SELECT key, article_id, key_count FROM story_keys ORDER BY key, article_id").all() as { key: string }[];
  try {
    const store = openStore(path);
    const saved = docs.filter((d) => !d.meta.id.includes("~"));
    for (const doc of [...saved, undated]) await saveWithStory(store, doc);
    const stories = await store.storyEntries([...saved, undated].map((d) => d.meta.id));
    await store.close();
    const raw = new Database(path);
    const filed = keysOf(raw);
    assert.ok(filed.some((k) => k.key.startsWith("-/")) && filed.some((k) => /^\d+\//.test(k.key)));
    // The keys as migration 7 left them: the week (days since 1970 over 7) first, and actor codes among them.
    raw.exec(`UPDATE story_keys SET key = CAST(CAST(substr(key, 1, instr(key, '/') - 1) AS INTEGER) / 7 AS TEXT) || substr(key, instr(key, '/'))
      WHERE key NOT LIKE '-/%';
      INSERT INTO story_keys (key, article_id, key_count) SELECT '2906/a:SRBGOV', article_id, 1 FROM story_articles;
      DELETE FROM schema_migrations WHERE version >= 10`);
    assert.notDeepEqual(keysOf(raw), filed);
    raw.close();
    const migrated = openStore(path);
    const reopened = new Database(path, { readonly: true });
    assert.deepEqual(keysOf(reopened), filed);
    reopened.close();
    // Copies saved after the migration find the articles filed by it.
    for (const doc of docs.filter((d) => d.meta.id.includes("~"))) await saveWithStory(migrated, doc);
    assert.deepEqual(new Map((await migrated.storyEntries(docs.map((d) => d.meta.id))).map((e) => [e.articleId as string, e.story])), await groupDocuments(docs));
    assert.deepEqual(await migrated.storyEntries([...saved, undated].map((d) => d.meta.id)), stories);
    await migrated.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
