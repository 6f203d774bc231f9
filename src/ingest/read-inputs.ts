import type { Dirent } from "node:fs";
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { PublishedDate } from "../document.js";
import type { Result } from "../errors.js";
import { fail, ok } from "../errors.js";
import type { ArticleInput } from "./create-document.js";
import { decodeBytes } from "./decode.js";
import type { Feed } from "./feeds.js";
import { isJsonFeed, parseJsonFeed, parseXmlFeed } from "./feeds.js";
import type { FetchedBody, FetchSettings } from "./fetch-url.js";
import { DEFAULT_FETCH, fetchUrl, isUrl } from "./fetch-url.js";
import { parseHtml } from "./html.js";
import { parseArticleRecord, parseJsonLines } from "./jsonl.js";
import { streamJsonLines } from "./jsonl-stream.js";
import { extensionOf, isBinary, kindOf, kindOfContent, READABLE_EXTENSIONS } from "./sniff.js";
import { parseText } from "./text.js";
import { articleOfFeedItem } from "./feed-article.js";

export interface ReadOptions {
  /** The publication date to assume when the input carries none (`--date`). */
  readonly date?: PublishedDate | undefined;
  /**
   * Largest file or standard input accepted, in bytes; 10 MB unless given. For JSON Lines (files
   * or standard input) the cap is per line, per article. URLs use `fetch.maxBytes`.
   */
  readonly maxBytes?: number | undefined;
  /** Timeout, size cap, redirect limit and User-Agent for URLs. */
  readonly fetch?: Partial<FetchSettings> | undefined;
  /** Whether a feed item that carries only a summary and a link has its page fetched (default true). */
  readonly fetchFeedLinks?: boolean | undefined;
}

/** One article read, or one input that could not be. */
export type ReadResult = Result<ArticleInput>;

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Everything the readers need, resolved once per call. */
interface Settings {
  readonly date: PublishedDate | null;
  readonly maxBytes: number;
  readonly fetch: FetchSettings;
  readonly fetchFeedLinks: boolean;
}

/** Bytes from a file, URL or standard input, with what is known of where they came from. */
interface Source {
  readonly origin: string;
  /** A file name or URL whose extension may tell the format; "" for standard input. */
  readonly name: string;
  readonly bytes: Buffer;
  readonly contentType: string | null;
  readonly url: string | null;
  readonly lastModified: string | null;
}

/** Chunks already read, then the rest of a stream. */
async function* joined(head: readonly Buffer[], rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * Standard input, held whole up to the size cap. Beyond it, JSON Lines go on as a stream
 * (the cap then applies per line, as for a .jsonl file); anything else is too large.
 */
async function* readStdinInput(settings: Settings): AsyncGenerator<ReadResult> {
  const stream = (process.stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  for (let next = await stream.next(); !next.done; next = await stream.next()) {
    chunks.push(next.value);
    size += next.value.length;
    if (size > settings.maxBytes) break;
  }
  if (size <= settings.maxBytes) {
    yield* readSource({ origin: "-", name: "", bytes: Buffer.concat(chunks), contentType: null, url: null, lastModified: null }, settings);
  } else if (kindOfContent(Buffer.concat(chunks).subarray(0, 4096).toString("utf8")) === "jsonl") {
    yield* streamJsonLines(joined(chunks, stream), "-", settings.date, settings.maxBytes);
  } else {
    await stream.return?.();
    yield fail({ code: "input-too-large", input: "-", detail: `limit ${settings.maxBytes} bytes` });
  }
}

/** The readable files under a folder, recursively, in name order; hidden files are left out. */
async function* filesUnder(folder: string): AsyncGenerator<string> {
  const entries: Dirent[] = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) {
      const extension = extensionOf(entry.name);
      if (extension === "" || READABLE_EXTENSIONS.has(extension)) yield path;
    }
  }
}

function fileSource(path: string, bytes: Buffer): Source {
  return { origin: path, name: path, bytes, contentType: null, url: null, lastModified: null };
}

function urlSource(origin: string, body: FetchedBody): Source {
  return { origin, name: new URL(body.url).pathname, bytes: body.bytes, contentType: body.contentType, url: body.url, lastModified: body.lastModified };
}

async function* readFileInput(path: string, size: number, settings: Settings): AsyncGenerator<ReadResult> {
  const extension = extensionOf(path);
  if (extension === "jsonl" || extension === "ndjson") {
    if (size === 0) yield fail({ code: "input-empty", input: path });
    else yield* streamJsonLines(createReadStream(path) as AsyncIterable<Buffer>, path, settings.date, settings.maxBytes);
    return;
  }
  if (size > settings.maxBytes) {
    yield fail({ code: "input-too-large", input: path, detail: `${size} bytes, limit ${settings.maxBytes}` });
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield fail({ code: "input-unreadable", input: path, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
    return;
  }
  yield* readSource(fileSource(path, bytes), settings);
}

async function* readPath(path: string, settings: Settings): AsyncGenerator<ReadResult> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === "ENOENT" ? "input-not-found" : "input-unreadable";
    yield fail({ code, input: path });
    return;
  }
  if (!info.isDirectory()) {
    yield* readFileInput(path, info.size, settings);
    return;
  }
  for await (const file of filesUnder(path)) {
    const size = (await stat(file)).size;
    yield* readFileInput(file, size, settings);
  }
}

/** Each item of a feed as an article: its own full text, else its linked page, else its summary. */
async function* readFeedItems(feed: Feed, source: Source, settings: Settings): AsyncGenerator<ReadResult> {
  if (feed.items.length === 0) {
    yield fail({ code: "feed-invalid", input: source.origin, detail: "no items" });
    return;
  }
  const fetchPage = settings.fetchFeedLinks ? (url: string) => fetchUrl(url, settings.fetch) : null;
  for (const [index, item] of feed.items.entries()) {
    yield await articleOfFeedItem(item, feed, `${source.origin}#${index + 1}`, settings.date, fetchPage);
  }
}

/** A JSON document: a JSON Feed, one article record, a list of records, or JSON Lines after all. */
async function* readJson(text: string, source: Source, settings: Settings): AsyncGenerator<ReadResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    yield* parseJsonLines(text, source.origin, settings.date);
    return;
  }
  if (isJsonFeed(value)) {
    const feed = parseJsonFeed(value, source.origin);
    if (feed.ok) yield* readFeedItems(feed.value, source, settings);
    else yield feed;
  } else if (Array.isArray(value)) {
    for (const [index, record] of value.entries()) yield parseArticleRecord(record, `${source.origin}[${index}]`, settings.date);
  } else {
    yield parseArticleRecord(value, source.origin, settings.date);
  }
}

/** Bytes of any supported kind to articles: checks size, binary content and charset, then sniffs the format. */
async function* readSource(source: Source, settings: Settings): AsyncGenerator<ReadResult> {
  const { origin, bytes } = source;
  if (bytes.length === 0) {
    yield fail({ code: "input-empty", input: origin });
    return;
  }
  if (isBinary(bytes)) {
    yield fail({ code: "input-binary", input: origin });
    return;
  }
  const decoded = decodeBytes(bytes, origin, source.contentType);
  if (!decoded.ok) {
    yield decoded;
    return;
  }
  const text = decoded.value.text;
  if (!text.trim()) {
    yield fail({ code: "input-empty", input: origin });
    return;
  }
  switch (kindOf(source.name, text, source.contentType)) {
    case "text": {
      const article = parseText(text, origin, settings.date);
      yield ok(source.url ? { ...article, url: source.url, format: "url" } : article);
      return;
    }
    case "html":
      yield parseHtml(text, origin, { url: source.url, fallbackDate: settings.date, lastModified: source.lastModified });
      return;
    case "xml-feed": {
      const feed = parseXmlFeed(text, origin);
      if (feed.ok) yield* readFeedItems(feed.value, source, settings);
      else yield feed;
      return;
    }
    case "json":
    case "jsonl":
      yield* readJson(text, source, settings);
      return;
  }
}

/**
 * Reads files, folders (recursively), http(s) URLs or `-` (standard input) and yields articles,
 * or issues, one at a time. Plain text, HTML, RSS/Atom/JSON feeds and JSON Lines are told apart
 * by extension, Content-Type or content. A bad input is an issue; the others go on.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const settings: Settings = {
    date: options.date ?? null,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    fetch: { ...DEFAULT_FETCH, ...options.fetch },
    fetchFeedLinks: options.fetchFeedLinks ?? true,
  };
  for (const input of inputs) {
    if (input === "-") {
      yield* readStdinInput(settings);
    } else if (isUrl(input)) {
      const fetched = await fetchUrl(input, settings.fetch);
      if (fetched.ok) yield* readSource(urlSource(input, fetched.value), settings);
      else yield fetched;
    } else {
      yield* readPath(input, settings);
    }
  }
}
