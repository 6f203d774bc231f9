/**
 * The Store's behaviour, written once and run on every implementation (`store-sqlite.test.ts`,
 * `store-postgres.test.ts`): whatever database is behind it, the same calls give the same answers.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { ArticleId, CodedEvent, Document } from "../src/document.js";
import { withLayers } from "../src/document.js";
import { AttacheError } from "../src/errors.js";
import type { EventCursor, EventFilter, Store, StoredEvent, StoryPlacement, TrendPoint, TrendQuery } from "../src/store/store.js";
import { createDocument } from "../src/ingest/create-document.js";
import { groupDocuments, saveWithStory } from "../src/stories/index.js";
import { buildStoriesCorpus } from "../bench/stories-corpus.js";
import { annotated, at, event, TEXT, withoutTokens } from "./helpers/annotated-document.js";

/** Makes a fresh, empty store; its `close` also removes whatever the test left behind. */
export type StoreFactory = () => Promise<Store>;

export interface SuiteOptions {
  /** When set, every test is skipped with this reason (written, so the report says why). */
  readonly skip?: string | undefined;
}

const MIRROR_URL = "https://mirror.example/belarus";
const GENEVA_URL = "https://example.org/geneva";
const EMPTY = { articles: 0, versions: 0, events: 0, mentions: 0, claims: 0 };

/** The article, the same text at another address (another outlet's copy), and an unrelated one. */
function threeArticles(): { first: Document; mirror: Document; geneva: Document } {
  return {
    first: annotated(),
    mirror: annotated(TEXT, MIRROR_URL),
    geneva: annotated("Talks in Geneva ended without agreement.", GENEVA_URL),
  };
}

/** A canonical event recounted from the stored reports: the report that should represent it, and its counts. */
interface Recounted {
  readonly representative: StoredEvent;
  readonly mentions: number;
  readonly articles: number;
  readonly sources: number;
}

/** An event's place in its article, from its id (`<article>:v<version>:e<n>`). */
const ordOf = (e: StoredEvent): number => Number(/:e(\d+)$/.exec(e.id)![1]);

/**
 * The canonical events counted again from every report of the latest versions: reports grouped
 * by canonical id (a report in none is its own), each group represented by the report of the
 * earliest published article (undated last), then the smallest article id, then the first in
 * its article, as the README says.
 */
async function recountCanonical(store: Store): Promise<Recounted[]> {
  const groups = new Map<string, StoredEvent[]>();
  for await (const e of store.eachEvent({})) {
    const key = e.canonical ?? `report:${e.id}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const key = (e: StoredEvent): [string, string, number] => [e.articleDate?.slice(0, 10) ?? "9999-99-99", e.articleId, ordOf(e)];
  const before = (a: StoredEvent, b: StoredEvent): number => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] !== kb[0] ? (ka[0] < kb[0] ? -1 : 1) : ka[1] !== kb[1] ? (ka[1] < kb[1] ? -1 : 1) : ka[2] - kb[2];
  };
  return [...groups.values()].map((reports) => ({
    representative: [...reports].sort(before)[0]!,
    mentions: reports.length,
    articles: new Set(reports.map((e) => e.articleId)).size,
    sources: new Set(reports.map((e) => e.articleSource ?? e.articleId)).size,
  }));
}

/** The timeline counted again from the canonical events' representatives, to check what the store answers. */
async function recountTrend(store: Store, query: TrendQuery, canonical?: readonly Recounted[]): Promise<TrendPoint[]> {
  const starts = (code: string | null, prefix: string) => code !== null && code.startsWith(prefix);
  const periods = new Map<string, { events: number; goldstein: number; quad: [number, number, number, number] }>();
  for (const { representative: e } of canonical ?? (await recountCanonical(store))) {
    const date = e.date;
    if (date === null || !/^\d{4}-\d{2}/.test(date)) continue;
    if (query.interval !== "month" && !/^\d{4}-\d{2}-\d{2}/.test(date)) continue;
    if (query.since !== undefined && date < query.since) continue;
    if (query.until !== undefined && date.slice(0, query.until.length) > query.until) continue;
    if (query.modalities !== undefined && !query.modalities.includes(e.modality)) continue;
    if (query.actor !== undefined && !starts(e.source, query.actor) && !starts(e.target, query.actor)) continue;
    if (query.dyad !== undefined) {
      const [a, b] = query.dyad;
      if (!(starts(e.source, a) && starts(e.target, b)) && !(starts(e.source, b) && starts(e.target, a))) continue;
    }
    const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
    const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
    const period = query.interval === "day" ? date.slice(0, 10) : query.interval === "week" ? monday : date.slice(0, 7);
    const point = periods.get(period) ?? { events: 0, goldstein: 0, quad: [0, 0, 0, 0] };
    point.events += 1;
    point.goldstein += e.goldstein;
    point.quad[e.quad - 1]! += 1;
    periods.set(period, point);
  }
  return [...periods].sort(([a], [b]) => (a < b ? -1 : 1)).map(([period, p]) => ({ period, events: p.events, goldstein: Math.round(p.goldstein * 10) / 10, quad: p.quad }));
}

/**
 * Checks that the store's canonical listing, timelines, top actors and top dyads all equal a
 * recount from the reports of their canonical events; returns how many events the timelines counted.
 */
async function assertCanonicalCounts(store: Store, when: string, queries: readonly TrendQuery[] = TIMELINE_QUERIES): Promise<number> {
  const canonical = await recountCanonical(store);
  const listed = await store.findEvents({ canonical: true });
  const expected = canonical.map((c) => [c.representative.id, c.mentions, c.articles, c.sources]).sort();
  assert.deepEqual(listed.map((e) => [e.id, e.mentions, e.articles, e.sources]).sort(), expected, `${when}: the canonical listing`);
  assert.ok(listed.every((e) => e.represents), `${when}: each listed event represents its canonical event`);
  const streamed: StoredEvent[] = [];
  for await (const e of store.eachEvent({ canonical: true })) streamed.push(e);
  assert.deepEqual(streamed.map((e) => e.id).sort(), listed.map((e) => e.id).sort(), `${when}: the export's events`);
  let counted = 0;
  for (const query of queries) {
    const points = await recountTrend(store, query, canonical);
    assert.deepEqual(await store.eventTrend(query), points, `${when}: ${JSON.stringify(query)}`);
    counted += points.reduce((sum, p) => sum + p.events, 0);
  }
  const reps = canonical.map((c) => c.representative);
  const actors = new Map<string, number>();
  const dyads = new Map<string, { source: string; target: string; events: number; goldstein: number }>();
  for (const e of reps) {
    for (const code of [e.source, e.target]) if (code !== null) actors.set(code, (actors.get(code) ?? 0) + 1);
    if (e.source === null || e.target === null) continue;
    const d = dyads.get(`${e.source} ${e.target}`) ?? { source: e.source, target: e.target, events: 0, goldstein: 0 };
    dyads.set(`${e.source} ${e.target}`, { ...d, events: d.events + 1, goldstein: d.goldstein + e.goldstein });
  }
  const byCount = <T extends { events: number }>(name: (x: T) => string) => (a: T, b: T) => b.events - a.events || (name(a) < name(b) ? -1 : 1);
  assert.deepEqual(
    await store.topActors({ limit: 1000 }),
    [...actors].map(([code, events]) => ({ code, events })).sort(byCount((x) => x.code)),
    `${when}: top actors`,
  );
  assert.deepEqual(
    await store.topDyads({ limit: 1000 }),
    [...dyads.values()].map((d) => ({ ...d, goldstein: Math.round(d.goldstein * 10) / 10 })).sort(byCount((x) => `${x.source} ${x.target}`)),
    `${when}: top dyads`,
  );
  return counted;
}

/** Events in every shape the timeline tells apart: codes of any length or none, dates at any precision, each modality and QuadClass. */
function variedEvents(seed: number): CodedEvent[] {
  const codes = [null, "USA", "USAGOV", "USAMIL", "BLR", "BLRGOV", "RUS", "UN", "IGOUNO", "POLGOV"];
  const dates = [null, "2025-09-11", "2025-09-14", "2025-09-15", "2025-08-31", "2025-09", "2025-W37", "2025", "2025-09-12T10:30:00Z", "2024-12-30"];
  const modalities = ["asserted", "intended", "requested", "hypothetical", "negated", "reported"] as const;
  return Array.from({ length: 12 }, (_, i) => {
    const n = seed * 31 + i * 7;
    const quad = ((n % 4) + 1) as 1 | 2 | 3 | 4;
    const date = dates[(n * 3) % dates.length]!;
    return event(codes[n % codes.length]!, codes[(n * 5 + 3) % codes.length]!, "042", "CONSULT", quad, "met", {
      date, datePrecision: date === null ? "publication" : "day", modality: modalities[(n + seed) % modalities.length]!,
    });
  });
}

/** Timeline queries over every option: each interval, dyads and actors by short and long prefixes, modalities, bounds. */
export const TIMELINE_QUERIES: readonly TrendQuery[] = (["day", "week", "month"] as const).flatMap((interval) => [
  { interval }, { interval, modalities: ["asserted", "negated"] }, { interval, since: "2025-09-12", until: "2025-09" },
  ...([["USA", "BLR"], ["BLR", "USA"], ["USA", "USA"], ["USAGOV", "USA"], ["U", "B"], ["USAGOV", "BLRGOV"], ["UN", "IGO"]] as const).map((dyad) => ({ interval, dyad })),
  ...["USA", "USAGOV", "B", "IGOUNO"].flatMap((actor) => [{ interval, actor }, { interval, actor, modalities: ["reported" as const], until: "2025-09-14" }]),
  // A bound finer than a day; a dyad and an actor at once.
  { interval, since: "2025-09-12T12:00", dyad: ["USA", "BLR"] as const },
  { interval, dyad: ["USA", "B"] as const, actor: "BLRGOV" }, { interval, dyad: ["U", "B"] as const, actor: "USAGOV" },
]);

/** Article `i` of the timeline tests, a changed text of it when `change` is given. */
function timelineArticle(i: number, change: string | null, events: CodedEvent[]): Document {
  return withLayers(annotated(change === null ? TEXT : `${TEXT} ${change}`, `https://example.org/timeline/${i}`), { events });
}

/** Saves four articles of varied events, then new versions of two: one with other events, one with none. Returns the first versions. */
export async function saveTimelineArticles(store: Store): Promise<Document[]> {
  const docs = [0, 1, 2, 3].map((i) => timelineArticle(i, null, variedEvents(i)));
  for (const doc of docs) await store.saveDocument(doc);
  assert.equal((await store.saveDocument(timelineArticle(1, "Updated.", variedEvents(7)))).status, "version");
  assert.equal((await store.saveDocument(timelineArticle(2, "Corrected.", []))).status, "version");
  assert.equal((await store.saveDocument(timelineArticle(1, "Updated again.", variedEvents(1).slice(3)))).status, "version");
  assert.equal((await store.saveDocument(docs[3]!)).status, "unchanged");
  return docs;
}

/**
 * Puts the timeline articles in two stories and their events in five canonical events (each
 * across dyads and articles, a harder case than stories make), merges the stories and three of
 * the canonical events, then saves a new version of an article whose reports represented some.
 * `check` runs after each step.
 */
export async function groupTimelineArticles(store: Store, docs: readonly Document[], check: (when: string) => Promise<void> = async () => undefined): Promise<void> {
  const ids = (await store.findEvents({})).map((e) => e.id).sort();
  for (const [i, doc] of docs.entries()) {
    await store.placeInStory({ articleId: doc.meta.id, story: `s${i % 2}`, profile: "{}", day: "2025-09-12", source: doc.meta.source, buckets: [], keys: [] });
  }
  await store.setCanonicalEvents(new Map(ids.map((id, i) => [id, `c${i % 5}`])), new Map());
  await check("in five canonical events");
  await store.setCanonicalEvents(new Map(ids.slice(0, 3).map((id) => [id, "c4"])), new Map());
  await check("three reports moved to another canonical event");
  await store.moveStories(["s1"], "s0");
  await store.setCanonicalEvents(new Map(), new Map([["c1", "c0"], ["c2", "c0"]]));
  await check("after stories merged");
  assert.equal((await store.saveDocument(timelineArticle(3, "Last word.", variedEvents(9)))).status, "version");
  await check("a story's article re-saved");
  assert.equal((await store.saveDocument(timelineArticle(0, "Withdrawn.", []))).status, "version");
  await check("an article's reports withdrawn");
}

/** What counting canonical events answers, for comparing two stores: the listing, the timelines, top actors and dyads. */
export async function canonicalAnswers(store: Store): Promise<unknown> {
  // Sorted: events of one date are listed in the order they were stored.
  const listed = (await store.findEvents({ canonical: true })).map((e) => [e.id, e.date, e.mentions, e.articles, e.sources]).sort();
  return {
    listed,
    trends: await Promise.all(TIMELINE_QUERIES.map((q) => store.eventTrend(q))),
    actors: await store.topActors({ limit: 1000 }),
    dyads: await store.topDyads({ limit: 1000 }),
  };
}

/** A few timeline queries, for checks after every article. */
const TREND_CHECKS: readonly TrendQuery[] = [
  { interval: "day" }, { interval: "week", dyad: ["USA", "BLR"] }, { interval: "month", actor: "BLR" }, { interval: "day", modalities: ["requested"] },
];

const GENEVA_TEXT = `GENEVA — Envoys from Washington and Minsk held a second round of talks at the Palais des Nations on September 11th.
The delegations discussed potash export quotas, aviation rules and consular staffing, according to a Swiss foreign ministry note.
No joint statement was issued after the four-hour session, and a third round has not been scheduled.`;

/**
 * Reports of one happening (envoys met on September 11th): the article, a copy at another
 * outlet, a reworded copy, a report in another story with the same dyad, code and day, a digest
 * that quotes both stories (and so merges them), and a corrected copy that no longer tells the
 * meeting. Two orders of the same inputs; the correction comes after its first version in both.
 */
function overlappingReports(): { reports: Document[]; order1: Document[]; order2: Document[] } {
  const report = (text: string, url: string, source: string, events: CodedEvent[], published = "2025-09-12"): Document => {
    const doc = text === TEXT ? annotated(TEXT, url) : withLayers(annotated(text, url), { events });
    return { ...doc, meta: { ...doc.meta, source, published: { value: published, precision: "day", origin: "meta" } } };
  };
  const [freed, met, urged] = annotated().layers.events!;
  const geneva = (offset: number): CodedEvent => {
    const start = offset + GENEVA_TEXT.indexOf("held");
    return event("USAGOV", "BLRGOV", "042", "CONSULT", 1, "met", { evidence: [start, start + 4], location: "Geneva" });
  };
  const first = report(TEXT, "https://example.org/belarus", "Example News", []);
  const copy = report(TEXT, MIRROR_URL, "Mirror Daily", [], "2025-09-13");
  const reworded = report(`${TEXT} Officials in Vilnius welcomed the release of the prisoners.`, "https://wire.example/belarus", "Third Wire", [freed!, met!, urged!]);
  const elsewhere = report(GENEVA_TEXT, GENEVA_URL, "Geneva Post", [geneva(0)], "2025-09-11");
  const digest = report(`${TEXT}\n${GENEVA_TEXT}`, "https://digest.example/week", "Digest", [freed!, met!, urged!, geneva(TEXT.length + 1)]);
  const corrected = report(`${TEXT} Corrected: the envoy did not meet the president.`, MIRROR_URL, "Mirror Daily", [freed!, urged!], "2025-09-13");
  return {
    reports: [first, copy, reworded, elsewhere, digest],
    order1: [first, copy, reworded, elsewhere, digest, corrected],
    order2: [elsewhere, copy, corrected, reworded, digest, first],
  };
}

/** Registers the shared store tests under `name`, each on a store of its own from `makeStore`. */
export function describeStore(name: string, makeStore: StoreFactory, options: SuiteOptions = {}): void {
  const it = (title: string, run: (store: Store) => Promise<void>): void => {
    test(title, async () => {
      const store = await makeStore();
      try {
        await run(store);
      } finally {
        await store.close();
      }
    });
  };

  describe(`${name} store`, { skip: options.skip ?? false }, () => {
    it("a document with every layer round-trips exactly", async (store) => {
      const doc = annotated();
      assert.deepEqual(await store.saveDocument(doc), { status: "new", articleId: doc.meta.id, version: 1 });
      const stored = await store.getArticle(doc.meta.id);
      assert.ok(stored);
      assert.deepEqual(stored.document, withoutTokens(doc));
      assert.equal(stored.version, 1);
      assert.deepEqual(stored.versions.map((v) => [v.version, v.contentHash]), [[1, doc.meta.contentHash]]);
      assert.equal(await store.getArticle("no-such-article" as ArticleId), null);
      assert.deepEqual(await store.findArticleIds(doc.meta.id.slice(0, 4), 10), [doc.meta.id]);
    });

    it("saving the same content again changes nothing", async (store) => {
      const doc = annotated();
      await store.saveDocument(doc);
      const before = await store.counts();
      assert.deepEqual(await store.saveDocument(doc), { status: "unchanged", articleId: doc.meta.id, version: 1 });
      assert.deepEqual(await store.counts(), before);
      assert.deepEqual(before, { articles: 1, versions: 1, events: 3, mentions: 6, claims: 1 });
    });

    it("the same document saved twice at once is stored once", async (store) => {
      const doc = annotated();
      const outcomes = await Promise.all([store.saveDocument(doc), store.saveDocument(doc), store.saveDocument(doc)]);
      assert.deepEqual(outcomes.map((o) => o.status).sort(), ["new", "unchanged", "unchanged"]);
      assert.deepEqual(await store.counts(), { articles: 1, versions: 1, events: 3, mentions: 6, claims: 1 });
    });

    it("a changed text at the same URL is a new version, and queries see only the latest", async (store) => {
      const first = annotated();
      const second = annotated("Belarus released more prisoners, officials in Vilnius said.");
      assert.equal(first.meta.id, second.meta.id);
      await store.saveDocument(first);
      assert.deepEqual(await store.saveDocument(second), { status: "version", articleId: first.meta.id, version: 2 });
      const stored = await store.getArticle(first.meta.id);
      assert.equal(stored?.document.text, second.text);
      assert.equal(stored?.version, 2);
      assert.deepEqual(stored?.versions.map((v) => v.version), [1, 2]);
      assert.equal((await store.searchArticles("Vilnius", 10)).length, 1);
      assert.equal((await store.searchArticles("Lukashenko", 10)).length, 0);
      assert.deepEqual(await store.findEvents({}), []);
      assert.deepEqual(await store.listActors(10), []);
      assert.deepEqual(await store.findClaims({}), []);
      assert.deepEqual((await store.listArticles({})).map((a) => [a.id, a.version, a.events]), [[first.meta.id, 2, 0]]);
      assert.deepEqual(await store.counts(), { articles: 1, versions: 2, events: 0, mentions: 0, claims: 0 });
      assert.equal((await store.saveDocument(first)).status, "unchanged", "the first text is a version already kept");
    });

    it("articles are listed newest first and filtered by source, language and dates", async (store) => {
      const { first, geneva } = threeArticles();
      await store.saveDocument(first);
      await store.saveDocument(geneva);
      const listed = await store.listArticles({});
      assert.deepEqual(listed.map((a) => a.url).sort(), ["https://example.org/belarus", GENEVA_URL]);
      assert.deepEqual(listed.find((a) => a.id === first.meta.id), {
        id: first.meta.id, title: "Belarus frees prisoners", source: "Example News", url: "https://example.org/belarus",
        published: { value: "2025-09-12", precision: "day", origin: "meta" }, language: "en", version: 1, events: 3, mentions: 6,
      });
      assert.equal((await store.listArticles({ source: "example news" })).length, 2, "the outlet matches whatever its case");
      assert.equal((await store.listArticles({ source: "Other" })).length, 0);
      assert.equal((await store.listArticles({ language: "en", since: "2025-09-12", until: "2025-09-12" })).length, 2);
      assert.equal((await store.listArticles({ until: "2025-09-11" })).length, 0);
      assert.equal((await store.listArticles({ limit: 1 })).length, 1);
    });

    it("full-text search finds words in titles and bodies and accepts any string", async (store) => {
      const { first, geneva } = threeArticles();
      await store.saveDocument(first);
      await store.saveDocument(geneva);
      const hits = await store.searchArticles("political prisoners", 10);
      assert.deepEqual(hits.map((h) => h.article.url), ["https://example.org/belarus"]);
      assert.match(hits[0]!.snippet, /«political» «prisoners»/);
      assert.equal((await store.searchArticles("frees", 10)).length, 2, "both titles say 'frees'");
      assert.equal((await store.searchArticles("FREES", 1)).length, 1, "case does not matter; the limit holds");
      for (const nasty of ['"', "AND OR NOT (", "prison*", "-Geneva", "title:x", "'; DROP TABLE articles; --", "a & b | !c", "\u0000", "", "  "]) {
        assert.ok(Array.isArray(await store.searchArticles(nasty, 10)), nasty);
      }
      assert.deepEqual((await store.searchArticles("Geneva)", 10)).map((h) => h.article.url), [GENEVA_URL]);
      assert.equal((await store.counts()).articles, 2);
      // Accents do not matter, either way round.
      await store.saveDocument(annotated("Envoys met Lukašenka in Brest.", "https://example.org/brest"));
      for (const spelling of ["Lukasenka", "LUKAŠENKA"]) {
        assert.deepEqual((await store.searchArticles(spelling, 10)).map((h) => h.article.url), ["https://example.org/brest"], spelling);
      }
    });

    it("an outsized text of distinct words is stored whole and found by its words", async (store) => {
      const words = Array.from({ length: 120_000 }, (_, i) => `w${i.toString(36)}q${((i * 7919) % 100_003).toString(36)}`);
      const huge = annotated(`Harbour ledger ${words.join(" ")}`, "https://example.org/ledger");
      assert.ok(huge.text.length > 1_000_000);
      assert.equal((await store.saveDocument(huge)).status, "new");
      assert.equal((await store.getArticle(huge.meta.id))?.document.text, huge.text);
      assert.deepEqual((await store.searchArticles("ledger", 10)).map((h) => h.article.url), ["https://example.org/ledger"]);
    });

    it("event filters: actor and dyad by prefix in either direction, codes, types, modality, dates", async (store) => {
      await store.saveDocument(annotated());
      const codes = async (filter: EventFilter) => (await store.findEvents(filter)).map((e) => e.cameo).sort();
      assert.deepEqual(await codes({}), ["042", "0841", "1056"]);
      assert.deepEqual(await codes({ actor: "BLR" }), ["042", "0841"]);
      assert.deepEqual(await codes({ actor: "USAGOV" }), ["042"]);
      assert.deepEqual(await codes({ actor: "USAGOVX" }), []);
      assert.deepEqual(await codes({ dyad: ["BLR", "USA"] }), ["042"]);
      assert.deepEqual(await codes({ dyad: ["USA", "BLR"] }), ["042"]);
      assert.deepEqual(await codes({ dyad: ["RUS", "POL"] }), ["1056"]);
      assert.deepEqual(await codes({ dyad: ["USA", "RUS"] }), []);
      assert.deepEqual(await codes({ code: "08" }), ["0841"]);
      assert.deepEqual(await codes({ code: "04" }), ["042"]);
      assert.deepEqual(await codes({ root: "10" }), ["1056"]);
      assert.deepEqual(await codes({ plover: "CONSULT" }), ["042"]);
      assert.deepEqual(await codes({ quad: 3 }), ["1056"]);
      assert.deepEqual(await codes({ modality: "requested" }), ["1056"]);
      assert.deepEqual(await codes({ since: "2025-09-11", until: "2025-09-11" }), ["042", "0841"]);
      assert.deepEqual(await codes({ since: "2025-09" }), ["042", "0841"]);
      assert.deepEqual(await codes({ until: "2025-09-10" }), []);
      assert.deepEqual(await codes({ articleId: "elsewhere" as ArticleId }), []);
      // Newest event date first, undated last, then in the order the article tells them.
      assert.deepEqual((await store.findEvents({})).map((e) => e.cameo), ["0841", "042", "1056"]);
      assert.deepEqual(await codes({ limit: 1 }), ["0841"]);
      const met = (await store.findEvents({ code: "042" }))[0];
      assert.equal(met?.evidenceText, "met");
      assert.equal(met?.sentenceText, TEXT.slice(0, at("Lukashenko.")[1]));
      assert.equal(met?.articleUrl, "https://example.org/belarus");
      assert.equal(met?.articleDate, "2025-09-12");
      assert.deepEqual([met?.story, met?.canonical], [null, null]);
      assert.deepEqual(await store.getEvent(met!.id), met);
      assert.equal(await store.getEvent("nothing:v1:e0" as StoredEvent["id"]), null);
    });

    it("event pages follow each other by cursor, and eachEvent streams every event in id order", async (store) => {
      const { first, mirror } = threeArticles();
      await store.saveDocument(first);
      await store.saveDocument(mirror);
      const all = await store.findEvents({});
      assert.equal(all.length, 6);
      const paged: StoredEvent[] = [];
      let after: EventCursor | undefined;
      for (let page = 0; page < 5; page++) {
        const events = await store.findEvents({ limit: 2, ...(after === undefined ? {} : { after }) });
        if (events.length === 0) break;
        paged.push(...events);
        const last = events[events.length - 1]!;
        after = { date: last.date, serial: last.serial };
      }
      assert.deepEqual(paged.map((e) => e.id), all.map((e) => e.id));
      assert.deepEqual(all.map((e) => e.date), ["2025-09-11", "2025-09-11", "2025-09-11", "2025-09-11", null, null]);
      const streamed: StoredEvent[] = [];
      for await (const e of store.eachEvent({ actor: "BLR" })) streamed.push(e);
      assert.deepEqual(streamed.map((e) => e.serial), [...streamed.map((e) => e.serial)].sort((a, b) => a - b));
      assert.deepEqual(streamed.map((e) => e.id).sort(), all.filter((e) => e.cameo !== "1056").map((e) => e.id).sort());
      const limited: StoredEvent[] = [];
      for await (const e of store.eachEvent({ limit: 1 })) limited.push(e);
      assert.equal(limited.length, 1);
    });

    it("actors, their mentions, and claims by subject", async (store) => {
      await store.saveDocument(annotated());
      const actors = await store.listActors(10);
      assert.equal(actors.length, 5, "the unresolved 'Rights groups' is not an actor");
      assert.deepEqual(actors.find((a) => a.code === "USAGOV"), { code: "USAGOV", id: "coale-john", name: "coale-john", country: "USA", sector: "GOV", mentions: 1, articles: 1 });
      assert.deepEqual((await store.findMentions("blrgov", 10)).map((m) => m.text), ["President Alexander Lukashenko"]);
      assert.deepEqual((await store.findMentions("country:POL", 10)).map((m) => m.text), ["Poland"]);
      assert.deepEqual((await store.findMentions("COUNTRY:pol", 10)).map((m) => m.articleTitle), ["Belarus frees prisoners"], "a name matches whatever its case");
      const claims = await store.findClaims({ subject: "PRISONERS" });
      assert.deepEqual(claims.map((c) => [c.value, c.attributedTo, c.articleDate]), [[300, "Rights groups", "2025-09-12"]]);
      assert.deepEqual(await store.findClaims({ subject: "100%_" }), []);
      assert.equal((await store.findClaims({ limit: 0 })).length, 0);
    });

    it("aggregates: the trend per day, week and month, top actors and top dyads", async (store) => {
      const { first, mirror } = threeArticles();
      await store.saveDocument(first);
      await store.saveDocument(mirror);
      // Two dated events per copy (0841 quad 2, Goldstein −1; 042 quad 1, −2.5); 1056 is undated.
      assert.deepEqual(await store.eventTrend({ interval: "week" }), [{ period: "2025-09-08", events: 4, goldstein: -7, quad: [2, 2, 0, 0] }]);
      assert.deepEqual(await store.eventTrend({ interval: "day" }), [{ period: "2025-09-11", events: 4, goldstein: -7, quad: [2, 2, 0, 0] }]);
      assert.deepEqual(await store.eventTrend({ interval: "month", dyad: ["BLR", "USA"] }), [{ period: "2025-09", events: 2, goldstein: -5, quad: [2, 0, 0, 0] }]);
      assert.deepEqual(await store.eventTrend({ interval: "day", actor: "POL" }), []);
      assert.deepEqual(await store.eventTrend({ interval: "day", since: "2025-09-12" }), []);
      assert.deepEqual(await store.topActors({}), [
        { code: "BLRGOV", events: 4 }, { code: "POL", events: 2 }, { code: "RUS", events: 2 }, { code: "USAGOV", events: 2 },
      ]);
      assert.deepEqual(await store.topActors({ limit: 1, modalities: ["requested"] }), [{ code: "POL", events: 2 }]);
      assert.deepEqual(await store.topDyads({}), [
        { source: "POL", target: "RUS", events: 2, goldstein: 1 },
        { source: "USAGOV", target: "BLRGOV", events: 2, goldstein: -5 },
      ]);
      assert.deepEqual(await store.topDyads({ modalities: ["asserted"], since: "2025-09-01", until: "2025-09-30" }), [
        { source: "USAGOV", target: "BLRGOV", events: 2, goldstein: -5 },
      ]);
    });

    it("aggregates: a dyad's trend counts every code under each prefix, in both directions, each event once, latest version only", async (store) => {
      // Goldstein is quad × 1.5 − 4: −2.5, −1, 0.5 and 2 for QuadClass 1 to 4.
      const events = [
        event("USA", "BLR", "042", "CONSULT", 1, "met"),
        event("USAGOV", "BLRGOV", "0841", "RETREAT", 2, "freed"),
        event("BLRMIL", "USA", "112", "ACCUSE", 3, "met", { date: "2025-09-02" }),
        event("USAGOV", "USAMIL", "042", "CONSULT", 1, "met"),
        event("USA", "RUS", "190", "ASSAULT", 4, "withdraw", { modality: "intended" }),
        event("BLR", "USA", "112", "ACCUSE", 3, "met", { date: "2025-W37", datePrecision: "week" }),
      ];
      await store.saveDocument(withLayers(annotated(), { events }));
      const usaBlr = [{ period: "2025-09-01", events: 1, goldstein: 0.5, quad: [0, 0, 1, 0] }, { period: "2025-09-08", events: 2, goldstein: -3.5, quad: [1, 1, 0, 0] }];
      assert.deepEqual(await store.eventTrend({ interval: "week", dyad: ["USA", "BLR"] }), usaBlr);
      assert.deepEqual(await store.eventTrend({ interval: "week", dyad: ["BLR", "USA"] }), usaBlr);
      assert.deepEqual(await store.eventTrend({ interval: "day", dyad: ["U", "B"] }), [
        { period: "2025-09-02", events: 1, goldstein: 0.5, quad: [0, 0, 1, 0] }, { period: "2025-09-11", events: 2, goldstein: -3.5, quad: [1, 1, 0, 0] },
      ]);
      // USAGOV → USAMIL is USA–USA both ways round, and USAGOV–USA one way: counted once either way.
      const usaUsa = [{ period: "2025-09", events: 1, goldstein: -2.5, quad: [1, 0, 0, 0] }];
      assert.deepEqual(await store.eventTrend({ interval: "month", dyad: ["USA", "USA"] }), usaUsa);
      assert.deepEqual(await store.eventTrend({ interval: "month", dyad: ["USAGOV", "USA"] }), usaUsa);
      assert.deepEqual(await store.eventTrend({ interval: "month", dyad: ["USAGOV", "BLRMIL"] }), []);
      assert.deepEqual(await store.eventTrend({ interval: "month", dyad: ["USA", "BLR"], since: "2025-09-05" }), [{ period: "2025-09", events: 2, goldstein: -3.5, quad: [1, 1, 0, 0] }]);
      assert.deepEqual(await store.eventTrend({ interval: "month", dyad: ["RUS", "USA"], modalities: ["asserted"] }), []);
      assert.deepEqual(await store.eventTrend({ interval: "month", dyad: ["RUS", "USA"], modalities: ["intended"] }), [{ period: "2025-09", events: 1, goldstein: 2, quad: [0, 0, 0, 1] }]);
      await store.saveDocument(annotated("Belarus released more prisoners, officials in Vilnius said."));
      assert.deepEqual(await store.eventTrend({ interval: "week", dyad: ["USA", "BLR"] }), []);
    });

    it("aggregates: the timeline, the listing, top actors and dyads always equal a recount of the canonical events, through new versions, stories and merges", async (store) => {
      const docs = await saveTimelineArticles(store);
      assert.ok((await assertCanonicalCounts(store, "saved and re-saved")) > 100, "the queries find events to count");
      await groupTimelineArticles(store, docs, async (when) => {
        await assertCanonicalCounts(store, when);
      });
      assert.ok((await store.findEvents({ canonical: true })).length < (await store.findEvents({})).length, "some reports were merged");
    });

    it("a write that fails half-way leaves nothing of that article", async (store) => {
      const broken = withLayers(annotated(), { events: [event("BLR", "USA", "042", "CONSULT", 7 as 1, "met")] });
      await assert.rejects(store.saveDocument(broken), (error: unknown) => error instanceof AttacheError && error.code === "store-failed" && /events/.test(error.message));
      assert.deepEqual(await store.counts(), EMPTY);
      assert.equal(await store.getArticle(broken.meta.id), null);
      assert.deepEqual(await store.searchArticles("Lukashenko", 10), []);
      assert.equal((await store.saveDocument(annotated())).status, "new", "the store still takes writes");
    });

    it("a failed new version keeps the previous version whole and current", async (store) => {
      const first = annotated();
      await store.saveDocument(first);
      const broken = withLayers(annotated("A second text at the same address."), { events: [event("BLR", "USA", "042", "CONSULT", 7 as 1, "met")] });
      await assert.rejects(store.saveDocument(broken), (error: unknown) => error instanceof AttacheError && error.code === "store-failed");
      assert.deepEqual((await store.getArticle(first.meta.id))?.document, withoutTokens(first));
      assert.deepEqual(await store.counts(), { articles: 1, versions: 1, events: 3, mentions: 6, claims: 1 });
      assert.equal((await store.searchArticles("Lukashenko", 10)).length, 1);
      assert.equal((await store.searchArticles("second", 10)).length, 0);
    });

    it("canonical events: reports merged into one are listed once, by the earliest article's report, with their counts", async (store) => {
      const { first, mirror } = threeArticles();
      const earlier = withLayers(annotated(TEXT, "https://earlier.example/belarus"), {});
      const dated = { ...earlier, meta: { ...earlier.meta, source: "Earlier Post", published: { value: "2025-09-11T18:00:00Z", precision: "second" as const, origin: "meta" as const } } };
      for (const doc of [first, mirror, dated]) await store.saveDocument(doc);
      const met = (await store.findEvents({ code: "042" })).map((e) => e.id).sort();
      assert.equal(met.length, 3);
      assert.equal((await store.findEvents({ canonical: true })).length, 9, "before stories, each report is its own canonical event");
      await store.setCanonicalEvents(new Map(met.map((id) => [id, "canonical-met"])), new Map());
      const listed = await store.findEvents({ code: "042", canonical: true });
      // The article published first (the 11th, before the copies of the 12th) gives the representative.
      assert.deepEqual(listed.map((e) => [e.id, e.canonical, e.represents, e.mentions, e.articles, e.sources]), [
        [`${dated.meta.id}:v1:e1`, "canonical-met", true, 3, 3, 2],
      ]);
      assert.equal((await store.findEvents({ canonical: true })).length, 7, "the other reports of 0841 and 1056 stay apart, 042 is merged");
      const reports = await store.findEvents({ code: "042" });
      assert.deepEqual(reports.map((e) => [e.represents, e.mentions, e.sources]).sort(), [[false, 3, 2], [false, 3, 2], [true, 3, 2]]);
      const counts = await store.canonicalCounts([listed[0]!.id]);
      assert.deepEqual(counts.get("canonical-met"), { canonical: "canonical-met", mentions: 3, sources: 2 });
      assert.deepEqual(await store.topDyads({ modalities: ["asserted"] }), [{ source: "USAGOV", target: "BLRGOV", events: 1, goldstein: -2.5 }]);
      // A new version of the representing article without that event: the earliest of the others stands for it.
      await store.saveDocument(withLayers(annotated(`${TEXT} Corrected.`, "https://earlier.example/belarus"), {}));
      const smallest = [mirror.meta.id, first.meta.id].sort()[0]!;
      assert.deepEqual((await store.findEvents({ code: "042", canonical: true })).map((e) => [e.id, e.mentions, e.articles, e.sources]), [
        [`${smallest}:v1:e1`, 2, 2, 1],
      ]);
    });

    it("canonical events: reports from several outlets, across stories, a re-saved article and a story merge count the same in two orders", async (store) => {
      const { reports, order1, order2 } = overlappingReports();
      const other = await makeStore();
      try {
        for (const [one, label] of [[store, "order 1"], [other, "order 2"]] as const) {
          for (const doc of label === "order 1" ? order1 : order2) {
            await saveWithStory(one, doc);
            await assertCanonicalCounts(one, `${label}, after ${doc.meta.source}`, TREND_CHECKS);
            if (label === "order 1" && doc.meta.source === "Geneva Post") {
              const stories = await one.storyEntries(reports.map((d) => d.meta.id));
              assert.equal(new Set(stories.map((e) => e.story)).size, 2, "the Geneva report is a story of its own");
              assert.deepEqual((await one.findEvents({ code: "042", canonical: true })).map((e) => [e.articleSource, e.mentions, e.sources]), [["Geneva Post", 4, 4]],
                "yet its meeting is the one the three copies tell: same dyad, code and day");
            }
          }
        }
        assert.deepEqual(await canonicalAnswers(other), await canonicalAnswers(store), "the same answers in both orders");
        const stories = await store.storyEntries(reports.map((d) => d.meta.id));
        assert.equal(new Set(stories.map((e) => e.story)).size, 1, "the digest merged the two stories");
        // Envoys met: the article, the reworded copy, the Geneva report (across stories, and published first, so it
        // represents them) and the digest twice (the corrected copy no longer says it).
        const met = await store.findEvents({ code: "042", canonical: true });
        assert.deepEqual(met.map((e) => [e.articleSource, e.mentions, e.articles, e.sources]), [["Geneva Post", 5, 4, 4]]);
        assert.equal((await store.eventTrend({ interval: "day", dyad: ["USA", "BLR"] }))[0]?.events, 1);
      } finally {
        await other.close();
      }
    });

    it("stories: placing, candidates by bucket and shared keys, moving, and reading them back", async (store) => {
      const { first, mirror, geneva } = threeArticles();
      for (const doc of [first, mirror, geneva]) await store.saveDocument(doc);
      const place = (doc: Document, fields: Omit<StoryPlacement, "articleId" | "profile">): Promise<void> =>
        store.placeInStory({ articleId: doc.meta.id, profile: `{"of":"${doc.meta.id}"}`, ...fields });
      await place(first, { story: "s-a", day: "2025-09-12", source: "Example News", buckets: ["b1", "b2"], keys: ["k1", "k2", "k3", "k4"] });
      await place(mirror, { story: "s-b", day: "2025-09-11", source: "Mirror", buckets: ["b2", "b3"], keys: ["k1", "k2", "k3"] });
      await place(geneva, { story: "s-c", day: null, source: null, buckets: ["b9"], keys: ["k9"] });
      const ids = async (found: Promise<{ articleId: ArticleId }[]>) => (await found).map((e) => e.articleId);
      const byId = (...docs: Document[]) => docs.map((d) => d.meta.id).sort();

      assert.deepEqual(await ids(store.storyCandidates(["b1"], [], 3, 4, 10)), [first.meta.id]);
      assert.deepEqual(await ids(store.storyCandidates(["b2", "zz"], [], 3, 4, 10)), byId(first, mirror));
      assert.deepEqual(await ids(store.storyCandidates([], ["k1", "k2", "k3"], 3, 3, 10)), byId(first, mirror));
      assert.deepEqual(await ids(store.storyCandidates([], ["k1", "k2"], 3, 3, 10)), [], "two shared keys are not enough when both have three or more");
      assert.deepEqual(await ids(store.storyCandidates([], ["k1", "k2"], 3, 2, 10)), byId(first, mirror), "a new article with two keys needs two");
      assert.deepEqual(await ids(store.storyCandidates([], ["k9", "x", "y", "z"], 3, 4, 10)), [geneva.meta.id], "an article filed under one key needs one");
      assert.deepEqual(await ids(store.storyCandidates([], ["k1", "k2", "k3", "k4"], 3, 4, 1)), [first.meta.id], "most keys shared first");
      assert.deepEqual(await ids(store.storyCandidates([], ["k1", "k2", "k3"], 3, 3, 1)), byId(first, mirror).slice(0, 1), "then the smaller id");
      assert.deepEqual(await ids(store.storyCandidates(["b9"], ["k1", "k2", "k3", "k4"], 3, 4, 1)), byId(first, geneva), "bucket matches beyond the limit");
      assert.deepEqual(await store.storyCandidates([], [], 3, 0, 10), []);

      assert.deepEqual(await store.storyEntryOf(mirror.meta.id), { articleId: mirror.meta.id, story: "s-b", profile: `{"of":"${mirror.meta.id}"}` });
      await store.moveStories(["s-b", "s-none"], "s-a");
      assert.deepEqual((await store.storyEntries([geneva.meta.id, first.meta.id, mirror.meta.id])).map((e) => [e.articleId, e.story]),
        [[first.meta.id, "s-a"], [mirror.meta.id, "s-a"], [geneva.meta.id, "s-c"]].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
      assert.equal(await store.storyEntryOf("none" as ArticleId), null);
      assert.deepEqual(await store.earliestOfStories(["s-a", "s-c", "s-none"]), [
        { articleId: mirror.meta.id, day: "2025-09-11" },
        { articleId: geneva.meta.id, day: null },
      ]);

      const story = await store.getStory("s-a");
      assert.deepEqual({ ...story, representative: story?.representative?.id }, {
        id: "s-a", firstSeen: "2025-09-11", articles: 2, sources: ["Example News", "Mirror"], representative: mirror.meta.id,
      });
      assert.equal((await store.getStory("s-c"))?.firstSeen?.slice(0, 4), String(new Date().getUTCFullYear()), "undated: first ingest time");
      assert.equal(await store.getStory("s-none"), null);
      assert.deepEqual((await store.listStories(10)).map((s) => [s.id, s.articles]), [["s-a", 2], ["s-c", 1]]);
      assert.deepEqual((await store.storyArticles("s-a", 10)).map((a) => a.id), [mirror.meta.id, first.meta.id]);

      // Placing again replaces the entry, its buckets and keys.
      await place(geneva, { story: "s-c", day: "2025-09-13", source: "Geneva Post", buckets: ["b7"], keys: ["k7"] });
      assert.deepEqual(await store.storyCandidates(["b9"], ["k9"], 1, 1, 10), []);
      assert.deepEqual(await ids(store.storyCandidates(["b7"], [], 1, 1, 10)), [geneva.meta.id]);
    });

    it("stories: events by story and by exact key, canonical ids merged, related articles by words", async (store) => {
      const { first, mirror, geneva } = threeArticles();
      for (const doc of [first, mirror, geneva]) await store.saveDocument(doc);
      for (const [doc, story] of [[first, "s-a"], [mirror, "s-a"], [geneva, "s-c"]] as const) {
        await store.placeInStory({ articleId: doc.meta.id, story, profile: "{}", day: "2025-09-12", source: doc.meta.source, buckets: [], keys: [] });
      }
      const events = await store.storyEvents("s-a");
      assert.equal(events.length, 6);
      assert.deepEqual(events.map((e) => e.eventId), [...events.map((e) => e.eventId)].sort());
      assert.ok(events.every((e) => e.story === "s-a" && e.canonical === null));
      assert.deepEqual(await store.storyEvents("s-c"), []);

      const matching = await store.eventsMatching([
        { source: "USAGOV", target: "BLRGOV", cameo: "042", date: "2025-09-11" },
        { source: "USAGOV", target: "BLRGOV", cameo: "042", date: "2025-09-12" },
      ]);
      assert.deepEqual(matching.map((e) => [e.articleId, e.cameo, e.datePrecision]), [
        ...[first.meta.id, mirror.meta.id].sort().map((id) => [id, "042", "day"]),
      ]);
      assert.deepEqual(await store.eventsMatching([]), []);

      const [a, b] = matching.map((e) => e.eventId);
      await store.setCanonicalEvents(new Map([[a!, "c1"], [b!, "c2"]]), new Map());
      assert.deepEqual((await store.canonicalCounts([a!, b!])).size, 2);
      await store.setCanonicalEvents(new Map(), new Map([["c2", "c1"]]));
      assert.deepEqual([...(await store.canonicalCounts([b!])).values()], [{ canonical: "c1", mentions: 2, sources: 1 }]);
      assert.equal((await store.getEvent(b! as StoredEvent["id"]))?.canonical, "c1");
      assert.equal((await store.canonicalCounts([])).size, 0);

      const related = await store.articlesMatchingAny(["Geneva", "nowhere"], first.meta.id, 10);
      assert.deepEqual(related.map((r) => r.articleId), [geneva.meta.id]);
      assert.ok(related[0]!.bm25 > 0, "a positive relevance");
      assert.deepEqual(
        (await store.articlesMatchingAny(["Lukashenko", "prisoners"], first.meta.id, 10)).map((r) => r.articleId),
        [mirror.meta.id, geneva.meta.id],
        "the copy matches both words, the other article only its title's 'prisoners'",
      );
      assert.deepEqual(await store.articlesMatchingAny([")(", "", '"'], first.meta.id, 10), []);
    });

    it("story grouping through the store matches the in-memory grouping, in any order", async (store) => {
      const families = new Set(["quake-chile", "serbia-protest", "eu-sanctions"]);
      const docs = buildStoriesCorpus(["exact", "trimmed", "swap15", "swap30"]).filter((c) => families.has(c.story)).map((c) => createDocument(c.input));
      const expected = await groupDocuments(docs);
      for (const doc of [...docs].reverse()) await saveWithStory(store, doc);
      const stored = await store.storyEntries(docs.map((d) => d.meta.id));
      assert.deepEqual(new Map(stored.map((e) => [e.articleId as string, e.story])), expected);
      assert.equal(new Set(expected.values()).size, families.size);
      for (const doc of docs.slice(0, 3)) assert.equal((await saveWithStory(store, doc)).status, "unchanged");
    });

    it("watch: feeds with their polling state, items seen once, alert rules, firings and deliveries", async (store) => {
      const now = "2025-09-12T10:00:00.000Z";
      const later = "2025-09-12T11:00:00.000Z";
      const feed = await store.addFeed("https://example.org/feed.xml", "url", 900, now);
      assert.deepEqual({ ...feed, id: 0 }, {
        id: 0, location: "https://example.org/feed.xml", kind: "url", addedAt: now, etag: null, lastModified: null, intervalSeconds: 900,
        nextPollAt: now, lastPolledAt: null, lastChangedAt: null, failures: 0, lastError: null, items: 0,
      });
      assert.deepEqual(await store.addFeed("https://example.org/feed.xml", "url", 60, later), feed, "a watched location is returned as it is");
      const folder = await store.addFeed("/data/inbox", "folder", 60, later);
      assert.deepEqual((await store.listFeeds()).map((f) => f.location), ["https://example.org/feed.xml", "/data/inbox"]);
      assert.deepEqual((await store.dueFeeds(now)).map((f) => f.id), [feed.id]);
      await store.updateFeed(feed.id, {
        etag: '"abc"', lastModified: "Fri, 12 Sep 2025 10:00:00 GMT", intervalSeconds: 1800, nextPollAt: "2025-09-12T10:30:00.000Z",
        lastPolledAt: now, lastChangedAt: now, failures: 0, lastError: null, newItems: 2,
      });
      await store.updateFeed(feed.id, {
        etag: '"abc"', lastModified: null, intervalSeconds: 3600, nextPollAt: "2025-09-12T11:30:00.000Z",
        lastPolledAt: later, lastChangedAt: now, failures: 1, lastError: "HTTP 503", newItems: 1,
      });
      const polled = (await store.listFeeds()).find((f) => f.id === feed.id);
      assert.deepEqual([polled?.items, polled?.failures, polled?.lastError, polled?.intervalSeconds], [3, 1, "HTTP 503", 3600]);
      assert.deepEqual((await store.dueFeeds(later)).map((f) => f.id), [folder.id]);
      assert.equal(await store.removeFeed("/data/inbox"), true);
      assert.equal(await store.removeFeed("/data/inbox"), false);

      assert.deepEqual(await store.unseenItems(["a", "b", "c"]), ["a", "b", "c"]);
      await store.markSeen(feed.id, ["a", "c", "a"], now);
      await store.markSeen(feed.id, ["c"], later);
      assert.deepEqual(await store.unseenItems(["c", "b", "a", "d"]), ["b", "d"]);
      assert.deepEqual(await store.unseenItems([]), []);

      await store.saveAlertRule({ name: "blr", rule: '{"actor":"BLR"}', secret: "s1", createdAt: now });
      await store.saveAlertRule({ name: "all", rule: "{}", secret: "s0", createdAt: now });
      await store.saveAlertRule({ name: "blr", rule: '{"actor":"BLRGOV"}', secret: "s2", createdAt: later });
      assert.deepEqual(await store.listAlertRules(), [
        { name: "all", rule: "{}", secret: "s0", createdAt: now },
        { name: "blr", rule: '{"actor":"BLRGOV"}', secret: "s2", createdAt: now },
      ]);

      // A firing on an event; after its canonical event is known, firing on that canonical id is no news.
      const doc = annotated();
      await store.saveDocument(doc);
      const met = `${doc.meta.id}:v1:e1`;
      assert.equal(await store.recordFiring("blr", met, met, now), true);
      assert.equal(await store.recordFiring("blr", met, met, later), false);
      await store.setCanonicalEvents(new Map([[met, "canonical-met"]]), new Map());
      assert.equal(await store.recordFiring("blr", "canonical-met", met, later), false);
      assert.equal(await store.recordFiring("all", "canonical-met", met, later), true, "another rule fires on its own");
      await store.placeInStory({ articleId: doc.meta.id, story: "s1", profile: "{}", day: null, source: null, buckets: [], keys: [] });
      assert.equal(await store.recordFiring("all", "story:s1", doc.meta.id, now), true);
      await store.moveStories(["s1"], "s2");
      assert.equal(await store.recordFiring("all", "story:s2", doc.meta.id, later), false, "the story it fired on was merged into this one");
      const raced = await Promise.all([store.recordFiring("all", "claim:1", null, now), store.recordFiring("all", "claim:1", null, now)]);
      assert.deepEqual(raced.sort(), [false, true], "two at once: one fires");

      const delivery = { ruleName: "blr", fireKey: met, channel: "webhook", target: "https://hooks.example/x", payload: "{}", now };
      await store.addDelivery(delivery);
      await store.addDelivery({ ...delivery, payload: "{\"again\":true}" });
      await store.addDelivery({ ...delivery, ruleName: "all", now: later });
      assert.deepEqual((await store.dueDeliveries(now)).map((d) => [d.ruleName, d.payload, d.status, d.attempts]), [["blr", "{}", "pending", 0]]);
      const first = (await store.dueDeliveries(now))[0]!;
      await store.updateDelivery(first.id, { status: "pending", attempts: 1, nextAttemptAt: "2025-09-12T12:00:00.000Z", lastError: "timeout", now: later });
      assert.deepEqual((await store.dueDeliveries(later)).map((d) => d.ruleName), ["all"]);
      await store.updateDelivery(first.id, { status: "delivered", attempts: 2, nextAttemptAt: later, lastError: null, now: later });
      assert.deepEqual(await store.dueDeliveries("2026-01-01T00:00:00.000Z"), (await store.listDeliveries("all", 10)));
      const listed = await store.listDeliveries(undefined, 10);
      assert.deepEqual(listed.map((d) => [d.ruleName, d.status, d.attempts, d.lastError, d.updatedAt]), [
        ["all", "pending", 0, null, later],
        ["blr", "delivered", 2, null, later],
      ]);
      assert.equal((await store.listDeliveries(undefined, 1)).length, 1);
      assert.equal(await store.removeAlertRule("blr"), true);
      assert.deepEqual((await store.listDeliveries(undefined, 10)).map((d) => d.ruleName), ["all"], "a rule's deliveries go with it");
      assert.equal(await store.removeAlertRule("blr"), false);
    });

    it("a story transaction writes all of its work or none", async (store) => {
      const { first, geneva } = threeArticles();
      await store.saveDocument(first);
      await store.saveDocument(geneva);
      const placement = (doc: Document, story: string): StoryPlacement =>
        ({ articleId: doc.meta.id, story, profile: "{}", day: null, source: null, buckets: ["b"], keys: ["k"] });
      await assert.rejects(
        store.inStoryTransaction(async () => {
          await store.placeInStory(placement(first, "s-x"));
          await store.placeInStory(placement(geneva, "s-x"));
          throw new RangeError("changed my mind");
        }),
        (error: unknown) => error instanceof RangeError && error.message === "changed my mind",
        "the work's own error comes out as it is",
      );
      assert.deepEqual(await store.storyEntries([first.meta.id, geneva.meta.id]), []);
      const result = await store.inStoryTransaction(async () => {
        await store.placeInStory(placement(first, "s-y"));
        await store.placeInStory(placement(geneva, "s-y"));
        return "done";
      });
      assert.equal(result, "done");
      assert.equal((await store.getStory("s-y"))?.articles, 2);
    });
  });
}
