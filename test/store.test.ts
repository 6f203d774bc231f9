import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { withLayers } from "../src/document.js";
import { AttacheError } from "../src/errors.js";
import { openStore } from "../src/store/open-store.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { VERSION_WRITERS } from "../src/store/sqlite-layers.js";
import { MIGRATIONS } from "../src/store/migrations/index.js";
import type { Store } from "../src/store/store.js";
import { annotated, at, event, TEXT, withoutTokens } from "./helpers/annotated-document.js";

async function withStore(run: (store: Store) => Promise<void>): Promise<void> {
  const store = openStore(":memory:");
  try {
    await run(store);
  } finally {
    await store.close();
  }
}

test("a document with every layer round-trips exactly", () =>
  withStore(async (store) => {
    const doc = annotated();
    assert.deepEqual(await store.saveDocument(doc), { status: "new", articleId: doc.meta.id, version: 1 });
    const stored = await store.getArticle(doc.meta.id);
    assert.ok(stored);
    assert.deepEqual(stored.document, withoutTokens(doc));
    assert.equal(stored.versions.length, 1);
  }));

test("saving the same content again changes nothing", () =>
  withStore(async (store) => {
    const doc = annotated();
    await store.saveDocument(doc);
    const before = await store.counts();
    assert.deepEqual(await store.saveDocument(doc), { status: "unchanged", articleId: doc.meta.id, version: 1 });
    assert.deepEqual(await store.counts(), before);
    assert.deepEqual(before, { articles: 1, versions: 1, events: 3, mentions: 6, claims: 1 });
  }));

test("a changed text at the same URL is a new version of the same article", () =>
  withStore(async (store) => {
    const first = annotated();
    const second = annotated("Belarus released more prisoners, officials in Vilnius said.");
    assert.equal(first.meta.id, second.meta.id);
    await store.saveDocument(first);
    assert.deepEqual(await store.saveDocument(second), { status: "version", articleId: first.meta.id, version: 2 });
    const stored = await store.getArticle(first.meta.id);
    assert.equal(stored?.document.text, second.text);
    assert.deepEqual(stored?.versions.map((v) => v.version), [1, 2]);
    // Queries see the latest version only: its words are found, the old version's are not.
    assert.equal((await store.searchArticles("Vilnius", 10)).length, 1);
    assert.equal((await store.searchArticles("Lukashenko", 10)).length, 0);
    assert.deepEqual(await store.findEvents({}), []);
    assert.deepEqual(await store.counts(), { articles: 1, versions: 2, events: 0, mentions: 0, claims: 0 });
    // The first text again is a version already kept: nothing changes.
    assert.equal((await store.saveDocument(first)).status, "unchanged");
  }));

test("full-text search finds words in titles and bodies and accepts any string", () =>
  withStore(async (store) => {
    await store.saveDocument(annotated());
    await store.saveDocument(annotated("Talks in Geneva ended without agreement.", "https://example.org/geneva"));
    const hits = await store.searchArticles("political prisoners", 10);
    assert.deepEqual(hits.map((h) => h.article.url), ["https://example.org/belarus"]);
    assert.match(hits[0]!.snippet, /«political» «prisoners»/);
    assert.equal((await store.searchArticles("frees", 10)).length, 2, "both titles say 'frees'");
    for (const nasty of ['"', "AND OR NOT (", "prison*", "-Geneva", "title:x", "'; DROP TABLE articles; --", "", "  "]) {
      assert.ok(Array.isArray(await store.searchArticles(nasty, 10)), nasty);
    }
    assert.deepEqual((await store.searchArticles("Geneva)", 10)).map((h) => h.article.url), ["https://example.org/geneva"]);
  }));

test("event filters: actor and dyad by prefix in either direction, codes, types, modality, dates", () =>
  withStore(async (store) => {
    await store.saveDocument(annotated());
    const codes = async (filter: Parameters<Store["findEvents"]>[0]) => (await store.findEvents(filter)).map((e) => e.cameo).sort();
    assert.deepEqual(await codes({}), ["042", "0841", "1056"]);
    assert.deepEqual(await codes({ actor: "BLR" }), ["042", "0841"]);
    assert.deepEqual(await codes({ actor: "USAGOV" }), ["042"]);
    assert.deepEqual(await codes({ dyad: ["BLR", "USA"] }), ["042"]);
    assert.deepEqual(await codes({ dyad: ["USA", "BLR"] }), ["042"]);
    assert.deepEqual(await codes({ dyad: ["RUS", "POL"] }), ["1056"]);
    assert.deepEqual(await codes({ dyad: ["USA", "RUS"] }), []);
    assert.deepEqual(await codes({ code: "08" }), ["0841"]);
    assert.deepEqual(await codes({ root: "10" }), ["1056"]);
    assert.deepEqual(await codes({ plover: "CONSULT" }), ["042"]);
    assert.deepEqual(await codes({ quad: 3 }), ["1056"]);
    assert.deepEqual(await codes({ modality: "requested" }), ["1056"]);
    assert.deepEqual(await codes({ since: "2025-09-11", until: "2025-09-11" }), ["042", "0841"]);
    assert.deepEqual(await codes({ until: "2025-09-10" }), []);
    // Newest event date first, undated last, then in the order the article tells them.
    assert.deepEqual((await store.findEvents({})).map((e) => e.cameo), ["0841", "042", "1056"]);
    assert.deepEqual(await codes({ limit: 1 }), ["0841"]);
    const met = (await store.findEvents({ code: "042" }))[0];
    assert.equal(met?.evidenceText, "met");
    assert.equal(met?.sentenceText, TEXT.slice(0, at("Lukashenko.")[1]));
    assert.equal(met?.articleUrl, "https://example.org/belarus");
    assert.deepEqual(await store.getEvent(met!.id), met);
  }));

test("actors, their mentions, and claims by subject", () =>
  withStore(async (store) => {
    await store.saveDocument(annotated());
    const actors = await store.listActors(10);
    assert.equal(actors.length, 5, "the unresolved 'Rights groups' is not an actor");
    assert.deepEqual(actors.find((a) => a.code === "USAGOV"), { code: "USAGOV", id: "coale-john", name: "coale-john", country: "USA", sector: "GOV", mentions: 1, articles: 1 });
    assert.deepEqual((await store.findMentions("blrgov", 10)).map((m) => m.text), ["President Alexander Lukashenko"]);
    assert.deepEqual((await store.findMentions("country:POL", 10)).map((m) => m.text), ["Poland"]);
    assert.deepEqual((await store.findClaims({ subject: "PRISONERS" })).map((c) => c.value), [300]);
    assert.deepEqual(await store.findClaims({ subject: "100%_" }), []);
  }));

test("a write that fails half-way leaves nothing of that article", () =>
  withStore(async (store) => {
    const broken = withLayers(annotated(), { events: [event("BLR", "USA", "042", "CONSULT", 7 as 1, "met")] });
    await assert.rejects(store.saveDocument(broken), (error: unknown) => error instanceof AttacheError && error.code === "store-failed" && /events/.test(error.message));
    assert.deepEqual(await store.counts(), { articles: 0, versions: 0, events: 0, mentions: 0, claims: 0 });
    assert.equal(await store.getArticle(broken.meta.id), null);
    assert.deepEqual(await store.searchArticles("Lukashenko", 10), []);
  }));

test("a failed new version keeps the previous version whole and current", async () => {
  let failNext = false;
  const failing = [...VERSION_WRITERS.slice(0, 3), () => { if (failNext) throw new Error("disk on fire"); }, ...VERSION_WRITERS.slice(3)];
  const store = openSqliteStore(":memory:", { writers: failing });
  try {
    const first = annotated();
    await store.saveDocument(first);
    failNext = true;
    await assert.rejects(store.saveDocument(annotated("A second text at the same address.")), /disk on fire/);
    const stored = await store.getArticle(first.meta.id);
    assert.deepEqual(stored?.document, withoutTokens(first));
    assert.deepEqual(await store.counts(), { articles: 1, versions: 1, events: 3, mentions: 6, claims: 1 });
    assert.equal((await store.searchArticles("Lukashenko", 10)).length, 1);
  } finally {
    await store.close();
  }
});

test("a database file is migrated once, in WAL mode, with foreign keys", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "attache-store-")), "test.db");
  const first = openStore(path);
  await first.saveDocument(annotated());
  await first.close();
  const second = openStore(path);
  assert.equal((await second.counts()).articles, 1);
  await second.close();
  const raw = new Database(path, { readonly: true });
  assert.deepEqual(raw.prepare("SELECT version FROM schema_migrations ORDER BY version").all(), MIGRATIONS.map((m) => ({ version: m.version })));
  assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
  raw.close();
});

test("pages of events found among the newest first are the pages of the full newest-first order", async () => {
  // A window of 3 events, as a store of millions has 20,000: busy filters take their pages from it, rare ones fall back.
  const store = openSqliteStore(":memory:", { recentWindow: 3 });
  try {
    const dated = (source: string, target: string, cameo: string, date: string | null, words: string) =>
      event(source, target, cameo, "CONSULT", 1, words, { date, datePrecision: date === null ? "unknown" : date.length === 7 ? "month" : "day" });
    const events = [
      dated("USA", "BLR", "042", "2025-09-11", "met"), dated("USAGOV", "RUS", "042", "2025-09-11", "met"), dated("USA", "POL", "0841", "2025-09-10", "freed"),
      dated("RUS", "USA", "112", "2025-09", "urged"), dated("USA", "BLR", "042", "2025-09-12", "met"), dated("KAZ", "BLR", "042", "2019-01-02", "met"),
      dated("USA", "RUS", "190", null, "withdraw"), dated("USA", "BLR", "042", "2025-09-12", "met"), dated("BLR", "USA", "0841", "2024-02-29", "freed"),
      dated("USA", "BLR", "042", "2025-08-30", "met"), dated("POL", "USA", "042", "2025-09-11T10:00Z", "met"), dated("RUS", "POL", "042", null, "urged"),
    ];
    await store.saveDocument(withLayers(annotated(), { events }));
    const filters = [{}, { actor: "USA" }, { root: "04" }, { actor: "KAZ" }, { dyad: ["USA", "BLR"] as [string, string] }, { since: "2025-09-10" }, { code: "08" }];
    for (const filter of filters) {
      const all = await store.findEvents(filter);
      // The full order: dated events newest first, ties by serial, undated last.
      const key = (e: { date: string | null; serial: number }) => [e.date === null ? 1 : 0, e.date ?? "", e.serial] as const;
      for (let i = 1; i < all.length; i++) {
        const [a, b] = [key(all[i - 1]!), key(all[i]!)];
        assert.ok(a[0] < b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] < b[2]))), `${JSON.stringify(filter)} is in page order at ${i}`);
      }
      for (const limit of [1, 2, 3, 5]) {
        const paged = [];
        let page = await store.findEvents({ ...filter, limit });
        while (page.length > 0) {
          paged.push(...page);
          const last = page.at(-1)!;
          page = await store.findEvents({ ...filter, limit, after: { date: last.date, serial: last.serial } });
        }
        assert.deepEqual(paged.map((e) => e.id), all.map((e) => e.id), `${JSON.stringify(filter)} in pages of ${limit}`);
      }
    }
    assert.equal((await store.findEvents({})).length, 12);
    assert.equal((await store.findEvents({ actor: "USA" })).length, 10);
  } finally {
    await store.close();
  }
});

test("unique events: reports merged into one canonical event count once", () =>
  withStore(async (store) => {
    const first = annotated();
    const mirror = annotated(TEXT, "https://mirror.example/belarus");
    await store.saveDocument(first);
    await store.saveDocument(mirror);
    const met = (await store.findEvents({ code: "042" })).map((e) => e.id).sort();
    assert.equal(met.length, 2);
    await store.setCanonicalEvents(new Map(met.map((id) => [id, "canonical-met"])), new Map());
    const unique = await store.findEvents({ code: "042", unique: true });
    // The report stored first stands for the canonical event.
    assert.deepEqual(unique.map((e) => [e.id, e.canonical]), [[`${first.meta.id}:v1:e1`, "canonical-met"]]);
    assert.equal((await store.findEvents({ unique: true })).length, 5, "two reports of 0841 and 1056 each stay apart, 042 is merged");
    const counts = await store.canonicalCounts([unique[0]!.id]);
    assert.deepEqual(counts.get("canonical-met"), { canonical: "canonical-met", mentions: 2, sources: 1 });
  }));
