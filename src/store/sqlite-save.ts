import type { Document } from "../document.js";
import type { SaveOutcome } from "./store.js";
import type { SqliteDb } from "./sqlite-db.js";
import type { SavedVersion, VersionWriter } from "./sqlite-layers.js";
import { replaceVersionEvents } from "./sqlite-canonical.js";

const spansJson = (spans: readonly { start: number; end: number }[] | undefined): string => JSON.stringify((spans ?? []).map((s) => [s.start, s.end]));

function insertVersion(db: SqliteDb, doc: Document, number: number): number {
  const { meta } = doc;
  const result = db.run(
    `INSERT INTO versions (article_id, number, content_hash, title, source, url, author, published, published_precision, published_origin,
       language, format, origin, text, paragraphs, sentences, messages, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      meta.id, number, meta.contentHash, meta.title, meta.source, meta.url, meta.author,
      meta.published?.value ?? null, meta.published?.precision ?? null, meta.published?.origin ?? null,
      meta.language, meta.format, meta.origin, doc.text,
      spansJson(doc.layers.paragraphs), spansJson(doc.layers.sentences), JSON.stringify(doc.messages), new Date().toISOString(),
    ],
  );
  return Number(result.lastInsertRowid);
}

/**
 * Saves a document in one transaction: the article row, a version row, the full-text entry
 * (the previous version's entry leaves the index), then every layer through `writers`, and
 * the representatives of canonical events and the counts the timeline reads (the previous
 * version's events leave them).
 * A content hash this article already has makes it a no-op, so a re-run after a crash
 * writes nothing twice.
 */
export function saveDocumentSqlite(db: SqliteDb, doc: Document, writers: readonly VersionWriter[]): SaveOutcome {
  const articleId = doc.meta.id;
  return db.transaction((): SaveOutcome => {
    const known = db.get("SELECT number FROM versions WHERE article_id = ? AND content_hash = ?", [articleId, doc.meta.contentHash]) as { number: number } | undefined;
    if (known) return { status: "unchanged", articleId, version: known.number };

    const article = db.get(
      "SELECT latest_version_id AS latest, (SELECT max(number) FROM versions WHERE article_id = articles.id) AS last FROM articles WHERE id = ?",
      [articleId],
    ) as { latest: number | null; last: number | null } | undefined;
    if (!article) db.run("INSERT INTO articles (id, first_seen) VALUES (?, ?)", [articleId, new Date().toISOString()]);
    const number = (article?.last ?? 0) + 1;
    const versionId = insertVersion(db, doc, number);

    if (article?.latest != null) {
      db.run("INSERT INTO articles_fts (articles_fts, rowid, title, text) SELECT 'delete', id, title, text FROM versions WHERE id = ?", [article.latest]);
    }
    db.run("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)", [versionId, doc.meta.title, doc.text]);
    db.run("UPDATE articles SET latest_version_id = ? WHERE id = ?", [versionId, articleId]);

    const saved: SavedVersion = { articleId, versionId, number };
    for (const write of writers) write(db, saved, doc);
    replaceVersionEvents(db, versionId, doc.layers.events?.length ?? 0, article?.latest ?? null);
    return { status: article ? "version" : "new", articleId, version: number };
  });
}
