import { test } from "node:test";
import assert from "node:assert/strict";
import { isJsonFeed, parseJsonFeed, parseXmlFeed } from "../src/ingest/feeds.js";

const RSS = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Gazette</title><link>https://gazette.example.com</link><language>en-us</language>
<item><title>Port strike ends</title><link>https://gazette.example.com/strike</link><pubDate>Mon, 03 Feb 2025 10:00:00 GMT</pubDate>
<author>desk@gazette.example.com (Mia Holt)</author><description>Short teaser.</description>
<content:encoded><![CDATA[<p>Dock workers ended their strike on Monday.</p><p>The union accepted a pay offer.</p>]]></content:encoded></item>
<item><title>Ferry link reopens</title><link>https://gazette.example.com/ferry</link><description>The ferry runs again.</description></item>
</channel></rss>`;

const RSS_091 = `<?xml version="1.0"?><rss version="0.91"><channel><title>Old Wire</title><link>https://old.example.com</link><description>d</description>
<item><title>Council meets</title><link>https://old.example.com/council</link><description>The council met.</description></item></channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Valley Post</title><id>urn:x</id><updated>2025-02-04T00:00:00Z</updated>
<entry><title>Bridge opens</title><id>urn:e1</id><link href="https://post.example.com/bridge"/><published>2025-02-04T09:00:00Z</published><updated>2025-02-04T09:00:00Z</updated>
<author><name>Lea Brun</name></author><summary>The bridge opened.</summary><content type="html">&lt;p&gt;The new bridge opened to traffic on Tuesday.&lt;/p&gt;</content></entry></feed>`;

test("RSS 2.0: full text from content:encoded, link-only items keep only their summary and link", () => {
  const feed = parseXmlFeed(RSS, "gazette.rss");
  assert.ok(feed.ok);
  assert.equal(feed.value.format, "rss");
  assert.equal(feed.value.title, "Harbour Gazette");
  assert.equal(feed.value.language, "en");
  const [first, second] = feed.value.items;
  assert.deepEqual(first, {
    title: "Port strike ends",
    url: "https://gazette.example.com/strike",
    author: "desk@gazette.example.com (Mia Holt)",
    published: { value: "2025-02-03T10:00:00Z", precision: "second", origin: "input" },
    body: "<p>Dock workers ended their strike on Monday.</p><p>The union accepted a pay offer.</p>",
    summary: "Short teaser.",
  });
  assert.equal(second?.body, null);
  assert.equal(second?.summary, "The ferry runs again.");
  assert.equal(second?.published, null);
});

test("RSS 0.91 and Atom", () => {
  const old = parseXmlFeed(RSS_091, "old.rss");
  assert.ok(old.ok);
  assert.equal(old.value.items[0]?.url, "https://old.example.com/council");
  const atom = parseXmlFeed(ATOM, "valley.atom");
  assert.ok(atom.ok);
  assert.equal(atom.value.format, "atom");
  assert.equal(atom.value.language, "en");
  assert.equal(atom.value.items[0]?.author, "Lea Brun");
  assert.equal(atom.value.items[0]?.body, "<p>The new bridge opened to traffic on Tuesday.</p>");
  assert.equal(atom.value.items[0]?.published?.value, "2025-02-04T09:00:00Z");
});

test("JSON Feed, and things that are not feeds", () => {
  const value: unknown = JSON.parse(`{"version":"https://jsonfeed.org/version/1.1","title":"Alpine Notes","language":"de-CH",
    "items":[{"id":"1","url":"https://alp.example.com/1","title":"Pass closed","content_text":"The pass closed on Friday.","date_published":"2025-01-10T08:00:00Z","authors":[{"name":"Urs Frei"}]}]}`);
  assert.ok(isJsonFeed(value));
  const feed = parseJsonFeed(value, "alp.json");
  assert.ok(feed.ok);
  assert.equal(feed.value.format, "json-feed");
  assert.equal(feed.value.language, "de");
  assert.deepEqual(feed.value.items[0], {
    title: "Pass closed", url: "https://alp.example.com/1", author: "Urs Frei",
    published: { value: "2025-01-10T08:00:00Z", precision: "second", origin: "input" }, body: "The pass closed on Friday.", summary: null,
  });
  assert.equal(isJsonFeed({ text: "an article record" }), false);
  for (const xml of ["<html><body>no feed</body></html>", "<rss><channel><item>", "<?xml version='1.0'?><sitemap/>"]) {
    const result = parseXmlFeed(xml, "x.xml");
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.issues[0]?.code, "feed-invalid");
  }
});
