import { test } from "node:test";
import assert from "node:assert/strict";
import type { FetchSettings } from "../src/ingest/fetch-url.js";
import { DEFAULT_FETCH, fetchUrl } from "../src/ingest/fetch-url.js";
import { testSite } from "./helpers/test-site.js";

const seenAgents: string[] = [];
const site = testSite((request, response) => {
  seenAgents.push(request.headers["user-agent"] ?? "");
  const path = request.url ?? "/";
  const hops = /^\/hop\/(\d+)$/.exec(path);
  if (hops) {
    const left = Number(hops[1]);
    response.writeHead(302, { location: left > 0 ? `/hop/${left - 1}` : "/page" });
    response.end();
  } else if (path === "/page") {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "last-modified": "Wed, 02 Apr 2025 10:00:00 GMT" });
    response.end("<p>hello</p>");
  } else if (path === "/slow") {
    setTimeout(() => response.end("late"), 10_000).unref();
  } else if (path === "/big-declared") {
    response.writeHead(200, { "content-length": String(5000) });
    response.end("x".repeat(5000));
  } else if (path === "/big-streamed") {
    response.writeHead(200, { "content-type": "text/plain" });
    for (let i = 0; i < 10; i++) response.write("y".repeat(1000));
    response.end();
  } else if (path === "/to-ftp") {
    response.writeHead(301, { location: "ftp://example.com/file" });
    response.end();
  } else {
    response.writeHead(404);
    response.end("not here");
  }
});
const settings: FetchSettings = { ...DEFAULT_FETCH, timeoutMs: 5000, maxBytes: 4000, maxRedirects: 3 };


async function issueOf(url: string, timeoutMs = settings.timeoutMs): Promise<string> {
  const result = await fetchUrl(url, { ...settings, timeoutMs });
  assert.equal(result.ok, false, `${url} should fail`);
  return result.ok ? "" : `${result.issues[0]!.code} ${result.issues[0]!.detail ?? ""}`.trim();
}

test("a page after redirects within the limit, with its final URL, type and Last-Modified, and our User-Agent", async () => {
  const result = await fetchUrl(`${site.base}/hop/2`, settings);
  assert.ok(result.ok);
  assert.equal(result.value.url, `${site.base}/page`);
  assert.equal(result.value.bytes.toString(), "<p>hello</p>");
  assert.equal(result.value.contentType, "text/html; charset=utf-8");
  assert.equal(result.value.lastModified, "Wed, 02 Apr 2025 10:00:00 GMT");
  assert.equal(seenAgents.at(-1), "attache/0.1 (+https://github.com/attache)");
});

test("too many redirects, 404, timeout, size caps, schemes", async () => {
  assert.equal(await issueOf(`${site.base}/hop/3`), "url-too-many-redirects more than 3");
  assert.equal(await issueOf(`${site.base}/missing`), "url-status HTTP 404");
  assert.equal(await issueOf(`${site.base}/slow`, 300), "url-timeout 300 ms");
  assert.equal(await issueOf(`${site.base}/big-declared`), "url-too-large 5000 bytes, limit 4000");
  assert.equal(await issueOf(`${site.base}/big-streamed`), "url-too-large more than 4000 bytes");
  assert.equal(await issueOf("ftp://example.com/file"), "url-unsupported ftp:");
  assert.equal(await issueOf("file:///etc/passwd"), "url-unsupported file:");
  assert.equal(await issueOf(`${site.base}/to-ftp`), "url-unsupported redirect to ftp:");
  // Port 9 on localhost refuses connections: unreachable, not a timeout.
  assert.match(await issueOf("http://127.0.0.1:9/"), /^url-unreachable/);
});
