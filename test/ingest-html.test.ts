import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { decodeBytes } from "../src/ingest/decode.js";
import { parseHtml } from "../src/ingest/html.js";
import { parseDateValue } from "../src/ingest/dates.js";

const PARAGRAPHS = [
  "The defence ministers of Poland and Lithuania signed an agreement on Tuesday to hold joint exercises near their shared border next spring.",
  "The agreement also covers the exchange of air-defence data and a joint training centre for drone operators, officials said.",
  "Both ministers said the pact was a response to the growing number of airspace violations reported over the past year.",
];

function page(head: string, extra = ""): string {
  return `<!doctype html><html lang="en-GB"><head>${head}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Poland and Lithuania agree joint drills</h1>
<p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>
<h2>What comes <em>next</em></h2>
<p>${PARAGRAPHS[2]}</p>
<ul><li>First item of a list</li><li>Second item</li></ul>${extra}</article>
<footer>Copyright notice</footer></body></html>`;
}

test("the body has one line per paragraph, heading and list item; JSON-LD wins for title, date and author", () => {
  const html = page(`<title>Drills | Baltic Courier</title>
<meta property="og:title" content="OG title">
<meta property="og:site_name" content="Baltic Courier">
<meta property="article:published_time" content="2025-04-01T08:00:00Z">
<link rel="canonical" href="/2025/04/drills">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
{"@type":"NewsArticle","headline":"Poland and Lithuania agree joint drills","datePublished":"2025-04-02T07:30:00+02:00",
"author":[{"@type":"Person","name":"Ona Petraitė"},{"@type":"Person","name":"Jan Nowak"}]}]}</script>`);
  const result = parseHtml(html, "drills.html", { url: "https://courier.example.net/x?utm=1" });
  assert.ok(result.ok);
  const a = result.value;
  // Readability drops the <h1> that repeats the title; the <h2> stays, as one line.
  assert.equal(a.text, [PARAGRAPHS[0], PARAGRAPHS[1], "What comes next", PARAGRAPHS[2], "First item of a list", "Second item"].join("\n"));
  assert.equal(a.title, "Poland and Lithuania agree joint drills");
  assert.deepEqual(a.published, { value: "2025-04-02T05:30:00Z", precision: "second", origin: "json-ld" });
  assert.equal(a.author, "Ona Petraitė, Jan Nowak");
  assert.equal(a.source, "Baltic Courier");
  assert.equal(a.url, "https://courier.example.net/2025/04/drills");
  assert.equal(a.language, "en");
  assert.equal(a.format, "html");
});

test("without JSON-LD the meta tags give the date; without any, the fallback; the host names the outlet", () => {
  const meta = parseHtml(page(`<meta name="pubdate" content="2025-04-03">`), "m.html", {});
  assert.ok(meta.ok);
  assert.deepEqual(meta.value.published, { value: "2025-04-03", precision: "day", origin: "meta" });
  const fallback = parseHtml(page(""), "f.html", { url: "https://www.news.example.com/a", fallbackDate: parseDateValue("2025-05-01", "flag") });
  assert.ok(fallback.ok);
  assert.deepEqual(fallback.value.published, { value: "2025-05-01", precision: "day", origin: "flag" });
  assert.equal(fallback.value.source, "news.example.com");
  const lastModified = parseHtml(page(""), "l.html", { lastModified: "Wed, 02 Apr 2025 10:00:00 GMT" });
  assert.ok(lastModified.ok);
  assert.equal(lastModified.value.published?.origin, "http");
});

test("a page with no article, and a truncated page", () => {
  const empty = parseHtml("<html><body><nav><a href='/'>Home</a></nav></body></html>", "empty.html");
  assert.equal(empty.ok, false);
  if (!empty.ok) assert.equal(empty.issues[0]?.code, "html-no-article");
  const truncated = parseHtml(page("").slice(0, page("").indexOf(PARAGRAPHS[2]!) + 60), "cut.html");
  assert.ok(truncated.ok);
  assert.ok(truncated.value.text.includes(PARAGRAPHS[1]!));
});

test("charsets: HTTP header, meta tag, a false UTF-8 claim, and detection", () => {
  const russian = "<html><head><meta charset=\"windows-1251\"></head><body><p>Министр иностранных дел прибыл в Минск.</p></body></html>";
  const fromMeta = decodeBytes(iconv.encode(russian, "win1251"), "ru.html");
  assert.ok(fromMeta.ok);
  assert.equal(fromMeta.value.via, "meta");
  assert.ok(fromMeta.value.text.includes("Министр иностранных дел прибыл в Минск."));

  const french = "<p>Le ministre des Affaires étrangères est arrivé à Genève lundi pour des négociations.</p>";
  const fromHeader = decodeBytes(iconv.encode(french, "latin1"), "fr.html", "text/html; charset=ISO-8859-1");
  assert.ok(fromHeader.ok);
  assert.equal(fromHeader.value.via, "http");
  assert.equal(fromHeader.value.text, french);

  // The server claims UTF-8 but the bytes are Latin-1: the claim is set aside.
  const falseClaim = decodeBytes(iconv.encode(french, "latin1"), "claim.html", "text/html; charset=utf-8");
  assert.ok(falseClaim.ok);
  assert.equal(falseClaim.value.via, "detected");
  assert.equal(falseClaim.value.text, french);

  const detected = decodeBytes(iconv.encode("Министр иностранных дел Беларуси прибыл в Женеву в понедельник для переговоров о санкциях.", "win1251"), "ru.txt");
  assert.ok(detected.ok);
  assert.equal(detected.value.charset, "windows-1251");
  assert.match(detected.value.text, /^Министр иностранных дел Беларуси/);
});
