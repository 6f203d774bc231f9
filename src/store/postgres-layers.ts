import type { Document } from "../document.js";
import type { PgDb, PgValue } from "./postgres-db.js";
import type { SavedVersion } from "./sqlite-layers.js";
import { eventIdOf } from "./sqlite-layers.js";

/**
 * Writes one layer of a newly saved version, inside the transaction that saves the version:
 * if it throws, nothing of the article is kept.
 */
export type PgVersionWriter = (db: PgDb, saved: SavedVersion, doc: Document) => Promise<void>;

// PostgreSQL takes at most 65,535 parameters per statement; rows go in batches under that.
const MAX_PARAMS = 30_000;

/** Inserts rows with one multi-row INSERT per batch (one round trip instead of one per row). */
async function insertRows(db: PgDb, table: string, columns: readonly string[], rows: readonly (readonly PgValue[])[]): Promise<void> {
  const perBatch = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const names = columns.map((c) => (c === "end" ? `"end"` : c)).join(", ");
  for (let from = 0; from < rows.length; from += perBatch) {
    const batch = rows.slice(from, from + perBatch);
    const params: PgValue[] = [];
    const tuples = batch.map((row) => `(${row.map((value) => { params.push(value); return `$${params.length}`; }).join(", ")})`);
    await db.run(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(", ")}`, params);
  }
}

const writeBoilerplate: PgVersionWriter = (db, saved, doc) =>
  insertRows(db, "boilerplate", ["version_id", "ord", "start", "end", "kind"],
    (doc.layers.boilerplate ?? []).map((b, ord) => [saved.versionId, ord, b.start, b.end, b.kind]));

const writeTimes: PgVersionWriter = (db, saved, doc) =>
  insertRows(db, "times", ["version_id", "ord", "start", "end", "text", "value", "type", "precision", "range_from", "range_to", "has_range"],
    (doc.layers.times ?? []).map((t, ord) => [
      saved.versionId, ord, t.start, t.end, t.text, t.value, t.type, t.precision, t.range?.from ?? null, t.range?.to ?? null, t.range ? 1 : 0,
    ]));

const writeQuantities: PgVersionWriter = (db, saved, doc) =>
  insertRows(db, "quantities", ["version_id", "ord", "start", "end", "text", "value", "comparator", "unit"],
    (doc.layers.quantities ?? []).map((q, ord) => [saved.versionId, ord, q.start, q.end, q.text, q.value, q.comparator, q.unit ?? null]));

const writeMentions: PgVersionWriter = (db, saved, doc) =>
  insertRows(db, "mentions",
    ["version_id", "ord", "start", "end", "text", "type", "actor_id", "actor_name", "actor_code", "actor_country", "actor_sector", "via", "candidates"],
    (doc.layers.mentions ?? []).map((m, ord) => [
      saved.versionId, ord, m.start, m.end, m.text, m.type,
      m.actor?.id ?? null, m.actor?.name ?? null, m.actor?.code ?? null, m.actor?.country ?? null, m.actor?.sector ?? null,
      m.via ?? null, m.candidates ? JSON.stringify(m.candidates) : null,
    ]));

const writeEvents: PgVersionWriter = (db, saved, doc) => {
  const sentences = doc.layers.sentences ?? [];
  return insertRows(db, "events",
    ["event_id", "version_id", "ord", "source", "target", "source_text", "target_text", "cameo", "cameo_name", "root", "quad", "goldstein",
      "plover", "modality", "date", "date_precision", "location", "evidence_start", "evidence_end", "evidence_text", "sentence", "sentence_text", "rule"],
    (doc.layers.events ?? []).map((e, ord) => {
      const sentence = sentences[e.sentence];
      return [
        eventIdOf(saved.articleId, saved.number, ord), saved.versionId, ord,
        e.source, e.target, e.sourceText, e.targetText, e.cameo, e.cameoName, e.root, e.quad, e.goldstein,
        e.plover, e.modality, e.date, e.datePrecision, e.location, e.evidence[0], e.evidence[1],
        doc.text.slice(e.evidence[0], e.evidence[1]), e.sentence, sentence ? doc.text.slice(sentence.start, sentence.end) : null, e.rule,
      ];
    }));
};

const writeClaims: PgVersionWriter = (db, saved, doc) =>
  insertRows(db, "claims",
    ["version_id", "ord", "start", "end", "text", "value", "comparator", "subject", "predicate", "date", "since", "attributed_to", "sentence"],
    (doc.layers.claims ?? []).map((c, ord) => [
      saved.versionId, ord, c.start, c.end, c.text, c.value, c.comparator, c.subject, c.predicate, c.date, c.since, c.attributedTo, c.sentence,
    ]));

/** Every layer writer, in order (the same layers as SQLite's `VERSION_WRITERS`). */
export const PG_VERSION_WRITERS: readonly PgVersionWriter[] = [writeBoilerplate, writeTimes, writeQuantities, writeMentions, writeEvents, writeClaims];
