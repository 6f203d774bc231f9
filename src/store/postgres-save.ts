import type { Document } from "../document.js";
import type { SaveOutcome } from "./store.js";
import type { PgDb } from "./postgres-db.js";
import type { PgVersionWriter } from "./postgres-layers.js";
import type { SavedVersion } from "./sqlite-layers.js";
import { replaceVersionEvents } from "./postgres-canonical.js";

/**
 * Title above body: a word in the title ranks an article higher (as SQLite's bm25 weights 5:1).
 * Placeholders 19 and 20 hold the title and text folded by `foldForSearch`.
 */
const SEARCH_VECTOR = "setweight(to_tsvector('simple', coalesce($19::text, '')), 'A') || setweight(to_tsvector('simple', $20::text), 'B')";

/**
 * Words without their accents ("Lukašenka" → "Lukasenka"), as SQLite's FTS5 tokenizer folds
 * them, done here so that no database extension (unaccent) is needed. Queries are folded alike.
 */
export function foldForSearch(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "");
}

/**
 * How much of a body goes into its search vector. A tsvector holds at most 1 MB, which a long
 * enough text of distinct words exceeds; news articles are a few kilobytes, so only the end of
 * an outsized text is left out of search (SQLite's index has no such limit). The text itself
 * is stored whole.
 */
const SEARCH_TEXT_LIMIT = 200_000;

/** The body as the search vector reads it: folded, and cut at a space before the limit. */
function searchTextOf(text: string): string {
  const folded = foldForSearch(text);
  if (folded.length <= SEARCH_TEXT_LIMIT) return folded;
  const cut = folded.lastIndexOf(" ", SEARCH_TEXT_LIMIT);
  return folded.slice(0, cut > 0 ? cut : SEARCH_TEXT_LIMIT);
}

const spansJson = (spans: readonly { start: number; end: number }[] | undefined): string => JSON.stringify((spans ?? []).map((s) => [s.start, s.end]));

async function insertVersion(db: PgDb, doc: Document, number: number): Promise<number> {
  const { meta } = doc;
  const row = (await db.get(
    `INSERT INTO versions (title, text, article_id, number, content_hash, source, url, author, published, published_precision, published_origin,
       language, format, origin, paragraphs, sentences, messages, ingested_at, search)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, ${SEARCH_VECTOR})
     RETURNING id`,
    [
      meta.title, doc.text, meta.id, number, meta.contentHash, meta.source, meta.url, meta.author,
      meta.published?.value ?? null, meta.published?.precision ?? null, meta.published?.origin ?? null,
      meta.language, meta.format, meta.origin,
      spansJson(doc.layers.paragraphs), spansJson(doc.layers.sentences), JSON.stringify(doc.messages), new Date().toISOString(),
      meta.title === null ? null : foldForSearch(meta.title), searchTextOf(doc.text),
    ],
  )) as { id: number };
  return row.id;
}

/**
 * Saves a document in one transaction: the article row (locked, so two workers saving the same
 * article take turns), a version row with its search vector (the previous version's leaves the
 * index), then every layer through `writers`, and the representatives of canonical events and
 * the counts the timeline reads (the previous version's events leave them). A content hash this article already has makes it
 * a no-op, so a re-run after a crash writes nothing twice.
 */
export function saveDocumentPostgres(db: PgDb, doc: Document, writers: readonly PgVersionWriter[]): Promise<SaveOutcome> {
  const articleId = doc.meta.id;
  return db.transaction(async (): Promise<SaveOutcome> => {
    const created = await db.run("INSERT INTO articles (id, first_seen) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING", [articleId, new Date().toISOString()]);
    const article = (await db.get(
      "SELECT latest_version_id AS latest, (SELECT max(number) FROM versions WHERE article_id = articles.id) AS last FROM articles WHERE id = $1 FOR UPDATE",
      [articleId],
    )) as { latest: number | null; last: number | null };
    const known = (await db.get("SELECT number FROM versions WHERE article_id = $1 AND content_hash = $2", [articleId, doc.meta.contentHash])) as
      | { number: number }
      | undefined;
    if (known) return { status: "unchanged", articleId, version: known.number };

    const number = (article.last ?? 0) + 1;
    const versionId = await insertVersion(db, doc, number);
    if (article.latest !== null) await db.run("UPDATE versions SET search = NULL WHERE id = $1", [article.latest]);
    await db.run("UPDATE articles SET latest_version_id = $1 WHERE id = $2", [versionId, articleId]);

    const saved: SavedVersion = { articleId, versionId, number };
    for (const write of writers) await write(db, saved, doc);
    await replaceVersionEvents(db, versionId, article.latest);
    return { status: created === 1 || article.last === null ? "new" : "version", articleId, version: number };
  });
}
