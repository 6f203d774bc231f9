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
