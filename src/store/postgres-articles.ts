import type { ArticleId } from "../document.js";
import type { ArticleFilter, ArticleStore, ArticleSummary, SearchHit, StoredArticle, VersionInfo } from "./store.js";
import type { PgDb } from "./postgres-db.js";
import type { PgVersionWriter } from "./postgres-layers.js";
import { foldForSearch, saveDocumentPostgres } from "./postgres-save.js";
import { PgConditions, PgParams } from "./postgres-filters.js";
import { boilerplateOf, claimOf, documentOf, EVENT_COLUMNS, eventOf, mentionOf, quantityOf, summaryOf, timeOf, versionOf } from "./sqlite-rows.js";
import { prefixEnd } from "./sql-filters.js";

/** The latest version of each article with its counts; `v` is the version, `a` the article. */
export const SUMMARY_COLUMNS = `a.id AS article_id, v.number, v.title, v.source, v.url, v.published, v.published_precision, v.published_origin,
  v.language, (SELECT count(*) FROM events e WHERE e.version_id = v.id) AS events,
  (SELECT count(*) FROM mentions m WHERE m.version_id = v.id) AS mentions`;

/** A search query that any user string makes without a syntax error: all its words, in any order. */
const ALL_WORDS = (placeholder: string): string => `plainto_tsquery('simple', ${placeholder})`;

/**
 * ts_rank with weights for D, C, B (body) and A (title). No length normalisation: with it a
 * short text matching one word outranks a long one matching all of them, unlike BM25.
 */
export const RANK = (vector: string, query: string): string => `ts_rank('{0.1, 0.2, 0.2, 1.0}', ${vector}, ${query})`;

async function readArticle(db: PgDb, id: ArticleId): Promise<StoredArticle | null> {
  const row = (await db.get("SELECT v.*, v.id AS version_id FROM articles a JOIN versions v ON v.id = a.latest_version_id WHERE a.id = $1", [id])) as
    | { version_id: number }
    | undefined;
  if (!row) return null;
  const version = versionOf(row);
  const layer = (table: string) => db.all(`SELECT * FROM ${table} WHERE version_id = $1 ORDER BY ord`, [row.version_id]);
  const [boilerplate, times, quantities, mentions, events, claims, versions] = await Promise.all([
    layer("boilerplate"), layer("times"), layer("quantities"), layer("mentions"),
    db.all(`SELECT ${EVENT_COLUMNS} WHERE e.version_id = $1 ORDER BY e.ord`, [row.version_id]),
    layer("claims"),
    db.all("SELECT number, content_hash, ingested_at FROM versions WHERE article_id = $1 ORDER BY number", [id]),
  ]);
  const document = documentOf(version, {
    boilerplate: boilerplate.map(boilerplateOf),
    times: times.map(timeOf),
    quantities: quantities.map(quantityOf),
    mentions: mentions.map(mentionOf),
    events: events.map(eventOf),
    claims: claims.map(claimOf),
  });
  const infos = (versions as { number: number; content_hash: string; ingested_at: string }[]).map(
    (v): VersionInfo => ({ version: v.number, contentHash: v.content_hash, ingestedAt: v.ingested_at }),
  );
  return { document, version: version.number, versions: infos };
}

async function listArticles(db: PgDb, filter: ArticleFilter): Promise<ArticleSummary[]> {
  const where = new PgConditions();
  if (filter.source !== undefined) where.add((p) => `lower(v.source) = lower(${p(filter.source ?? "")})`);
  if (filter.language !== undefined) where.add((p) => `v.language = ${p(filter.language ?? "")}`);
  if (filter.since !== undefined) where.since("v.published", filter.since);
  if (filter.until !== undefined) where.until("v.published", filter.until);
  const limit = where.params.add(filter.limit ?? null);
  const sql = `SELECT ${SUMMARY_COLUMNS} FROM articles a JOIN versions v ON v.id = a.latest_version_id ${where.toSql()}
    ORDER BY v.published IS NULL, v.published DESC, a.id LIMIT ${limit}`;
  return (await db.all(sql, where.params.values)).map(summaryOf);
}

async function searchArticles(db: PgDb, query: string, limit: number): Promise<SearchHit[]> {
  if (!/[\p{L}\p{N}]/u.test(query)) return [];
  const params = new PgParams();
  const q = ALL_WORDS(params.add(foldForSearch(query)));
  // ts_rank stands in for FTS5's bm25: higher is better, title words weigh more (weights D, C, B, A).
  // An excerpt cut from the middle of the text says so with "…" at its ends, as FTS5's snippet does.
  const rows = (await db.all(
    `SELECT ${SUMMARY_COLUMNS},
       CASE WHEN starts_with(v.text, hl.plain) THEN '' ELSE '…' END || hl.h || CASE WHEN right(v.text, length(hl.plain)) = hl.plain THEN '' ELSE '…' END AS snippet
     FROM versions v JOIN articles a ON a.latest_version_id = v.id
     CROSS JOIN LATERAL (SELECT h, replace(replace(h, '«', ''), '»', '') AS plain FROM
       ts_headline('simple', v.text, ${q}, 'StartSel=«, StopSel=», MaxWords=12, MinWords=6, ShortWord=0, MaxFragments=1') AS h) AS hl
     WHERE v.search @@ ${q} ORDER BY ${RANK("v.search", q)} DESC, a.id LIMIT ${params.add(limit)}`,
    params.values,
  )) as { snippet: string }[];
  return rows.map((row) => ({ article: summaryOf(row), snippet: row.snippet }));
}

/** The article half of the PostgreSQL store; `writers` save the layers of each new version. */
export function postgresArticleStore(db: PgDb, writers: readonly PgVersionWriter[]): ArticleStore {
  return {
    saveDocument: (doc) => saveDocumentPostgres(db, doc, writers),
    getArticle: (id) => readArticle(db, id),
    findArticleIds: async (prefix, limit) =>
      ((await db.all("SELECT id FROM articles WHERE id >= $1 AND id < $2 ORDER BY id LIMIT $3", [prefix, prefixEnd(prefix), limit])) as { id: string }[]).map(
        (r) => r.id as ArticleId,
      ),
    listArticles: (filter) => listArticles(db, filter),
    searchArticles: (query, limit) => searchArticles(db, query, limit),
  };
}
