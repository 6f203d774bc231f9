import type { ArticleId, Document } from "../document.js";
import type { SqliteDb } from "./sqlite-db.js";

/** The version row a document was just saved under. */
export interface SavedVersion {
  readonly articleId: ArticleId;
  /** The `versions.id` every layer row points to. */
  readonly versionId: number;
  /** 1, 2, 3… per article. */
  readonly number: number;
}

/**
 * Writes one layer (or one concern: stories add theirs) of a newly saved version, inside the
 * transaction that saves the version: if it throws, nothing of the article is kept.
 */
export type VersionWriter = (db: SqliteDb, saved: SavedVersion, doc: Document) => void;

/** The id users see for an event: stable across runs, as the article id and version are. */
export function eventIdOf(articleId: ArticleId, version: number, ord: number): string {
  return `${articleId}:v${version}:e${ord}`;
}

const writeBoilerplate: VersionWriter = (db, saved, doc) => {
  (doc.layers.boilerplate ?? []).forEach((b, ord) => {
    db.run("INSERT INTO boilerplate (version_id, ord, start, end, kind) VALUES (?, ?, ?, ?, ?)", [saved.versionId, ord, b.start, b.end, b.kind]);
  });
};

const writeTimes: VersionWriter = (db, saved, doc) => {
  (doc.layers.times ?? []).forEach((t, ord) => {
    db.run(
      "INSERT INTO times (version_id, ord, start, end, text, value, type, precision, range_from, range_to, has_range) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      [saved.versionId, ord, t.start, t.end, t.text, t.value, t.type, t.precision, t.range?.from ?? null, t.range?.to ?? null, t.range ? 1 : 0],
    );
  });
};

const writeQuantities: VersionWriter = (db, saved, doc) => {
  (doc.layers.quantities ?? []).forEach((q, ord) => {
    db.run("INSERT INTO quantities (version_id, ord, start, end, text, value, comparator, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
      saved.versionId, ord, q.start, q.end, q.text, q.value, q.comparator, q.unit ?? null,
    ]);
  });
};

const writeMentions: VersionWriter = (db, saved, doc) => {
  (doc.layers.mentions ?? []).forEach((m, ord) => {
    db.run(
      `INSERT INTO mentions (version_id, ord, start, end, text, type, actor_id, actor_name, actor_code, actor_country, actor_sector, via, candidates)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        saved.versionId, ord, m.start, m.end, m.text, m.type,
        m.actor?.id ?? null, m.actor?.name ?? null, m.actor?.code ?? null, m.actor?.country ?? null, m.actor?.sector ?? null,
        m.via ?? null, m.candidates ? JSON.stringify(m.candidates) : null,
      ],
    );
  });
};

const writeEvents: VersionWriter = (db, saved, doc) => {
  const sentences = doc.layers.sentences ?? [];
  (doc.layers.events ?? []).forEach((e, ord) => {
    const sentence = sentences[e.sentence];
    db.run(
      `INSERT INTO events (event_id, version_id, ord, source, target, source_text, target_text, cameo, cameo_name, root, quad, goldstein,
         plover, modality, date, date_precision, location, evidence_start, evidence_end, evidence_text, sentence, sentence_text, rule)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        eventIdOf(saved.articleId, saved.number, ord), saved.versionId, ord,
        e.source, e.target, e.sourceText, e.targetText, e.cameo, e.cameoName, e.root, e.quad, e.goldstein,
        e.plover, e.modality, e.date, e.datePrecision, e.location, e.evidence[0], e.evidence[1],
        doc.text.slice(e.evidence[0], e.evidence[1]), e.sentence, sentence ? doc.text.slice(sentence.start, sentence.end) : null, e.rule,
      ],
    );
  });
};

const writeClaims: VersionWriter = (db, saved, doc) => {
  (doc.layers.claims ?? []).forEach((c, ord) => {
    db.run(
      `INSERT INTO claims (version_id, ord, start, end, text, value, comparator, subject, predicate, date, since, attributed_to, sentence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [saved.versionId, ord, c.start, c.end, c.text, c.value, c.comparator, c.subject, c.predicate, c.date, c.since, c.attributedTo, c.sentence],
    );
  });
};

/** Every layer writer, in order. A new concern appends its own writer here. */
export const VERSION_WRITERS: readonly VersionWriter[] = [writeBoilerplate, writeTimes, writeQuantities, writeMentions, writeEvents, writeClaims];
