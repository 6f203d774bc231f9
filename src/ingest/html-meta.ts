import type { PublishedDate } from "../document.js";
import { parseDateValue } from "./dates.js";

/** What a page says about itself in meta tags, OpenGraph and JSON-LD, read before Readability strips scripts. */
export interface PageMeta {
  readonly title: string | null;
  readonly published: PublishedDate | null;
  readonly author: string | null;
  readonly outlet: string | null;
  readonly canonicalUrl: string | null;
  readonly language: string | null;
}

/** The small part of the DOM this module reads (linkedom's document provides it). */
interface Queryable {
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

const ARTICLE_TYPES = new Set(["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage", "LiveBlogPosting", "OpinionNewsArticle"]);

// Meta names and properties that carry a publication date, most specific first.
const DATE_META = [
  "article:published_time",
  "og:published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "dc.date.issued",
  "dc.date",
  "dcterms.created",
  "citation_publication_date",
  "parsely-pub-date",
  "sailthru.date",
  "date",
];

type Json = Record<string, unknown>;

/** "en-US", "en_GB", "EN" → "en"; anything that is not a language tag → null. */
export function languageOfTag(tag: string | null | undefined): string | null {
  const match = tag ? /^([a-z]{2})(?:[-_][a-z0-9]+)*$/i.exec(tag.trim()) : null;
  return match ? match[1]!.toLowerCase() : null;
}

function* jsonLdObjects(doc: Queryable): Generator<Json> {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // A broken JSON-LD block is common and costs us only its metadata.
    }
    const stack: unknown[] = [data];
    while (stack.length > 0) {
      const item = stack.pop();
      if (Array.isArray(item)) stack.push(...item);
      else if (item && typeof item === "object") {
        const object = item as Json;
        if (Array.isArray(object["@graph"])) stack.push(...(object["@graph"] as unknown[]));
        yield object;
      }
    }
  }
}

function isArticle(object: Json): boolean {
  const type = object["@type"];
  return Array.isArray(type) ? type.some((t) => ARTICLE_TYPES.has(String(t))) : ARTICLE_TYPES.has(String(type));
}

function nameOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(", ") : null;
  }
  if (value && typeof value === "object") return nameOf((value as Json)["name"]);
  return null;
}

function stringOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (value && typeof value === "object") return stringOf((value as Json)["@id"] ?? (value as Json)["url"]);
  return null;
}

/** The best JSON-LD article on the page: a NewsArticle before a plain WebPage. */
function jsonLdArticle(doc: Queryable): Json | null {
  let best: Json | null = null;
  for (const object of jsonLdObjects(doc)) {
    if (!isArticle(object)) continue;
    if (String(object["@type"]).includes("Article") || String(object["@type"]).includes("Posting")) return object;
    best ??= object;
  }
  return best;
}

/** Meta names are matched case-insensitively by lower-casing them once. */
function metaMap(doc: Queryable): Map<string, string> {
  const map = new Map<string, string>();
  for (const element of doc.querySelectorAll("meta")) {
    const key = (element.getAttribute("property") ?? element.getAttribute("name") ?? element.getAttribute("itemprop") ?? element.getAttribute("http-equiv"))?.toLowerCase();
    const content = element.getAttribute("content")?.trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

function dateFromMeta(meta: Map<string, string>, doc: Queryable): PublishedDate | null {
  for (const key of DATE_META) {
    const value = meta.get(key);
    const date = value ? parseDateValue(value, "meta") : null;
    if (date) return date;
  }
  const time = doc.querySelector("time[itemprop=datePublished], time[pubdate]")?.getAttribute("datetime");
  return time ? parseDateValue(time, "meta") : null;
}

/** Reads title, date, author, outlet, canonical URL and language from a parsed page. */
export function readPageMeta(doc: Queryable, htmlLang: string | null): PageMeta {
  const meta = metaMap(doc);
  const ld = jsonLdArticle(doc);
  const ldDate = typeof ld?.["datePublished"] === "string" ? parseDateValue(ld["datePublished"], "json-ld") : null;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || null;
  return {
    title: stringOf(ld?.["headline"]) ?? meta.get("og:title") ?? meta.get("twitter:title") ?? null,
    published: ldDate ?? dateFromMeta(meta, doc),
    author: nameOf(ld?.["author"]) ?? meta.get("author") ?? meta.get("article:author") ?? null,
    outlet: meta.get("og:site_name") ?? nameOf(ld?.["publisher"]) ?? meta.get("application-name") ?? null,
    canonicalUrl: canonical ?? meta.get("og:url") ?? stringOf(ld?.["mainEntityOfPage"]) ?? stringOf(ld?.["url"]) ?? null,
    language:
      languageOfTag(htmlLang) ??
      languageOfTag(meta.get("og:locale")) ??
      languageOfTag(typeof ld?.["inLanguage"] === "string" ? ld["inLanguage"] : null) ??
      languageOfTag(meta.get("content-language") ?? meta.get("language")),
  };
}
