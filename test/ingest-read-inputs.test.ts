import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import type { Document } from "../src/document.js";
import type { ArticleInput } from "../src/ingest/create-document.js";
import { createDocument } from "../src/ingest/create-document.js";
import { detectBoilerplate } from "../src/ingest/boilerplate.js";
import { parseDateValue } from "../src/ingest/dates.js";
import { readInputs } from "../src/ingest/read-inputs.js";
import type { Issue } from "../src/errors.js";
import { detectLanguage } from "../src/language/detect-language.js";
import { testSite } from "./helpers/test-site.js";

// Pages the feeds link to, served on 127.0.0.1 by the test itself.
const PAGES: Record<string, { title: string; body: string[] }> = {
  "/world/harbour": {
    title: "Harbour workers end two-week strike",
    body: [
      "Dock workers in the port of Constanta ended a two-week strike on Wednesday after the port authority agreed to raise wages by eight percent.",
      "The union said ships would be unloaded again from Thursday morning and that the backlog would take a week to clear.",
    ],
  },
  "/world/bridge": {
    title: "Border bridge reopens to lorries",
    body: [
      "The bridge between Ruse and Giurgiu reopened to heavy lorries on Friday after three months of repairs, the Bulgarian transport ministry said.",
      "Romanian officials said queues at the crossing had already shortened by half.",
    ],
  },
};

const site = testSite((request, response) => {
  if (request.url === "/feeds/danube") {
    // No extension in the path: the Content-Type says it is a feed.
    response.writeHead(200, { "content-type": "application/rss+xml" });
    response.end(`<rss version="2.0"><channel><title>Danube Wire</title><item><title>Bridge</title><link>${site.base}/world/bridge</link></item></channel></rss>`);
    return;
  }
  const page = PAGES[request.url ?? ""];
  if (!page) {
    response.writeHead(404);
    response.end();
    return;
  }
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  response.end(`<html lang="en"><head><title>${page.title}</title><meta property="og:site_name" content="Danube Daily"></head>
<body><article><h1>${page.title}</h1>${page.body.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`);
}, writeInputs);

const STORY = [
  "The foreign ministers of Chile and Argentina met in Mendoza on Tuesday to discuss a joint bid to host the 2030 regional games.",
  "They agreed to set up a working group of officials from both ministries, which will report back before the end of the year.",
];
const DATELINED = "SANTIAGO, April 8, 2025 (Attache Wire) - Chile recalled its ambassador to Venezuela on Tuesday after two Chilean citizens were arrested in Caracas, the foreign ministry said.";
const RUSSIAN = [
  "Министр иностранных дел Беларуси прибыл в Женеву в понедельник для переговоров о санкциях и освобождении политических заключённых.",
  "Переговоры продлятся два дня, сообщили в министерстве. Делегацию сопровождают эксперты по международному праву и журналисты государственных СМИ.",
];
const LATIN1 = [
  "José Martínez, the mayor of Zürich's twin town of Málaga, welcomed a delegation of Swiss officials on Thursday to sign a cultural agreement.",
  "The agreement covers exchanges of students and musicians over the next three years, Martínez said after the ceremony at the town hall.",
];

function writeInputs(): void {
  const at = (name: string, data: string | Buffer) => writeFileSync(join(site.dir, name), data);
  mkdirSync(join(site.dir, "nested"));
  at("a-story.txt", `Chile and Argentina plan joint bid\n${STORY.join("\n")}\n`);
  at("b-dated.md", `# Chile recalls ambassador\n${DATELINED}\n`);
  at("c-russian.html", iconv.encode(`<html><head><meta charset="windows-1251"><title>Министр прибыл в Женеву</title></head><body><article><h1>Министр прибыл в Женеву</h1>${RUSSIAN.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`, "win1251"));
  at("d-latin1.htm", iconv.encode(`<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Málaga signs agreement</title><meta name="date" content="2025-03-20"></head><body><div><p>${LATIN1.join("</p><p>")}</p></div></body></html>`, "latin1"));
  at("e-news.rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>Danube Wire</title><language>en</language>
<item><title>Harbour strike over</title><link>${site.base}/world/harbour</link><pubDate>Wed, 05 Mar 2025 12:00:00 GMT</pubDate><description>Workers return.</description></item>
<item><title>Gone</title><link>${site.base}/world/missing</link><description>A page that is not there.</description></item></channel></rss>`);
  at("f-news.atom", `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Danube Atom</title><id>urn:d</id><updated>2025-03-07T00:00:00Z</updated>
<entry><title>Bridge reopens</title><id>urn:b</id><link href="${site.base}/world/bridge"/><updated>2025-03-07T08:00:00Z</updated><summary>Lorries cross again.</summary></entry></feed>`);
  at("g-feed.json", JSON.stringify({
    version: "https://jsonfeed.org/version/1.1", title: "Andes Notes",
    items: [{ id: "n1", url: "https://andes.example.org/n1", title: "Pass reopens", date_published: "2025-02-01T07:00:00Z", content_html: `<p>${STORY[0]}</p><p>${STORY[1]}</p>` }],
  }));
  at("h-batch.jsonl", [
    JSON.stringify({ id: "j1", url: "https://lines.example.org/1", title: "Line one", text: STORY.join("\n"), published: "2025-01-15", source: "Lines" }),
    "{ not json",
    JSON.stringify({ id: "j3", html: `<html><head><meta property="og:title" content="Line three"></head><body><article>${STORY.map((p) => `<p>${p}</p>`).join("")}</article></body></html>` }),
  ].join("\n"));
  at("i-empty.txt", "");
  at("j-binary", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  at("k-not-a-feed.rss", "This file says it is a feed but it is only a sentence.");
  at("l-picture.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]));
  at("nested/m-no-extension", `Ministers agree on border\n${STORY.join("\n")}`);
}

/** What a user would check of an article, after the boilerplate and language stages. */
function fieldsOf(article: ArticleInput): Record<string, unknown> {
  const doc: Document = detectLanguage(detectBoilerplate(createDocument(article)));
  return {
    origin: doc.meta.origin.slice(site.dir.length + 1),
    format: doc.meta.format,
    title: doc.meta.title,
    date: doc.meta.published ? `${doc.meta.published.value} ${doc.meta.published.origin}` : null,
    url: doc.meta.url,
    source: doc.meta.source,
    language: doc.meta.language,
    text: doc.text,
    messages: doc.messages.map((m) => m.code),
  };
}

test("a folder of mixed inputs: every article with its fields, every bad input as one issue", async () => {
  const articles: Record<string, unknown>[] = [];
  const issues: Issue[] = [];
  for await (const result of readInputs([site.dir], { date: parseDateValue("2025-04-10", "flag") ?? undefined, fetch: { timeoutMs: 2000 } })) {
    if (result.ok) articles.push(fieldsOf(result.value));
    else issues.push(...result.issues);
  }
  const page = (path: string) => PAGES[path]!.body.join("\n");
  assert.deepEqual(articles, [
    { origin: "a-story.txt", format: "text", title: "Chile and Argentina plan joint bid", date: "2025-04-10 flag", url: null, source: null, language: "en", text: STORY.join("\n"), messages: [] },
    { origin: "b-dated.md", format: "text", title: "Chile recalls ambassador", date: "2025-04-08 dateline", url: null, source: "Attache Wire", language: "en", text: DATELINED, messages: [] },
    { origin: "c-russian.html", format: "html", title: "Министр прибыл в Женеву", date: "2025-04-10 flag", url: null, source: null, language: "ru", text: RUSSIAN.join("\n"), messages: ["not-english"] },
    { origin: "d-latin1.htm", format: "html", title: "Málaga signs agreement", date: "2025-03-20 meta", url: null, source: null, language: "en", text: LATIN1.join("\n"), messages: [] },
    { origin: "e-news.rss#1", format: "rss", title: "Harbour strike over", date: "2025-03-05T12:00:00Z input", url: `${site.base}/world/harbour`, source: "Danube Daily", language: "en", text: page("/world/harbour"), messages: [] },
    { origin: "f-news.atom#1", format: "atom", title: "Bridge reopens", date: "2025-03-07T08:00:00Z input", url: `${site.base}/world/bridge`, source: "Danube Daily", language: "en", text: page("/world/bridge"), messages: [] },
    { origin: "g-feed.json#1", format: "json-feed", title: "Pass reopens", date: "2025-02-01T07:00:00Z input", url: "https://andes.example.org/n1", source: "Andes Notes", language: "en", text: STORY.join("\n"), messages: [] },
    { origin: "h-batch.jsonl:1", format: "jsonl", title: "Line one", date: "2025-01-15 input", url: "https://lines.example.org/1", source: "Lines", language: "en", text: STORY.join("\n"), messages: [] },
    { origin: "h-batch.jsonl:3", format: "jsonl", title: "Line three", date: "2025-04-10 flag", url: null, source: null, language: "en", text: STORY.join("\n"), messages: [] },
    { origin: "nested/m-no-extension", format: "text", title: "Ministers agree on border", date: "2025-04-10 flag", url: null, source: null, language: "en", text: STORY.join("\n"), messages: [] },
  ]);
  assert.deepEqual(
    issues.map((i) => [i.code, i.input.startsWith(site.dir) ? i.input.slice(site.dir.length + 1) : i.input]),
    [
      ["url-status", `${site.base}/world/missing`],
      ["jsonl-invalid", "h-batch.jsonl:2"],
      ["input-empty", "i-empty.txt"],
      ["input-binary", "j-binary"],
      ["feed-invalid", "k-not-a-feed.rss"],
    ],
  );
});

test("single inputs: a missing file, a file over the size cap, a URL of a page, a URL of a feed", async () => {
  const results = [];
  for await (const result of readInputs([join(site.dir, "nope.txt"), join(site.dir, "a-story.txt"), `${site.base}/world/bridge`, `${site.base}/feeds/danube`], { maxBytes: 100 })) results.push(result);
  assert.equal(results.length, 4);
  assert.deepEqual(results.slice(0, 2).map((r) => (r.ok ? "ok" : r.issues[0]!.code)), ["input-not-found", "input-too-large"]);
  const page = results[2]!;
  assert.ok(page.ok);
  assert.equal(page.value.url, `${site.base}/world/bridge`);
  assert.equal(page.value.title, PAGES["/world/bridge"]!.title);
  assert.equal(page.value.text, PAGES["/world/bridge"]!.body.join("\n"));
  const item = results[3]!;
  assert.ok(item.ok);
  assert.deepEqual([item.value.format, item.value.origin, item.value.title, item.value.source], ["rss", `${site.base}/feeds/danube#1`, "Bridge", "Danube Daily"]);
  assert.equal(item.value.text, PAGES["/world/bridge"]!.body.join("\n"));
});

test("standard input is sniffed like a file: an RSS feed piped in", () => {
  const module = new URL("../src/ingest/read-inputs.js", import.meta.url).href;
  const script = `import { readInputs } from ${JSON.stringify(module)};
for await (const r of readInputs(["-"])) console.log(JSON.stringify(r.ok ? [r.value.format, r.value.origin, r.value.title, r.value.text] : r.issues));`;
  const feed = `<rss version="2.0"><channel><title>Piped</title><item><title>Piped item</title><description><![CDATA[<p>${STORY[0]}</p><p>${STORY[1]}</p><p>${STORY[0]}</p><p>${STORY[1]}</p>]]></description></item></channel></rss>`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { input: feed, encoding: "utf8" });
  assert.equal(run.stderr, "");
  assert.deepEqual(JSON.parse(run.stdout), ["rss", "-#1", "Piped item", [...STORY, ...STORY].join("\n")]);
});

test("JSON Lines on standard input beyond the size cap are streamed, the cap applying to each line", () => {
  const module = new URL("../src/ingest/read-inputs.js", import.meta.url).href;
  const script = `import { readInputs } from ${JSON.stringify(module)};
for await (const r of readInputs(["-"], { maxBytes: 400 })) console.log(r.ok ? "ok " + r.value.origin : r.issues[0].code + " " + r.issues[0].input);`;
  const line = (id: string, text: string) => JSON.stringify({ id, text });
  const input = [line("a", STORY[0]!), line("b", STORY[1]!), line("c", STORY.join(" ").repeat(3)), "{oops", line("d", STORY[0]!)].join("\n");
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { input, encoding: "utf8" });
  assert.equal(run.stderr, "");
  assert.deepEqual(run.stdout.trim().split("\n"), ["ok -:1", "ok -:2", "input-too-large -:3", "jsonl-invalid -:4", "ok -:5"]);
});
