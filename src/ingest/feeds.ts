import { extractFromJson, extractFromXml } from "@extractus/feed-extractor";
import type { FeedEntry } from "@extractus/feed-extractor";
import type { InputFormat, PublishedDate } from "../document.js";
import type { Result } from "../errors.js";
import { fail, ok } from "../errors.js";
import { parseDateValue } from "./dates.js";
import { languageOfTag } from "./html-meta.js";

/** One item of a feed: its full text when the feed carries it, else only a link to fetch. */
export interface FeedItem {
  readonly title: string | null;
  readonly url: string | null;
  readonly author: string | null;
  readonly published: PublishedDate | null;
  /** The item's full body, HTML or plain text; null when the feed gives only a summary. */
  readonly body: string | null;
  /** The summary, used as the text when the item has no link to fetch. */
  readonly summary: string | null;
}

export interface Feed {
  readonly format: InputFormat;
  readonly title: string | null;
  readonly language: string | null;
  readonly items: readonly FeedItem[];
}

// A description this long is an article, not a teaser: the feed carries full text in it.
const FULL_TEXT_WORDS = 100;

type Raw = Record<string, unknown>;

/** The text of an XML node as fast-xml-parser gives it: a string, or an object with #text. */
function textOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === "object") return textOf((value as Raw)["#text"] ?? (value as Raw)["name"]);
  return null;
}

function authorOf(raw: Raw): string | null {
  const authors = raw["authors"];
  if (Array.isArray(authors) && authors.length > 0) return textOf(authors[0]);
  return textOf(raw["author"]) ?? textOf(raw["dc:creator"]);
}

// The fields that hold a whole article in RSS (content:encoded), Atom (content) and JSON Feed.
function fullTextOf(raw: Raw): string | null {
  return textOf(raw["content:encoded"]) ?? textOf(raw["content"]) ?? textOf(raw["content_html"]) ?? textOf(raw["content_text"]);
}

function wordCount(text: string): number {
  return text.replace(/<[^>]*>/g, " ").split(/\s+/).filter(Boolean).length;
}

function itemOf(entry: FeedEntry): FeedItem {
  const raw = (entry["raw"] ?? {}) as Raw;
  const description = textOf(raw["description"]) ?? textOf(raw["summary"]);
  const full = fullTextOf(raw) ?? (description && wordCount(description) >= FULL_TEXT_WORDS ? description : null);
  const published = entry.published ? parseDateValue(entry.published, "input") : null;
  return {
    title: entry.title?.trim() || null,
    url: entry.link?.trim() || null,
    author: authorOf(raw),
    published,
    body: full,
    summary: description,
  };
}

// No truncation, and the raw entry kept: the normaliser prefers the summary and drops the
// full-text fields (content:encoded, Atom content, content_html) that we want.
const OPTIONS = {
  descriptionMaxLen: 0,
  getExtraEntryFields: (raw: Record<string, unknown>) => ({ raw }),
};

/** Reads an RSS 0.9x/1.0/2.0 or Atom document; anything else is a "feed-invalid" issue. */
export function parseXmlFeed(xml: string, origin: string): Result<Feed> {
  let data: ReturnType<typeof extractFromXml>;
  try {
    data = extractFromXml(xml, OPTIONS);
  } catch (error) {
    return fail({ code: "feed-invalid", input: origin, detail: (error as Error).message });
  }
  const format: InputFormat = /<feed[\s>]/.test(xml.slice(0, 2048)) ? "atom" : "rss";
  const items = (data.entries ?? []).map(itemOf);
  return ok({ format, title: data.title?.trim() || null, language: languageOfTag(data.language), items });
}

/** Whether a parsed JSON value is a JSON Feed (https://jsonfeed.org): an object with an `items` list. */
export function isJsonFeed(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && Array.isArray((value as Raw)["items"]) &&
    (typeof (value as Raw)["version"] !== "string" || String((value as Raw)["version"]).includes("jsonfeed"));
}

/** Reads a parsed JSON Feed. */
export function parseJsonFeed(value: Raw, origin: string): Result<Feed> {
  let data: ReturnType<typeof extractFromJson>;
  try {
    data = extractFromJson(value, OPTIONS);
  } catch (error) {
    return fail({ code: "feed-invalid", input: origin, detail: (error as Error).message });
  }
  const items = (data.entries ?? []).map(itemOf);
  return ok({ format: "json-feed", title: data.title?.trim() || null, language: languageOfTag(data.language), items });
}
