import { test } from "node:test";
import assert from "node:assert/strict";
import type { IncomingHttpHeaders } from "node:http";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleInput } from "../src/ingest/create-document.js";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/store.js";
import type { PollerSettings } from "../src/watch/poller.js";
import { DEFAULT_POLLER, Poller } from "../src/watch/poller.js";
import { FakeClock, rssOf } from "./helpers/watch-fixtures.js";
import type { RssItem } from "./helpers/watch-fixtures.js";
import { testSite } from "./helpers/test-site.js";

const item = (n: number): RssItem => ({
  title: `Item ${n}`,
  link: `https://news.example/item-${n}`,
  date: `2025-09-${String(n).padStart(2, "0")}T10:00:00Z`,
  text: `Article number ${n} says something worth reading about the world on that day.`,
});

// What the server serves at /feed.xml; its ETag is its version.
const feedState = { items: [item(1), item(2)], version: 1, ignoreEtag: false };
const requests: { path: string; headers: IncomingHttpHeaders }[] = [];
let inFlight = 0;
let maxInFlight = 0;

const site = testSite((request, response) => {
  const path = request.url ?? "/";
  requests.push({ path, headers: request.headers });
  inFlight++;
  maxInFlight = Math.max(maxInFlight, inFlight);
  response.on("close", () => inFlight--);
  if (path === "/feed.xml" || path === "/other.xml") {
    const etag = `"v${feedState.version}"`;
    if (!feedState.ignoreEtag && request.headers["if-none-match"] === etag) {
      response.writeHead(304, { etag });
      response.end();
      return;
    }
    const items = path === "/feed.xml" ? feedState.items : [item(9)];
    response.writeHead(200, { "content-type": "application/rss+xml", etag, "last-modified": "Wed, 10 Sep 2025 10:00:00 GMT" });
    response.end(rssOf("Test Wire", items));
  } else if (path === "/broken.xml") {
    response.writeHead(500);
    response.end("oops");
  } else if (path === "/slow.xml") {
    setTimeout(() => response.end(rssOf("Slow", [item(7)])), 5_000).unref();
  } else {
    response.writeHead(404);
    response.end();
  }
});

const SETTINGS: PollerSettings = {
  ...DEFAULT_POLLER,
  schedule: { minSeconds: 60, maxSeconds: 3600, factor: 2, jitter: 0.1, maxBackoffSeconds: 7200 },
  feedFetch: { ...DEFAULT_POLLER.feedFetch, timeoutMs: 300 },
  hostGapMs: 1000,
};

/** A poller whose sink only records what it was given; jitter is neutral (random 0.5). */
function pollerOn(store: Store, clock: FakeClock, taken: ArticleInput[]): Poller {
  return new Poller(store, async (input) => { taken.push(input); return null; }, SETTINGS, clock, () => 0.5);
}

test("feeds are polled with conditional requests, adapt their interval, back off on errors, and keep their state across a restart", async () => {
  const path = join(site.dir, "poll.db");
  const clock = new FakeClock();
  let store = openStore(path);
  const taken: ArticleInput[] = [];
  let poller = pollerOn(store, clock, taken);
  const now = () => new Date(clock.now()).toISOString();
  for (const name of ["feed.xml", "broken.xml", "slow.xml"]) await store.addFeed(`${site.base}/${name}`, "url", 600, now());

  // First poll: every feed is due; the good one gives its two items, the others fail alone.
  const first = await poller.pollDue();
  const byName = (reports: typeof first, name: string) => reports.find((r) => r.location.endsWith(name))!;
  assert.deepEqual(
    first.map((r) => [r.location.slice(site.base.length), r.status, r.taken]),
    [["/feed.xml", "changed", 2], ["/broken.xml", "failed", 0], ["/slow.xml", "failed", 0]],
  );
  assert.match(byName(first, "broken.xml").problems[0]!, /HTTP 500/);
  assert.match(byName(first, "slow.xml").problems[0]!, /did not answer in time/);
  assert.deepEqual(taken.map((t) => t.title), ["Item 1", "Item 2"]);
  // One host: never two requests at once, and the gap was kept (the fake clock slept through it).
  assert.equal(maxInFlight, 1);
  assert.ok(clock.now() >= Date.parse("2026-01-01T00:00:02Z"));

  let feeds = await store.listFeeds();
  const feed = feeds.find((f) => f.location.endsWith("/feed.xml"))!;
  assert.equal(feed.etag, '"v1"');
  assert.equal(feed.intervalSeconds, 300, "new items halve the interval");
  const broken = feeds.find((f) => f.location.endsWith("/broken.xml"))!;
  assert.equal(broken.failures, 1);
  assert.match(broken.lastError!, /HTTP 500/);
  assert.equal(Date.parse(broken.nextPollAt) - Date.parse(broken.lastPolledAt!), 1200 * 1000, "back-off doubles the wait");

  // Nothing new: the server answers 304 to the ETag, and the interval grows.
  clock.advance(301);
  requests.length = 0;
  const second = await poller.pollDue();
  assert.deepEqual(second.map((r) => [r.location.slice(site.base.length), r.status]), [["/feed.xml", "unchanged"]]);
  assert.equal(requests[0]!.headers["if-none-match"], '"v1"');
  assert.equal(requests[0]!.headers["if-modified-since"], "Wed, 10 Sep 2025 10:00:00 GMT");
  assert.equal((await store.listFeeds()).find((f) => f.id === feed.id)!.intervalSeconds, 600);

  // A new item: only it is taken.
  feedState.items = [item(3), ...feedState.items];
  feedState.version = 2;
  clock.advance(601);
  const third = await poller.pollDue();
  assert.equal(byName(third, "feed.xml").taken, 1);
  assert.deepEqual(taken.map((t) => t.title), ["Item 1", "Item 2", "Item 3"]);

  // Restart: state and seen items come back from the database. The server now ignores the
  // ETag, so the items come again, and none is taken twice.
  await store.close();
  store = openStore(path);
  poller = pollerOn(store, clock, taken);
  feeds = await store.listFeeds();
  assert.equal(feeds.find((f) => f.id === feed.id)!.etag, '"v2"');
  assert.equal(feeds.find((f) => f.location.endsWith("/broken.xml"))!.failures, 1, "still waiting out its back-off");
  feedState.ignoreEtag = true;
  clock.advance(7200);
  const fourth = await poller.pollDue();
  assert.equal(byName(fourth, "feed.xml").status, "changed");
  assert.equal(byName(fourth, "feed.xml").taken, 0);
  assert.equal(taken.length, 3);
  assert.equal(byName(fourth, "broken.xml").status, "failed");
  assert.equal((await store.listFeeds()).find((f) => f.location.endsWith("/broken.xml"))!.failures, 2, "retried once its back-off passed");

  assert.equal(await store.removeFeed(`${site.base}/broken.xml`), true);
  assert.equal(await store.removeFeed(`${site.base}/broken.xml`), false);
  await store.close();
});

test("a link already taken from one feed is not taken again from another", async () => {
  const clock = new FakeClock();
  const store = openStore(join(site.dir, "shared.db"));
  const taken: ArticleInput[] = [];
  const poller = pollerOn(store, clock, taken);
  await store.markSeen(0, ["link:https://news.example/item-9"], new Date(clock.now()).toISOString());
  await store.addFeed(`${site.base}/other.xml`, "url", 600, new Date(clock.now()).toISOString());
  const [report] = await poller.pollDue();
  assert.equal(report!.status, "changed");
  assert.equal(report!.taken, 0);
  assert.equal(taken.length, 0);
  await store.close();
});

test("files dropped in a watched folder are taken once each", async () => {
  const clock = new FakeClock();
  const store = openStore(join(site.dir, "folder.db"));
  const inbox = mkdtempSync(join(site.dir, "inbox-"));
  const taken: ArticleInput[] = [];
  const poller = pollerOn(store, clock, taken);
  await store.addFeed(inbox, "folder", 10, new Date(clock.now()).toISOString());
  writeFileSync(join(inbox, "one.txt"), "First report\n\nThe council met on Monday and agreed on a budget.");
  assert.equal((await poller.pollDue())[0]!.taken, 1);
  clock.advance(11);
  assert.equal((await poller.pollDue())[0]!.taken, 0);
  writeFileSync(join(inbox, "two.txt"), "Second report\n\nThe mayor resigned on Tuesday after a vote.");
  writeFileSync(join(inbox, ".hidden.txt"), "never read");
  clock.advance(11);
  assert.equal((await poller.pollDue())[0]!.taken, 1);
  assert.deepEqual(taken.map((t) => t.title), ["First report", "Second report"]);
  await store.close();
});
