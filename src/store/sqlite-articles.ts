import type { ArticleId } from "../document.js";
import type { ArticleFilter, ArticleStore, ArticleSummary, SearchHit, StoredArticle, VersionInfo } from "./store.js";
import type { SqliteDb } from "./sqlite-db.js";
import type { VersionWriter } from "./sqlite-layers.js";
import { saveDocumentSqlite } from "./sqlite-save.js";
import { boilerplateOf, claimOf, documentOf, EVENT_COLUMNS, eventOf, mentionOf, quantityOf, summaryOf, timeOf, versionOf } from "./sqlite-rows.js";
import { Conditions, ftsQueryOf, prefixEnd } from "./sql-filters.js";

/** The latest version of each article with its counts; `v` is the version, `a` the article. */
const SUMMARY_COLUMNS = `a.id AS article_id, v.number, v.title, v.source, v.url, v.published, v.published_precision, v.published_origin,
  v.language, (SELECT count(*) FROM events e WHERE e.version_id = v.id) AS events,
  (SELECT count(*) FROM mentions m WHERE m.version_id = v.id) AS mentions`;

function readArticle(db: SqliteDb, id: ArticleId): StoredArticle | null {
  const row = db.get("SELECT v.*, v.id AS version_id FROM articles a JOIN versions v ON v.id = a.latest_version_id WHERE a.id = ?", [id]) as
    | { version_id: number }
    | undefined;
  if (!row) return null;
  const version = versionOf(row);
  const layer = (table: string) => db.all(`SELECT * FROM ${table} WHERE version_id = ? ORDER BY ord`, [row.version_id]);
  const events = db.all(`SELECT ${EVENT_COLUMNS} WHERE e.version_id = ? ORDER BY e.ord`, [row.version_id]).map(eventOf);
  const document = documentOf(version, {
    boilerplate: layer("boilerplate").map(boilerplateOf),
    times: layer("times").map(timeOf),
    quantities: layer("quantities").map(quantityOf),
    mentions: layer("mentions").map(mentionOf),
    events,
    claims: layer("claims").map(claimOf),
  });
  const versions = (db.all("SELECT number, content_hash, ingested_at FROM versions WHERE article_id = ? ORDER BY number", [id]) as {
    number: number; content_hash: string; ingested_at: string;
  }[]).map((v): VersionInfo => ({ version: v.number, contentHash: v.content_hash, ingestedAt: v.ingested_at }));
  return { document, version: version.number, versions };
}

function listArticles(db: SqliteDb, filter: ArticleFilter): ArticleSummary[] {
  const where = new Conditions();
  if (filter.source !== undefined) where.add("v.source = ? COLLATE NOCASE", filter.source);
  if (filter.language !== undefined) where.add("v.language = ?", filter.language);
  if (filter.since !== undefined) where.since("v.published", filter.since);
  if (filter.until !== undefined) where.until("v.published", filter.until);
  const sql = `SELECT ${SUMMARY_COLUMNS} FROM articles a JOIN versions v ON v.id = a.latest_version_id ${where.toSql()} ORDER BY v.published IS NULL, v.published DESC, a.id LIMIT ?`;
  return db.all(sql, [...where.params, filter.limit ?? -1]).map(summaryOf);
}

function searchArticles(db: SqliteDb, query: string, limit: number): SearchHit[] {
  const match = ftsQueryOf(query);
  if (match === null) return [];
  const rows = db.all(
    `SELECT ${SUMMARY_COLUMNS}, snippet(articles_fts, -1, '«', '»', '…', 12) AS snippet
     FROM articles_fts JOIN versions v ON v.id = articles_fts.rowid JOIN articles a ON a.latest_version_id = v.id
     WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0), a.id LIMIT ?`,
    [match, limit],
  ) as { snippet: string }[];
  return rows.map((row) => ({ article: summaryOf(row), snippet: row.snippet }));
}

/** The article half of the SQLite store; `writers` save the layers of each new version. */
export function sqliteArticleStore(db: SqliteDb, writers: readonly VersionWriter[]): ArticleStore {
  return {
    saveDocument: async (doc) => saveDocumentSqlite(db, doc, writers),
    getArticle: async (id) => readArticle(db, id),
    findArticleIds: async (prefix, limit) =>
      (db.all("SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT ?", [prefix, prefixEnd(prefix), limit]) as { id: string }[]).map(
        (r) => r.id as ArticleId,
      ),
    listArticles: async (filter) => listArticles(db, filter),
    searchArticles: async (query, limit) => searchArticles(db, query, limit),
  };
}
