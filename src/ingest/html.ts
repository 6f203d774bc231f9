import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { PublishedDate } from "../document.js";
import type { Result } from "../errors.js";
import { fail, ok } from "../errors.js";
import type { ArticleInput } from "./create-document.js";
import { readDateline } from "./dateline.js";
import { parseDateValue } from "./dates.js";
import { blockTextOf } from "./html-text.js";
import { readPageMeta } from "./html-meta.js";

/** What is known of a page besides its markup. */
export interface HtmlContext {
  /** Where the page was fetched from (after redirects), if it was. */
  readonly url?: string | null | undefined;
  /** The publication date to assume when the page gives none (`--date`). */
  readonly fallbackDate?: PublishedDate | null | undefined;
  /** The Last-Modified header of a fetched page: a weak date, used after the page's own. */
  readonly lastModified?: string | null | undefined;
}

// Fewer characters than this after extraction means the page had no article, only chrome.
const MIN_ARTICLE_CHARS = 80;

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

function absoluteUrl(href: string | null, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/**
 * The body without a first line that repeats the title. Readability drops such a heading
 * itself, but its comparison only sees Latin letters, so Cyrillic or Greek titles stay.
 */
function withoutLeadingTitle(body: string, title: string | null): string {
  const newline = body.indexOf("\n");
  if (!title || newline < 0 || body.slice(0, newline).trim() !== title.trim()) return body;
  return body.slice(newline + 1);
}

/** The text of a piece of HTML that is all article (a feed item's content), one line per block. */
export function htmlFragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body ? blockTextOf(document.body as never) : "";
}

/**
 * Reads an HTML page: the body by Readability (one line per paragraph, heading or list item),
 * and title, date, author, outlet, canonical URL and language from meta tags, OpenGraph and
 * JSON-LD. The date comes from JSON-LD, then meta tags, then a dateline, then Last-Modified,
 * then `fallbackDate`.
 */
export function parseHtml(html: string, origin: string, context: HtmlContext = {}): Result<ArticleInput> {
  const { document } = parseHTML(html);
  const htmlLang = document.documentElement?.getAttribute("lang") ?? null;
  // Metadata first: Readability removes the scripts that hold JSON-LD. linkedom's types are
  // not the DOM's, though its objects behave alike, hence the casts here and below.
  const meta = readPageMeta(document as never, htmlLang);
  const pageTitle = document.querySelector("title")?.textContent?.trim() || null;
  let article: ReturnType<Readability<string>["parse"]>;
  try {
    article = new Readability<string>(document as never, { serializer: (node) => blockTextOf(node as never) }).parse();
  } catch (error) {
    return fail({ code: "html-no-article", input: origin, detail: (error as Error).message });
  }
  const title = meta.title ?? article?.title ?? pageTitle;
  const text = withoutLeadingTitle(article?.content ?? "", title);
  if (text.length < MIN_ARTICLE_CHARS) return fail({ code: "html-no-article", input: origin, detail: `${text.length} characters of text` });

  const url = absoluteUrl(meta.canonicalUrl, context.url) ?? context.url ?? null;
  const dateline = readDateline(text, context.fallbackDate ?? null);
  const httpDate = context.lastModified ? parseDateValue(context.lastModified, "http") : null;
  return ok({
    text,
    format: "html",
    origin,
    title,
    url,
    author: meta.author ?? article?.byline ?? null,
    source: meta.outlet ?? article?.siteName ?? dateline?.source ?? hostOf(url),
    published: meta.published ?? dateline?.published ?? httpDate ?? context.fallbackDate ?? null,
    language: meta.language ?? undefined,
  });
}
