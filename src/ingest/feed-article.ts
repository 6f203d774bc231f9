import type { PublishedDate } from "../document.js";
import type { Result } from "../errors.js";
import { fail, ok } from "../errors.js";
import type { ArticleInput } from "./create-document.js";
import { decodeBytes } from "./decode.js";
import type { Feed, FeedItem } from "./feeds.js";
import type { FetchedBody } from "./fetch-url.js";
import { htmlFragmentText, parseHtml } from "./html.js";

/** A fetched page read as HTML, for URLs and for feed items that only link to their article. */
export function readFetchedPage(body: FetchedBody, origin: string, fallbackDate: PublishedDate | null): Result<ArticleInput> {
  const decoded = decodeBytes(body.bytes, origin, body.contentType);
  if (!decoded.ok) return decoded;
  return parseHtml(decoded.value.text, origin, { url: body.url, fallbackDate, lastModified: body.lastModified });
}

/**
 * A feed item as an article: its own full text, else its linked page (fetched with
 * `fetchPage`; null when links are not to be followed), else its summary. `ingest` and the
 * feed watcher both read items this way.
 */
export async function articleOfFeedItem(
  item: FeedItem,
  feed: Feed,
  where: string,
  fallbackDate: PublishedDate | null,
  fetchPage: ((url: string) => Promise<Result<FetchedBody>>) | null,
): Promise<Result<ArticleInput>> {
  const published = item.published ?? fallbackDate;
  const known = {
    format: feed.format, origin: where, title: item.title, url: item.url, author: item.author,
    source: feed.title, published, language: feed.language ?? undefined,
  };
  if (item.body) {
    const text = /<[a-z][^>]*>/i.test(item.body) ? htmlFragmentText(item.body) : item.body;
    return text.trim() ? ok({ ...known, text }) : fail({ code: "input-empty", input: where });
  }
  if (item.url && fetchPage) {
    const fetched = await fetchPage(item.url);
    const page = fetched.ok ? readFetchedPage(fetched.value, item.url, published) : fetched;
    if (!page.ok) return page;
    return ok({
      ...page.value,
      format: feed.format,
      origin: where,
      title: item.title ?? page.value.title,
      author: item.author ?? page.value.author ?? null,
      source: page.value.source ?? feed.title,
      published: item.published ?? page.value.published,
      language: page.value.language ?? feed.language ?? undefined,
    });
  }
  if (item.summary) return ok({ ...known, text: htmlFragmentText(item.summary) });
  return fail({ code: "feed-invalid", input: where, detail: "an item with neither text nor link" });
}
