import type { Result } from "../errors.js";
import { fail, ok } from "../errors.js";
import type { ArticleInput } from "../ingest/create-document.js";
import { sha256 } from "../ingest/create-document.js";
import { decodeBytes } from "../ingest/decode.js";
import type { Feed, FeedItem } from "../ingest/feeds.js";
import { isJsonFeed, parseJsonFeed, parseXmlFeed } from "../ingest/feeds.js";
import type { FetchedBody } from "../ingest/fetch-url.js";
import { articleOfFeedItem } from "../ingest/feed-article.js";

/** A feed item with the key it is remembered by once taken. */
export interface KeyedItem {
  readonly key: string;
  readonly item: FeedItem;
}

/**
 * The key an item is remembered by: its link, which is the same in every feed that carries
 * it (so a link in two feeds is taken once), else a hash of its title and text.
 */
export function itemKeyOf(item: FeedItem, feedUrl: string): string {
  if (item.url) return `link:${item.url}`;
  return `item:${sha256(`${feedUrl}\n${item.title ?? ""}\n${item.body ?? item.summary ?? ""}`).slice(0, 32)}`;
}

/** Reads the bytes of an RSS, Atom or JSON feed into its items, each with its key. */
export function parseFeedBytes(bytes: Buffer, contentType: string | null, feedUrl: string): Result<{ feed: Feed; items: KeyedItem[] }> {
  const decoded = decodeBytes(bytes, feedUrl, contentType);
  if (!decoded.ok) return decoded;
  const text = decoded.value.text.trimStart();
  let feed: Result<Feed>;
  if (text.startsWith("{")) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return fail({ code: "feed-invalid", input: feedUrl, detail: (error as Error).message });
    }
    feed = isJsonFeed(value) ? parseJsonFeed(value, feedUrl) : fail({ code: "feed-invalid", input: feedUrl, detail: "JSON without items" });
  } else {
    feed = parseXmlFeed(text, feedUrl);
  }
  if (!feed.ok) return feed;
  return ok({ feed: feed.value, items: feed.value.items.map((item) => ({ key: itemKeyOf(item, feedUrl), item })) });
}

/**
 * An item as an article, as `attache ingest` reads it: its own full text, else its linked
 * page (through `fetchPage`, which keeps to the host's manners), else its summary.
 */
export function articleOfItem(
  item: FeedItem,
  feed: Feed,
  where: string,
  fetchPage: (url: string) => Promise<Result<FetchedBody>>,
): Promise<Result<ArticleInput>> {
  return articleOfFeedItem(item, feed, where, null, fetchPage);
}
