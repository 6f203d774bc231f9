import type { ArticleId } from "../document.js";
import type { StoryCandidate, StoryEntry, StoryEventRow } from "./store.js";

/** Database rows of the story tables and their typed records; both stores read the same columns. */

/** Undated articles sort after every day when the earliest member of a story is picked. */
export const dayKeyOf = (day: string | null): string => day ?? "9999-99-99";

export interface EntryRow {
  article_id: string;
  story_id: string;
  profile: string;
}
export const entryOf = (r: EntryRow): StoryEntry => ({ articleId: r.article_id as ArticleId, story: r.story_id, profile: r.profile });

export interface CandidateRow {
  article_id: string;
  story_id: string;
  version_id: number | string;
}
/** A posting of a lookup: an article filed under a bucket (`key_count` null) or under a key, with its number of keys. */
export interface PostingRow {
  article_id: string;
  key_count: number | null;
}

/** Orders text as SQL's binary collation does (by code point, as UTF-8 bytes do), not by UTF-16 code unit. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(j)!;
    if (ca !== cb) return ca - cb;
    i += ca > 0xffff ? 2 : 1;
    j += cb > 0xffff ? 2 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/**
 * The articles a lookup's postings bring in, as `storyCandidates` says: every article in a
 * shared bucket, and of those sharing enough keys (`minShared`, or all of an article's own
 * when it has fewer) the `limit` sharing most (then by id).
 */
export function candidateIdsOf(postings: readonly PostingRow[], minShared: number, limit: number): string[] {
  const ids = new Set<string>();
  const shared = new Map<string, { count: number; keys: number }>();
  for (const p of postings) {
    if (p.key_count === null) {
      ids.add(p.article_id);
      continue;
    }
    const entry = shared.get(p.article_id);
    if (entry === undefined) shared.set(p.article_id, { count: 1, keys: p.key_count });
    else {
      entry.count += 1;
      entry.keys = Math.max(entry.keys, p.key_count);
    }
  }
  const byKeys = [...shared].filter(([, s]) => s.count >= Math.min(minShared, s.keys));
  byKeys.sort(([a, sa], [b, sb]) => sb.count - sa.count || compareText(a, b));
  for (const [id] of byKeys.slice(0, limit)) ids.add(id);
  return [...ids];
}

// PostgreSQL may hand a bigint back as a string.
export const candidateOf = (r: CandidateRow): StoryCandidate => ({ articleId: r.article_id as ArticleId, story: r.story_id, versionId: Number(r.version_id) });

export const EVENT_ROW = `e.event_id, a.id AS article_id, s.story_id, e.source, e.target, e.root, e.cameo, e.date, e.date_precision, c.canonical_id
  FROM events e JOIN articles a ON a.latest_version_id = e.version_id JOIN story_articles s ON s.article_id = a.id
  LEFT JOIN event_canonical c ON c.event_id = e.event_id`;

export interface EventRow {
  event_id: string; article_id: string; story_id: string; source: string | null; target: string | null;
  root: string; cameo: string; date: string | null; date_precision: string; canonical_id: string | null;
}
export const eventRowOf = (r: EventRow): StoryEventRow => ({
  eventId: r.event_id, articleId: r.article_id as ArticleId, story: r.story_id, source: r.source, target: r.target,
  root: r.root, cameo: r.cameo, date: r.date, datePrecision: r.date_precision, canonical: r.canonical_id,
});
