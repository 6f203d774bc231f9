/**
 * The HTTP API over a temporary database filled by the real pipeline: listings, search, one
 * article with its layers, event filters and cursors, actors, claims, aggregates, errors,
 * security headers, and the guarded ingest endpoint. Most requests go through `app.request`;
 * one test goes over a real socket to check that the app runs under @hono/node-server.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import type { Document } from "../src/document.js";
import { createApp } from "../src/server/app.js";
import type { ArticleSummary, DyadCount, StoredClaim, StoredEvent, TrendPoint } from "../src/store/store.js";
import type { NewsStore } from "./helpers/news-store.js";
import { openNewsStore } from "./helpers/news-store.js";

const TOKEN = "s3cret-token-for-tests";
let news: NewsStore;
let app: Hono;
/** The same store behind an app that refuses private URLs (the default). */
let guarded: Hono;

async function json<T>(path: string, init?: RequestInit, on: Hono = app): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await on.request(path, init);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

async function get<T>(path: string): Promise<T> {
  const { status, body } = await json<T>(path);
  assert.equal(status, 200, `${path}: ${JSON.stringify(body)}`);
  return body;
}

before(async () => {
  news = await openNewsStore();
  app = createApp({ store: news.store, pipeline: () => news.pipeline, ingestToken: TOKEN, allowPrivateUrls: true });
  guarded = createApp({ store: news.store, pipeline: () => news.pipeline, ingestToken: TOKEN });
});
after(() => news.close());

describe("articles", () => {
  test("the listing has every article, newest first, with counts", async () => {
    const { items } = await get<{ items: ArticleSummary[] }>("/api/articles");
    assert.deepEqual(items.map((a) => a.id), ["tbilisi-protest", "belarus-talks", "poland-drones", "belarus-june"]);
    assert.ok(items.every((a) => a.events > 0 && a.mentions > 0));
    const since = await get<{ items: ArticleSummary[] }>("/api/articles?since=2025-09-11&source=Example%20Wire");
    assert.deepEqual(since.items.map((a) => a.id), ["belarus-talks"]);
  });

  test("search finds words and marks them in a snippet", async () => {
    const { items } = await get<{ items: (ArticleSummary & { snippet: string })[] }>("/api/articles?q=drones");
    assert.deepEqual(items.map((a) => a.id), ["poland-drones"]);
    assert.match(items[0]!.snippet, /«drones»/);
    const none = await get<{ items: unknown[] }>(`/api/articles?q=${encodeURIComponent('"; DROP TABLE articles; --')}`);
    assert.deepEqual(none.items, []);
  });

  test("one article comes with its text, layers, versions and story", async () => {
    const body = await get<{ document: Document; version: number; versions: unknown[]; story: { id: string } | null; related: unknown[] }>("/api/articles/belarus-talks");
    const { document } = body;
    assert.equal(document.meta.title, "US envoy meets Lukashenko in Minsk");
    assert.equal(body.version, 1);
    assert.equal(body.versions.length, 1);
    assert.ok(body.story && typeof body.story.id === "string");
    assert.ok(Array.isArray(body.related));
    const layers = document.layers;
    // Every span of every layer the API returns slices back to its own words.
    for (const m of layers.mentions ?? []) assert.equal(document.text.slice(m.start, m.end), m.text);
    for (const t of layers.times ?? []) assert.equal(document.text.slice(t.start, t.end), t.text);
    assert.ok(layers.mentions?.some((m) => m.text === "Belarusian President Alexander Lukashenko" && m.actor?.code === "BLRGOV"));
    assert.ok(layers.times?.some((t) => t.value === "2025-09-11"));
    const met = layers.events?.find((e) => e.source === "USAGOV" && e.target === "BLRGOV");
    assert.ok(met, "the envoy meeting Lukashenko is an event");
    assert.equal(document.text.slice(met.evidence[0], met.evidence[1]), "met");
    assert.ok(layers.claims?.some((c) => c.subject === "political prisoners" && c.value === 52));
    assert.deepEqual(layers.boilerplate?.map((b) => document.text.slice(b.start, b.end)), ["Read also: Belarus opposition leader speaks in Vilnius", "Share this article"]);
  });

  test("an unknown article is a 404 with an error body", async () => {
    const { status, body } = await json<{ error: { code: string } }>("/api/articles/no-such-article");
    assert.equal(status, 404);
    assert.equal(body.error.code, "not-found");
  });
});

describe("events", () => {
  test("filters by dyad in either direction, root, quad, PLOVER, dates and article", async () => {
    const dyad = await get<{ items: StoredEvent[] }>("/api/events?dyad=BLR,USA");
    assert.ok(dyad.items.length >= 3);
    for (const e of dyad.items) {
      const pair = [e.source?.slice(0, 3), e.target?.slice(0, 3)].sort().join();
      assert.equal(pair, "BLR,USA", `${e.source} ${e.target}`);
    }
    const assault = await get<{ items: StoredEvent[] }>("/api/events?root=19");
    assert.deepEqual(assault.items.map((e) => [e.source, e.target, e.evidenceText]), [["POL", "RUSMIL", "shot down"]]);
    const quad4 = await get<{ items: StoredEvent[] }>("/api/events?quad=4");
    assert.ok(quad4.items.length >= 2 && quad4.items.every((e) => e.quad === 4));
    const accuse = await get<{ items: StoredEvent[] }>("/api/events?plover=accuse");
    assert.deepEqual(accuse.items.map((e) => e.articleId), ["poland-drones"]);
    const june = await get<{ items: StoredEvent[] }>("/api/events?since=2025-06-01&until=2025-06-30");
    assert.ok(june.items.length > 0 && june.items.every((e) => e.date!.startsWith("2025-06") && e.articleId === "belarus-june"));
    const article = await get<{ items: StoredEvent[] }>("/api/events?article=tbilisi-protest&modality=asserted");
    assert.ok(article.items.length > 0 && article.items.every((e) => e.articleId === "tbilisi-protest" && e.modality === "asserted"));
  });

  test("events are canonical events with their counts; reports=true lists every report", async () => {
    const canonical = await get<{ items: StoredEvent[] }>("/api/events?limit=500");
    const reports = await get<{ items: StoredEvent[] }>("/api/events?limit=500&reports=true");
    assert.ok(canonical.items.every((e) => e.represents && e.mentions >= 1 && e.sources >= 1 && e.sources <= e.articles && e.articles <= e.mentions));
    // Every report belongs to one canonical event, so their mentions add up to the reports.
    assert.equal(canonical.items.reduce((sum, e) => sum + e.mentions, 0), reports.items.length);
    const listed = new Set(canonical.items.map((e) => e.id));
    assert.deepEqual(reports.items.filter((e) => e.represents).map((e) => e.id), canonical.items.map((e) => e.id));
    assert.ok(reports.items.every((e) => listed.has(e.id) === e.represents));
    assert.equal((await app.request("/api/events?reports=maybe")).status, 400);
  });

  test("cursor pagination walks every event once, in order", async () => {
    const all = await get<{ items: StoredEvent[]; next: string | null }>("/api/events?limit=500");
    assert.equal(all.next, null);
    const seen: string[] = [];
    let path = "/api/events?limit=1";
    for (let pages = 0; pages < 100; pages++) {
      const page = await get<{ items: StoredEvent[]; next: string | null }>(path);
      assert.equal(page.items.length, 1);
      seen.push(page.items[0]!.id);
      if (page.next === null) break;
      path = `/api/events?limit=1&cursor=${encodeURIComponent(page.next)}`;
    }
    assert.deepEqual(seen, all.items.map((e) => e.id));
    const one = await get<StoredEvent>(`/api/events/${encodeURIComponent(all.items[0]!.id)}`);
    assert.deepEqual(one, all.items[0]);
  });

  test("bad parameters are 400s that name the parameter", async () => {
    for (const [query, input] of [["quad=9", "quad"], ["dyad=USA", "dyad"], ["since=yesterday", "since"], ["limit=0", "limit"], ["modality=maybe", "modality"], ["cursor=nonsense", "cursor"]] as const) {
      const { status, body } = await json<{ error: { code: string; input: string; message: string } }>(`/api/events?${query}`);
      assert.equal(status, 400, query);
      assert.equal(body.error.code, "invalid-request", query);
      assert.equal(body.error.input, input, query);
      assert.ok(body.error.message.length > 0);
    }
    assert.equal((await app.request("/api/aggregates/trend?interval=year")).status, 400);
    assert.equal((await app.request("/api/events/no-such-event")).status, 404);
    assert.equal((await app.request("/api/no-such-endpoint")).status, 404);
  });
});

describe("actors, claims, aggregates", () => {
  test("an actor profile has its dictionary entry, counterparts, events and trend", async () => {
    const body = await get<{ code: string; known: { name: string; roles: unknown[] }[]; counterparts: { actor: string; events: number }[]; events: StoredEvent[]; trend: TrendPoint[]; mentions: unknown[] }>("/api/actors/BLRGOV");
    assert.equal(body.code, "BLRGOV");
    assert.ok(body.mentions.length >= 2);
    assert.ok(body.counterparts.some((c) => c.actor === "USAGOV" && c.events >= 2));
    assert.ok(body.events.every((e) => e.source === "BLRGOV" || e.target === "BLRGOV"));
    assert.ok(body.trend.length >= 2);
    const list = await get<{ items: { code: string; mentions: number }[] }>("/api/actors?limit=5");
    assert.equal(list.items.length, 5);
    assert.ok(list.items.some((a) => a.code === "BLR"));
    assert.equal((await app.request("/api/actors/nobody-at-all")).status, 404);
  });

  test("claims by subject carry their figures and sources", async () => {
    const { items } = await get<{ items: StoredClaim[] }>("/api/claims?subject=political%20prisoners");
    const values = items.map((c) => c.value).sort((a, b) => a - b);
    assert.deepEqual(values, [14, 52, 1100, 1150]);
    assert.ok(items.some((c) => c.value === 1100 && c.attributedTo === "Rights groups" && c.articleId === "belarus-talks"));
  });

  test("the USA–BLR trend per month sums Goldstein scores and counts QuadClasses", async () => {
    const { items } = await get<{ items: TrendPoint[] }>("/api/aggregates/trend?dyad=USA,BLR&interval=month");
    assert.deepEqual(items.map((p) => p.period), ["2025-06", "2025-09"]);
    const events = await get<{ items: StoredEvent[] }>("/api/events?dyad=USA,BLR&limit=500");
    for (const point of items) {
      const inPeriod = events.items.filter((e) => e.date?.startsWith(point.period));
      assert.equal(point.events, inPeriod.length, point.period);
      assert.equal(point.quad.reduce((a, b) => a + b, 0), point.events);
      assert.ok(Math.abs(point.goldstein - inPeriod.reduce((sum, e) => sum + e.goldstein, 0)) < 1e-9);
    }
    const weekly = await get<{ items: TrendPoint[] }>("/api/aggregates/trend?dyad=USA,BLR&interval=week&modality=asserted,reported");
    assert.ok(weekly.items.length >= 2 && weekly.items.every((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.period)));
  });

  test("top dyads and actors rank by event count", async () => {
    const { items } = await get<{ items: DyadCount[] }>("/api/aggregates/top-dyads?limit=50");
    assert.ok(items.length > 0);
    assert.ok(items.some((d) => d.source === "USAGOV" && d.target === "BLRGOV" && d.events >= 2));
    for (let i = 1; i < items.length; i++) assert.ok(items[i - 1]!.events >= items[i]!.events);
    const actors = await get<{ items: { code: string; events: number }[] }>("/api/aggregates/top-actors?since=2025-09-01&until=2025-09-30");
    assert.ok(actors.items.some((a) => a.code === "POL"));
    assert.ok(!actors.items.some((a) => a.code.startsWith("GEO")), "the October protest is outside the period");
  });
});

describe("documentation and headers", () => {
  test("/openapi.json is an OpenAPI description with the endpoints", async () => {
    const body = await get<{ openapi: string; paths: Record<string, unknown> }>("/openapi.json");
    assert.match(body.openapi, /^3\./);
    for (const path of ["/api/articles", "/api/events", "/api/aggregates/trend"]) assert.ok(path in body.paths, path);
  });

  test("responses carry security headers, and the dashboard is served for /", async () => {
    const response = await app.request("/api/articles");
    const csp = response.headers.get("content-security-policy") ?? "";
    assert.match(csp, /default-src 'self'/);
    assert.doesNotMatch(csp.match(/script-src[^;]*/)?.[0] ?? "", /unsafe-inline/);
    assert.equal(response.headers.get("x-content-type-options"), "nosniff");
    assert.ok(response.headers.get("x-frame-options") || /frame-ancestors/.test(csp));
    const page = await app.request("/");
    assert.equal(page.status, 200);
    assert.match(page.headers.get("content-type") ?? "", /text\/html/);
    assert.match(await page.text(), /<script type="module" src="\/app\.js">/);
    assert.equal((await app.request("/vendor/uplot.js")).status, 200);
    assert.equal((await app.request("/../package.json")).status, 404);
  });

  test("the app serves over a real socket with @hono/node-server", async () => {
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 });
    try {
      await new Promise<void>((resolve) => (server.listening ? resolve() : server.once("listening", () => resolve())));
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/api/events?dyad=USA,BLR&limit=2`);
      assert.equal(response.status, 200);
      const body = (await response.json()) as { items: StoredEvent[]; next: string | null };
      assert.equal(body.items.length, 2);
      assert.equal(typeof body.next, "string");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("POST /api/ingest", () => {
  const article = { text: "Lithuania summoned the Belarusian ambassador on Monday over balloons that crossed the border.", date: "2025-10-27", title: "Lithuania summons envoy" };
  const post = (body: unknown, headers: Record<string, string> = {}, on: Hono = app) =>
    json<{ saved?: { status: string; articleId: string; events: number }[]; error?: { code: string } }>("/api/ingest", { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) }, on);

  test("is off without a configured token", async () => {
    const readOnly = createApp({ store: news.store, pipeline: () => news.pipeline });
    assert.equal((await post(article, { Authorization: `Bearer ${TOKEN}` }, readOnly)).status, 405);
  });

  test("is refused without the token or with a wrong one", async () => {
    assert.equal((await post(article)).status, 401);
    assert.equal((await post(article, { Authorization: "Bearer wrong" })).status, 401);
    assert.equal((await post(article, { Authorization: `Bearer ${TOKEN}x` })).status, 401);
  });

  test("with the token, saves the article through the pipeline", async () => {
    const { status, body } = await post(article, { Authorization: `Bearer ${TOKEN}` });
    assert.equal(status, 201, JSON.stringify(body));
    assert.equal(body.saved?.length, 1);
    assert.equal(body.saved![0]!.status, "new");
    const stored = await get<{ document: Document }>(`/api/articles/${body.saved![0]!.articleId}`);
    assert.equal(stored.document.meta.title, "Lithuania summons envoy");
    assert.ok(stored.document.layers.mentions?.some((m) => m.actor?.code.startsWith("LTU")));
    assert.equal((await post({ text: "x", html: "<p>y</p>" }, { Authorization: `Bearer ${TOKEN}` })).status, 400);
  });

  test("refuses loopback, private and link-local URLs unless allowed", async () => {
    for (const url of ["http://127.0.0.1/admin", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]/"]) {
      const { status, body } = await post({ url }, { Authorization: `Bearer ${TOKEN}` }, guarded);
      assert.equal(status, 403, url);
      assert.equal(body.error?.code, "url-forbidden", url);
    }
  });
});
