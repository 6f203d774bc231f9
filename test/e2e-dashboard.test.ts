/**
 * The dashboard in a real browser: playwright-core drives Debian's chromium against the server
 * on loopback, over a temporary database filled by the real pipeline. Search, open an article
 * and see its evidence highlighted, see the USA–BLR trend plotted, follow an event to its
 * sentence. Skips, saying why, when chromium is not installed (`.ci/run` installs it).
 *
 * With ATTACHE_SCREENSHOT=path the dyad view is saved there as a PNG (docs/dashboard.png).
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import type { ServerType } from "@hono/node-server";
import type { BrowserContext, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { createDocument } from "../src/ingest/create-document.js";
import { createApp } from "../src/server/app.js";
import { saveWithStory } from "../src/stories/index.js";
import type { NewsStore } from "./helpers/news-store.js";
import { openNewsStore } from "./helpers/news-store.js";

const CHROMIUM = "/usr/bin/chromium";
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install chromium; .ci/run does)`;
/** An article whose text looks like HTML: the page must show it as text and run none of it. */
const HOSTILE = 'Markup test: <img src=x id="injected"> and <script>window.injected = 1</script> stay text. Belarus freed 3 prisoners on Monday.';

describe("dashboard in chromium", { skip }, () => {
  let news: NewsStore;
  let server: ServerType;
  let base: string;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    news = await openNewsStore();
    await saveWithStory(news.store, news.pipeline.run(createDocument({ id: "markup", text: HOSTILE, title: "<b>Markup</b> title", format: "text", origin: "test:markup", language: "en", published: { value: "2025-10-06", precision: "day", origin: "input" } })));
    server = serve({ fetch: createApp({ store: news.store, pipeline: () => news.pipeline }).fetch, hostname: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => (server.listening ? resolve() : server.once("listening", () => resolve())));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), "attache-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });

  after(async () => {
    await context?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await news?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test("the search box finds an article and marks the words", async () => {
    await page.goto(`${base}/`);
    await page.locator("table.events tbody tr").first().waitFor();
    await page.fill("#search-q", "drones");
    await page.press("#search-q", "Enter");
    const hit = page.locator(".articles li");
    await hit.first().waitFor();
    assert.equal(await hit.count(), 1);
    assert.equal(await hit.locator(".article-title").textContent(), "Poland shoots down Russian drones");
    assert.deepEqual(await hit.locator("mark").allTextContents(), ["drones"]);
    assert.match(page.url(), /#\/articles\?q=drones$/);
  });

  test("the filters narrow the events table, and More fetches the next page by cursor", async () => {
    await page.goto(`${base}/#/events?limit=3`);
    await page.locator("table.events tbody tr").first().waitFor();
    assert.equal(await page.locator("table.events tbody tr").count(), 3);
    await page.click("button.more");
    await page.locator("table.events tbody tr:nth-child(6)").waitFor();
    const ids = await page.locator("table.events tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-event")));
    assert.equal(new Set(ids).size, ids.length, "no event twice");
    await page.fill("#filters input[name=dyad]", "usa blr");
    await page.selectOption("#filters select[name=quad]", "2");
    await page.click("#filters button[type=submit]");
    await page.waitForURL(/quad=2/);
    await page.locator("table.events tbody tr").first().waitFor();
    assert.match(page.url(), /dyad=USA%2CBLR/);
    const rows = await page.locator("table.events tbody tr").evaluateAll((trs) => trs.map((tr) => [tr.children[1]!.textContent, tr.children[2]!.textContent, tr.children[3]!.textContent]));
    assert.deepEqual(rows, [["USAGOV", "085 Ease economic sanctions, boycott, embargo", "BLRBUS"]]);
    // How often the event was reported: the number of reports, with articles and outlets on hover.
    const headers = await page.locator("table.events thead th").allTextContents();
    const reports = page.locator("table.events tbody tr td").nth(headers.indexOf("Reports"));
    const [count, title] = [await reports.textContent(), await reports.getAttribute("title")];
    assert.match(title ?? "", /^\d+ reports? in \d+ articles? from \d+ sources?$/);
    assert.equal(count?.split(" ")[0], title?.split(" ")[0]);
  });

  test("an API error is shown in the page, naming the parameter", async () => {
    await page.goto(`${base}/#/events?since=yesterday`);
    const error = page.locator(".notice-error");
    await error.waitFor();
    assert.match((await error.textContent()) ?? "", /since|date/i);
  });

  test("an article shows its evidence, mentions and times highlighted, with details on hover", async () => {
    await page.goto(`${base}/#/articles?q=drones`);
    await page.locator(".articles .article-title").click();
    const evidence = page.locator(".article-text .ann.evidence", { hasText: "shot down" });
    await evidence.waitFor();
    assert.equal(await evidence.textContent(), "shot down");
    const title = (await evidence.getAttribute("title")) ?? "";
    for (const part of ["195", "POL → RUSMIL", "modality: asserted", "date: 2025-09-10", "rule: 195@"]) assert.ok(title.includes(part), `${part} in ${title}`);
    assert.ok((await page.locator(".article-text .ann.mention").allTextContents()).includes("Prime Minister Donald Tusk"));
    assert.deepEqual(await page.locator(".article-text .ann.time").allTextContents(), ["Wednesday"]);
    assert.match(page.url(), /#\/article\/poland-drones$/);
    await page.locator(".article-events li", { hasText: "shot down" }).click();
    assert.deepEqual(await page.locator(".article-text .ann.evidence.current").allTextContents(), ["shot down"]);
  });

  test("boilerplate is greyed and article text never becomes markup", async () => {
    await page.goto(`${base}/#/article/belarus-talks`);
    await page.locator(".article-text .ann.boilerplate").first().waitFor();
    assert.deepEqual(await page.locator(".article-text .ann.boilerplate").allTextContents(), ["Read also: Belarus opposition leader speaks in Vilnius", "Share this article"]);
    assert.ok((await page.locator(".article-text .ann.claim").allTextContents()).includes("more than 1,100"));
    await page.goto(`${base}/#/article/markup`);
    await page.locator(".article-text").waitFor();
    assert.equal(await page.locator(".article-text").textContent(), HOSTILE);
    assert.equal(await page.locator("h1").textContent(), "<b>Markup</b> title");
    assert.equal(await page.locator("#injected").count(), 0);
    assert.equal(await page.locator(".article-text script, .article-text img, h1 b").count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { injected?: number }).injected), undefined);
  });

  test("the USA–BLR dyad view plots the trend and lists the events under it", async () => {
    await page.goto(`${base}/#/dyad/USA/BLR?interval=week`);
    const canvas = page.locator(".chart .uplot canvas");
    await canvas.waitFor();
    const box = await canvas.boundingBox();
    assert.ok(box && box.width > 300 && box.height > 100, JSON.stringify(box));
    assert.match((await page.locator(".chart .u-title").textContent()) ?? "", /USA ↔ BLR/);
    const rows = page.locator("table.events tbody tr");
    assert.ok((await rows.count()) >= 4);
    for (const pair of await page.locator("table.events tbody tr").evaluateAll((trs) => trs.map((tr) => [tr.children[1]!.textContent, tr.children[3]!.textContent]))) {
      assert.deepEqual(pair.map((code) => code!.slice(0, 3)).sort(), ["BLR", "USA"]);
    }
    const badges = await page.locator("table.events tbody tr td:nth-child(5) .badge").allTextContents();
    assert.equal(badges.length, await rows.count(), "every event shows its modality");
    assert.ok(badges.every((m) => ["asserted", "intended", "requested", "hypothetical", "negated", "reported"].includes(m)), badges.join());
    const screenshot = process.env["ATTACHE_SCREENSHOT"];
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  });

  test("an event links to its sentence in the article, with its evidence marked", async () => {
    const link = page.locator("table.events tbody tr", { hasText: "Kellogg" }).locator("a.evidence-link");
    const href = (await link.getAttribute("href")) ?? "";
    assert.match(href, /^#\/article\/belarus-june\?event=/);
    await link.click();
    const focus = page.locator(".article-text #focus");
    await focus.waitFor();
    assert.equal(await focus.textContent(), "Kellogg met Lukashenko on June 21.");
    assert.equal(await page.locator(".article-text .ann.evidence.current").textContent(), "met");
    assert.ok(await focus.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }), "the sentence is scrolled into view");
  });

  test("the network and claims views draw their figures", async () => {
    await page.goto(`${base}/#/network`);
    await page.locator("#network canvas").first().waitFor();
    const nodes = await page.locator("#network").evaluate((el) => (el as unknown as { cytoscape: { nodes(): { map<T>(f: (n: { id(): string }) => T): T[] } } }).cytoscape.nodes().map((n) => n.id()));
    for (const code of ["USAGOV", "BLRGOV", "POL", "RUSMIL"]) assert.ok(nodes.includes(code), `${code} in ${nodes.join(" ")}`);
    await page.goto(`${base}/#/claims?subject=political%20prisoners`);
    await page.locator(".chart .uplot canvas").first().waitFor();
    const figures = await page.locator("table.claims tbody tr td:nth-child(2)").allTextContents();
    assert.deepEqual(figures, ["14", "about 1,150", "52", "more than 1,100"]);
    await page.goto(`${base}/#/actor/BLRGOV`);
    await page.locator("table.roles").waitFor();
    assert.ok((await page.locator("table.roles tbody tr", { hasText: "Alexander Lukashenko" }).count()) >= 1);
    assert.ok((await page.locator(".counterparts li").allTextContents()).some((t) => t.includes("USAGOV")));
  });

  test("no script error happened on any page", () => {
    assert.deepEqual(pageErrors, []);
  });
});
