import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import type { ArticleId } from "../src/document.js";
import { createPipeline } from "../src/pipeline.js";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/store.js";
import { alertOnArticle } from "../src/watch/alerter.js";
import { signatureOf } from "../src/watch/deliver.js";
import { DEFAULT_POLLER } from "../src/watch/poller.js";
import { parseAlertRule } from "../src/watch/rules.js";
import { Watcher } from "../src/watch/watcher.js";
import { FakeClock, rssOf } from "./helpers/watch-fixtures.js";
import { testSite } from "./helpers/test-site.js";

const POLAND = "WARSAW - Poland shot down Russian drones that entered its airspace overnight, Prime Minister Donald Tusk said on Wednesday. Poland accused Russia of a deliberate provocation. Russia denied that its drones had targeted Poland.";
const BELARUS = "Belarus released 14 political prisoners on Saturday after a visit by US envoy Keith Kellogg to Minsk. Kellogg met Lukashenko on June 21. The United States urged Belarus to free all political prisoners. Rights groups say about 1,150 political prisoners remain in Belarus.";

const SECRET = "test-secret";
const hooks: { body: string; signature: string }[] = [];

const site = testSite((request, response) => {
  const path = request.url ?? "/";
  if (path === "/a.xml") {
    response.writeHead(200, { "content-type": "application/rss+xml" });
    response.end(rssOf("Example Wire", [
      { title: "Poland shoots down Russian drones", link: "https://wire.example/poland", date: "2025-09-10T08:00:00Z", text: POLAND },
      { title: "Belarus frees prisoners", link: "https://wire.example/belarus", date: "2025-06-22T08:00:00Z", text: BELARUS },
    ]));
  } else if (path === "/b.xml") {
    // The same reports, copied by another outlet under other links and titles.
    response.writeHead(200, { "content-type": "application/rss+xml" });
    response.end(rssOf("Daily Copy", [
      { title: "Drones downed over Poland", link: "https://copy.example/drones", date: "2025-09-10T09:00:00Z", text: POLAND },
      { title: "Prisoners freed in Belarus", link: "https://copy.example/prisoners", date: "2025-06-22T09:00:00Z", text: BELARUS },
    ]));
  } else if (path === "/hook" && request.method === "POST") {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      hooks.push({ body: Buffer.concat(chunks).toString("utf8"), signature: String(request.headers["x-attache-signature"]) });
      // The first delivery fails, so that the retry is seen.
      response.writeHead(hooks.length === 1 ? 500 : 204);
      response.end();
    });
  } else {
    response.writeHead(404);
    response.end();
  }
});

async function addRule(store: Store, value: Record<string, unknown>): Promise<void> {
  const rule = parseAlertRule(value, "test");
  await store.saveAlertRule({ name: rule.name, rule: JSON.stringify(rule), secret: SECRET, createdAt: "2026-01-01T00:00:00Z" });
}

test("rules fire once per canonical event however many copies arrive; the webhook is signed, retried after a 500, and all of it survives a restart", async () => {
  const path = join(site.dir, "alerts.db");
  const clock = new FakeClock();
  const now = () => new Date(clock.now()).toISOString();
  let store = openStore(path);
  const pipeline = createPipeline();
  const log: string[] = [];
  const watcher = new Watcher({ store, pipeline, clock, log: (line) => log.push(line), random: () => 0.5, poller: { ...DEFAULT_POLLER, hostGapMs: 0 } });
  await addRule(store, { name: "pol-assault", actors: ["pol"], plover: "assault", webhook: `${site.base}/hook` });
  await addRule(store, { name: "prisoners", claimSubjects: ["political prisoners"] });
  await addRule(store, { name: "nothing", dyad: ["USA", "CHN"] });

  await store.addFeed(`${site.base}/a.xml`, "url", 600, now());
  await watcher.tick();
  const fired = () => log.filter((l) => l.startsWith("["));
  assert.equal(fired().filter((l) => l.startsWith("[pol-assault]")).length, 1);
  assert.equal(fired().filter((l) => l.startsWith("[prisoners]")).length, 2, "two figures: 14 freed, 1,150 remain");
  assert.equal(fired().length, 3);
  assert.equal(watcher.counts.alerts, 3);
  assert.equal(hooks.length, 1, "the webhook was tried once and answered 500");
  let [delivery] = await store.listDeliveries("pol-assault", 10);
  assert.deepEqual([delivery!.status, delivery!.attempts, delivery!.lastError], ["pending", 1, "HTTP 500"]);

  // A second feed carries copies of both reports: stories merge them, and nothing fires again.
  await store.addFeed(`${site.base}/b.xml`, "url", 600, now());
  await watcher.tick();
  assert.equal(watcher.counts.articles, 4);
  assert.equal(fired().length, 3, log.join("\n"));
  const assaults = await store.findEvents({ plover: "ASSAULT", actor: "POL" });
  assert.equal(assaults.length, 2);
  assert.ok(assaults[0]!.canonical !== null && assaults[0]!.canonical === assaults[1]!.canonical, "both reports are one canonical event");
  assert.equal(hooks.length, 1, "the retry waits for its back-off");

  // After the back-off the retry goes through; both attempts carry a valid signature of their body.
  clock.advance(31);
  await watcher.tick();
  assert.equal(hooks.length, 2);
  for (const hook of hooks) assert.equal(hook.signature, signatureOf(hook.body, SECRET));
  const payload = JSON.parse(hooks[1]!.body) as { rule: string; kind: string; key: string; event: { id: string; plover: string; source: string } };
  assert.deepEqual([payload.rule, payload.kind, payload.event.plover, payload.event.source], ["pol-assault", "event", "ASSAULT", "POL"]);
  // The copy's event id is smaller, so the merge renamed the canonical event: the firing still counts for it.
  assert.equal(payload.key, payload.event.id);
  assert.ok(assaults.some((e) => e.id === payload.event.id));

  // Restart: deliveries and firings come back; the copy shown to the rules again fires nothing.
  await store.close();
  store = openStore(path);
  [delivery] = await store.listDeliveries("pol-assault", 10);
  assert.deepEqual([delivery!.status, delivery!.attempts, delivery!.lastError], ["delivered", 2, null]);
  const copy = assaults.find((e) => e.articleUrl === "https://copy.example/drones")!;
  assert.deepEqual(await alertOnArticle(store, copy.articleId as ArticleId, undefined, clock, () => undefined), []);
  assert.equal((await store.listFeeds()).every((f) => f.items === 2), true);
  await store.close();
});

test("alert rules are checked: a bad field is named, an empty rule refused", () => {
  assert.throws(() => parseAlertRule({ name: "x", roots: ["21"] }, "rules.yaml:3"), /rules\.yaml:3.*roots\.0: a CAMEO root/);
  assert.throws(() => parseAlertRule({ name: "x", webhook: "https://h.example/" }, "flags"), /at least one condition/);
  assert.throws(() => parseAlertRule({ name: "x", actors: "POL", colour: "red" }, "flags"), /colour/);
  assert.deepEqual(parseAlertRule({ name: "r", roots: [8, "18"], modality: "asserted", minGoldstein: 5 }, "flags"), {
    name: "r", roots: ["08", "18"], modality: ["asserted"], minGoldstein: 5,
  });
});
