import type { ArticleId } from "../document.js";
import type { ArticleSummary, CanonicalCount, StoryPlacement, StoryStore, StorySummary, TightEventKey } from "./store.js";
import type { PgDb } from "./postgres-db.js";
import { refreshCanonical } from "./postgres-canonical.js";
import { summaryOf } from "./sqlite-rows.js";
import { candidateOf, dayKeyOf, entryOf, EVENT_ROW, eventRowOf } from "./story-rows.js";
import type { CandidateRow, EntryRow, EventRow } from "./story-rows.js";
import { RANK, SUMMARY_COLUMNS } from "./postgres-articles.js";
import { foldForSearch } from "./postgres-save.js";
import { PgParams } from "./postgres-filters.js";

// Any number, apart from the migrations' lock: the lock story work takes.
const STORY_LOCK = 4_711_008;



async function storySummary(db: PgDb, id: string): Promise<StorySummary | null> {
  const row = (await db.get(
    `SELECT count(*) AS n, min(s.day) AS day, min(a.first_seen) AS first_seen,
       array(SELECT DISTINCT source FROM story_articles WHERE story_id = $1 AND source IS NOT NULL ORDER BY source) AS sources
     FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = $1`,
    [id],
  )) as { n: number; day: string | null; first_seen: string | null; sources: string[] };
  if (row.n === 0) return null;
  const representative = await db.get(
    `SELECT ${SUMMARY_COLUMNS} FROM story_articles s JOIN articles a ON a.id = s.article_id JOIN versions v ON v.id = a.latest_version_id
     WHERE s.story_id = $1 ORDER BY s.day_key, s.article_id LIMIT 1`,
    [id],
  );
  return {
    id,
    firstSeen: row.day ?? row.first_seen,
    articles: row.n,
    sources: row.sources,
    representative: representative === undefined ? null : summaryOf(representative),
  };
}

/** The PostgreSQL implementation of the story tables; lists travel as one array parameter. */
export function postgresStoryStore(db: PgDb): StoryStore {
  return {
    inStoryTransaction: (work) =>
      db.transaction(async () => {
        // Story work reads candidates, then writes: two workers doing it at once could each start a
        // story for the same happening. They take turns, as SQLite's writers do (BEGIN IMMEDIATE).
        await db.run("SELECT pg_advisory_xact_lock($1)", [STORY_LOCK]);
        return work();
      }),

    async storyCandidates(buckets, keys, minShared, ownKeys, limit) {
      // Every posting of an article carries its key count: the rule needs no lookup per article.
      const rows = (await db.all(
        `SELECT s.article_id, s.story_id, a.latest_version_id AS version_id FROM story_articles s JOIN articles a ON a.id = s.article_id
         WHERE s.article_id IN (
           SELECT article_id FROM story_buckets WHERE bucket = ANY($1::text[])
           UNION
           SELECT article_id FROM (
             SELECT k.article_id, count(*) AS shared FROM story_keys k WHERE k.key = ANY($2::text[])
             GROUP BY k.article_id
             HAVING count(*) >= least($3::int, $4::int, max(k.key_count))
             ORDER BY shared DESC, k.article_id LIMIT $5) shared_keys)
         ORDER BY s.article_id`,
        [buckets, keys, minShared, ownKeys, limit],
      )) as CandidateRow[];
      return rows.map(candidateOf);
    },

    async earliestOfStories(stories) {
      const rows = (await db.all(
        `SELECT first.article_id, first.day FROM unnest($1::text[]) WITH ORDINALITY AS j(story, n)
         CROSS JOIN LATERAL (SELECT article_id, day FROM story_articles s WHERE s.story_id = j.story ORDER BY day_key, article_id LIMIT 1) AS first
         ORDER BY j.n`,
        [stories],
      )) as { article_id: string; day: string | null }[];
      return rows.map((r) => ({ articleId: r.article_id as ArticleId, day: r.day }));
    },

    async placeInStory(p: StoryPlacement) {
      await db.transaction(async () => {
        await db.run(
          `INSERT INTO story_articles (article_id, story_id, day, day_key, source, profile) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, day = excluded.day, day_key = excluded.day_key,
             source = excluded.source, profile = excluded.profile`,
          [p.articleId, p.story, p.day, dayKeyOf(p.day), p.source, p.profile],
        );
        await db.run("DELETE FROM story_buckets WHERE article_id = $1", [p.articleId]);
        await db.run("DELETE FROM story_keys WHERE article_id = $1", [p.articleId]);
        await db.run("INSERT INTO story_buckets (bucket, article_id) SELECT DISTINCT b, $1 FROM unnest($2::text[]) AS b ON CONFLICT DO NOTHING", [p.articleId, p.buckets]);
        await db.run("INSERT INTO story_keys (key, article_id, key_count) SELECT DISTINCT k, $1, $3::int FROM unnest($2::text[]) AS k ON CONFLICT DO NOTHING", [p.articleId, p.keys, p.keys.length]);
      });
    },

    async moveStories(from, to) {
      await db.run("UPDATE story_articles SET story_id = $1 WHERE story_id = ANY($2::text[])", [to, from]);
    },

    async storyEntryOf(articleId) {
      const row = (await db.get("SELECT article_id, story_id, profile FROM story_articles WHERE article_id = $1", [articleId])) as EntryRow | undefined;
      return row === undefined ? null : entryOf(row);
    },

    async storyEntries(articleIds) {
      const rows = (await db.all(
        "SELECT article_id, story_id, profile FROM story_articles WHERE article_id = ANY($1::text[]) ORDER BY article_id",
        [articleIds],
      )) as EntryRow[];
      return rows.map(entryOf);
    },

    getStory: (id) => storySummary(db, id),

    async listStories(limit) {
      const ids = (await db.all(
        "SELECT story_id FROM story_articles GROUP BY story_id ORDER BY count(*) DESC, max(day_key) DESC, story_id LIMIT $1",
        [limit],
      )) as { story_id: string }[];
      const summaries = await Promise.all(ids.map((r) => storySummary(db, r.story_id)));
      return summaries.flatMap((s) => s ?? []);
    },

    async storyArticles(id, limit): Promise<ArticleSummary[]> {
      const rows = await db.all(
        `SELECT ${SUMMARY_COLUMNS} FROM story_articles s JOIN articles a ON a.id = s.article_id JOIN versions v ON v.id = a.latest_version_id
         WHERE s.story_id = $1 ORDER BY s.day_key, s.article_id LIMIT $2`,
        [id, limit],
      );
      return rows.map(summaryOf);
    },

    async storyEvents(story) {
      return ((await db.all(`SELECT ${EVENT_ROW} WHERE s.story_id = $1 ORDER BY e.event_id`, [story])) as EventRow[]).map(eventRowOf);
    },

    async eventsMatching(keys: readonly TightEventKey[]) {
      if (keys.length === 0) return [];
      // All keys in one query; ordered by key, then event id, as one query per key would give them.
      const rows = (await db.all(
        `SELECT ${EVENT_ROW}
         JOIN unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS k(cameo, date, source, target, n)
           ON e.cameo = k.cameo AND e.date = k.date AND e.source = k.source AND e.target = k.target
         ORDER BY k.n, e.event_id`,
        [keys.map((k) => k.cameo), keys.map((k) => k.date), keys.map((k) => k.source), keys.map((k) => k.target)],
      )) as EventRow[];
      return rows.map(eventRowOf);
    },

    async setCanonicalEvents(assignments, merged) {
      await db.transaction(async () => {
        const touched = new Set<string>();
        for (const [from, to] of merged) {
          await db.run("UPDATE event_canonical SET canonical_id = $1 WHERE canonical_id = $2", [to, from]);
          touched.add(from).add(to);
        }
        // Only what changes is written, and only the canonical events it changes choose their representative again.
        const current = (await db.all("SELECT event_id, canonical_id FROM event_canonical WHERE event_id = ANY($1::text[])", [[...assignments.keys()]])) as {
          event_id: string; canonical_id: string;
        }[];
        const before = new Map(current.map((r) => [r.event_id, r.canonical_id]));
        const changed = [...assignments].filter(([eventId, canonical]) => before.get(eventId) !== canonical);
        for (const [eventId, canonical] of changed) {
          const was = before.get(eventId);
          if (was !== undefined) touched.add(was);
          touched.add(canonical);
        }
        if (changed.length > 0) {
          await db.run(
            `INSERT INTO event_canonical (event_id, canonical_id) SELECT * FROM unnest($1::text[], $2::text[])
             ON CONFLICT (event_id) DO UPDATE SET canonical_id = excluded.canonical_id`,
            [changed.map(([eventId]) => eventId), changed.map(([, canonical]) => canonical)],
          );
        }
        await refreshCanonical(db, [...touched]);
      });
    },

    async canonicalCounts(eventIds) {
      const rows = (await db.all(
        `SELECT ce.canonical_id, ce.mentions, ce.sources FROM canonical_events ce
         WHERE ce.canonical_id IN (SELECT canonical_id FROM event_canonical WHERE event_id = ANY($1::text[]))`,
        [eventIds],
      )) as { canonical_id: string; mentions: number; sources: number }[];
      const counts = new Map<string, CanonicalCount>();
      for (const r of rows) counts.set(r.canonical_id, { canonical: r.canonical_id, mentions: r.mentions, sources: r.sources });
      return counts;
    },

    async articlesMatchingAny(words, except, limit) {
      const usable = words.filter((w) => /[\p{L}\p{N}]/u.test(w));
      if (usable.length === 0) return [];
      const params = new PgParams();
      // Any of the words: each word's own query, joined with OR (||), so no user text is parsed as query syntax.
      const query = usable.map((w) => `plainto_tsquery('simple', ${params.add(foldForSearch(w))})`).join(" || ");
      const rows = (await db.all(
        `SELECT a.id AS article_id, ${RANK("v.search", "q")} AS score
         FROM versions v JOIN articles a ON a.latest_version_id = v.id CROSS JOIN (SELECT ${query} AS q) AS words
         WHERE v.search @@ q AND a.id <> ${params.add(except)} ORDER BY score DESC, a.id LIMIT ${params.add(limit)}`,
        params.values,
      )) as { article_id: string; score: number }[];
      // ts_rank is higher for better matches already: the positive relevance callers expect.
      return rows.map((r) => ({ articleId: r.article_id as ArticleId, bm25: r.score }));
    },
  };
}
