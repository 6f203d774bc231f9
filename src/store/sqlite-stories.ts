import type { ArticleId } from "../document.js";
import type { ArticleSummary, CanonicalCount, StoryEventRow, StoryPlacement, StoryStore, StorySummary, TightEventKey } from "./store.js";
import type { SqliteDb } from "./sqlite-db.js";
import { refreshCanonical } from "./sqlite-canonical.js";
import { summaryOf } from "./sqlite-rows.js";
import { candidateIdsOf, candidateOf, compareText, dayKeyOf, entryOf, EVENT_ROW, eventRowOf } from "./story-rows.js";
import type { CandidateRow, EntryRow, EventRow, PostingRow } from "./story-rows.js";

// Lists are bound as one JSON parameter and read with json_each: values never enter SQL text.
const list = (values: readonly string[]): string => JSON.stringify(values);

const ARTICLE_SUMMARY = `a.id AS article_id, v.number, v.title, v.source, v.url, v.published, v.published_precision, v.published_origin,
  v.language, (SELECT count(*) FROM events e WHERE e.version_id = v.id) AS events,
  (SELECT count(*) FROM mentions m WHERE m.version_id = v.id) AS mentions`;

function storySummary(db: SqliteDb, id: string): StorySummary | null {
  const row = db.get(
    `SELECT count(*) AS n, min(s.day) AS day, min(a.first_seen) AS first_seen,
       (SELECT json_group_array(src) FROM (SELECT DISTINCT source AS src FROM story_articles WHERE story_id = ? AND source IS NOT NULL ORDER BY source)) AS sources
     FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ?`,
    [id, id],
  ) as { n: number; day: string | null; first_seen: string | null; sources: string };
  if (row.n === 0) return null;
  const representative = db.get(
    `SELECT ${ARTICLE_SUMMARY} FROM story_articles s JOIN articles a ON a.id = s.article_id JOIN versions v ON v.id = a.latest_version_id
     WHERE s.story_id = ? ORDER BY s.day_key, s.article_id LIMIT 1`,
    [id],
  );
  return {
    id,
    firstSeen: row.day ?? row.first_seen,
    articles: row.n,
    sources: JSON.parse(row.sources) as string[],
    representative: representative === undefined ? null : summaryOf(representative),
  };
}

/** The SQLite implementation of the story tables. */
export function sqliteStoryStore(db: SqliteDb): StoryStore {
  return {
    async inStoryTransaction<T>(work: () => Promise<T>): Promise<T> {
      // Already inside one (a caller's save): the outer transaction decides.
      return db.writeTransaction(work);
    },

    async storyCandidates(buckets, keys, minShared, ownKeys, limit) {
      // The postings are read as they are and counted here: grouping, ordering and uniting them
      // in SQL built temporary b-trees for each lookup, which cost more than reading the postings.
      // A key given twice would count twice, so each is asked once.
      const postings = db.all(
        `SELECT b.article_id, NULL AS key_count FROM json_each(?) j JOIN story_buckets b ON b.bucket = j.value
         UNION ALL
         SELECT k.article_id, k.key_count FROM json_each(?) j JOIN story_keys k ON k.key = j.value`,
        [list(buckets), list([...new Set(keys)])],
      ) as PostingRow[];
      const ids = candidateIdsOf(postings, Math.min(minShared, ownKeys), limit);
      if (ids.length === 0) return [];
      const rows = db.all(
        `SELECT s.article_id, s.story_id, a.latest_version_id AS version_id
         FROM json_each(?) j JOIN story_articles s ON s.article_id = j.value JOIN articles a ON a.id = s.article_id`,
        [list(ids)],
      ) as CandidateRow[];
      return rows.sort((a, b) => compareText(a.article_id, b.article_id)).map(candidateOf);
    },

    async earliestOfStories(stories) {
      const rows = db.all(
        `SELECT (SELECT article_id || char(9) || coalesce(day, '') FROM story_articles s WHERE s.story_id = j.value ORDER BY day_key, article_id LIMIT 1) AS first
         FROM json_each(?) j`,
        [list(stories)],
      ) as { first: string | null }[];
      return rows.flatMap((r) => {
        if (r.first === null) return [];
        const [articleId = "", day = ""] = r.first.split("\t");
        return [{ articleId: articleId as ArticleId, day: day === "" ? null : day }];
      });
    },

    async placeInStory(p: StoryPlacement) {
      db.run(
        `INSERT INTO story_articles (article_id, story_id, day, day_key, source, profile) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, day = excluded.day, day_key = excluded.day_key,
           source = excluded.source, profile = excluded.profile`,
        [p.articleId, p.story, p.day, dayKeyOf(p.day), p.source, p.profile],
      );
      db.run("DELETE FROM story_buckets WHERE article_id = ?", [p.articleId]);
      db.run("DELETE FROM story_keys WHERE article_id = ?", [p.articleId]);
      db.run("INSERT OR IGNORE INTO story_buckets (bucket, article_id) SELECT value, ? FROM json_each(?)", [p.articleId, list(p.buckets)]);
      db.run("INSERT OR IGNORE INTO story_keys (key, article_id, key_count) SELECT value, ?, ? FROM json_each(?)", [p.articleId, p.keys.length, list(p.keys)]);
    },

    async moveStories(from, to) {
      db.run("UPDATE story_articles SET story_id = ? WHERE story_id IN (SELECT value FROM json_each(?))", [to, list(from)]);
    },

    async storyEntryOf(articleId) {
      const row = db.get("SELECT article_id, story_id, profile FROM story_articles WHERE article_id = ?", [articleId]) as EntryRow | undefined;
      return row === undefined ? null : entryOf(row);
    },

    async storyEntries(articleIds) {
      const rows = db.all(
        "SELECT article_id, story_id, profile FROM story_articles WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id",
        [list(articleIds)],
      ) as EntryRow[];
      return rows.map(entryOf);
    },

    async getStory(id) {
      return storySummary(db, id);
    },

    async listStories(limit) {
      const ids = db.all(
        "SELECT story_id FROM story_articles GROUP BY story_id ORDER BY count(*) DESC, max(day_key) DESC, story_id LIMIT ?",
        [limit],
      ) as { story_id: string }[];
      return ids.flatMap((r) => storySummary(db, r.story_id) ?? []);
    },

    async storyArticles(id, limit): Promise<ArticleSummary[]> {
      return db
        .all(
          `SELECT ${ARTICLE_SUMMARY} FROM story_articles s JOIN articles a ON a.id = s.article_id JOIN versions v ON v.id = a.latest_version_id
           WHERE s.story_id = ? ORDER BY s.day_key, s.article_id LIMIT ?`,
          [id, limit],
        )
        .map(summaryOf);
    },

    async storyEvents(story) {
      return (db.all(`SELECT ${EVENT_ROW} WHERE s.story_id = ? ORDER BY e.event_id`, [story]) as EventRow[]).map(eventRowOf);
    },

    async eventsMatching(keys: readonly TightEventKey[]) {
      const rows: StoryEventRow[] = [];
      for (const k of keys) {
        const found = db.all(`SELECT ${EVENT_ROW} WHERE e.cameo = ? AND e.date = ? AND e.source = ? AND e.target = ? ORDER BY e.event_id`, [
          k.cameo, k.date, k.source, k.target,
        ]) as EventRow[];
        rows.push(...found.map(eventRowOf));
      }
      return rows;
    },

    async setCanonicalEvents(assignments, merged) {
      const touched = new Set<string>();
      for (const [from, to] of merged) {
        db.run("UPDATE event_canonical SET canonical_id = ? WHERE canonical_id = ?", [to, from]);
        touched.add(from).add(to);
      }
      // Only what changes is written, and only the canonical events it changes choose their representative again.
      const current = db.all("SELECT event_id, canonical_id FROM event_canonical WHERE event_id IN (SELECT value FROM json_each(?))", [
        list([...assignments.keys()]),
      ]) as { event_id: string; canonical_id: string }[];
      const before = new Map(current.map((r) => [r.event_id, r.canonical_id]));
      for (const [eventId, canonical] of assignments) {
        const was = before.get(eventId);
        if (was === canonical) continue;
        if (was !== undefined) touched.add(was);
        touched.add(canonical);
        db.run(
          "INSERT INTO event_canonical (event_id, canonical_id) VALUES (?, ?) ON CONFLICT (event_id) DO UPDATE SET canonical_id = excluded.canonical_id",
          [eventId, canonical],
        );
      }
      refreshCanonical(db, [...touched]);
    },

    async canonicalCounts(eventIds) {
      const rows = db.all(
        `SELECT ce.canonical_id, ce.mentions, ce.sources FROM canonical_events ce
         WHERE ce.canonical_id IN (SELECT canonical_id FROM event_canonical WHERE event_id IN (SELECT value FROM json_each(?)))`,
        [list(eventIds)],
      ) as { canonical_id: string; mentions: number; sources: number }[];
      const counts = new Map<string, CanonicalCount>();
      for (const r of rows) counts.set(r.canonical_id, { canonical: r.canonical_id, mentions: r.mentions, sources: r.sources });
      return counts;
    },

    async articlesMatchingAny(words, except, limit) {
      const terms = words.filter((w) => /[\p{L}\p{N}]/u.test(w)).map((w) => `"${w.replace(/"/g, '""')}"`);
      if (terms.length === 0) return [];
      const rows = db.all(
        `SELECT a.id AS article_id, bm25(articles_fts, 2.0, 1.0) AS score
         FROM articles_fts JOIN versions v ON v.id = articles_fts.rowid JOIN articles a ON a.latest_version_id = v.id
         WHERE articles_fts MATCH ? AND a.id <> ? ORDER BY score, a.id LIMIT ?`,
        [terms.join(" OR "), except, limit],
      ) as { article_id: string; score: number }[];
      // bm25() is smaller for better matches; turn it into a positive relevance.
      return rows.map((r) => ({ articleId: r.article_id as ArticleId, bm25: -r.score }));
    },
  };
}
