import type { ActorCode } from "../document.js";
import type { ActorCount, ActorStore, ClaimStore } from "./store.js";
import type { SqliteDb } from "./sqlite-db.js";
import type { ActorRow } from "./actor-rows.js";
import { LATEST_OF } from "./actor-rows.js";
import { storedClaimOf, storedMentionOf } from "./sqlite-rows.js";
import { Conditions, containsPattern } from "./sql-filters.js";

/** The actor half of the SQLite store. */
export function sqliteActorStore(db: SqliteDb): ActorStore {
  return {
    async listActors(limit) {
      const rows = db.all(
        `SELECT m.actor_code AS code, m.actor_id AS id, max(m.actor_name) AS name, max(m.actor_country) AS country,
           max(m.actor_sector) AS sector, count(*) AS mentions, count(DISTINCT v.article_id) AS articles
         FROM mentions m ${LATEST_OF("m")}
         WHERE m.actor_code IS NOT NULL GROUP BY m.actor_id, m.actor_code ORDER BY mentions DESC, code, id LIMIT ?`,
        [limit],
      ) as ActorRow[];
      return rows.map((r): ActorCount => ({ ...r, code: r.code as ActorCode, name: r.name ?? r.id }));
    },
    async findMentions(actor, limit) {
      return db
        .all(
          `SELECT m.*, v.article_id, v.title, v.published FROM mentions m ${LATEST_OF("m")}
           WHERE m.actor_code = ? OR m.actor_id = ? OR m.actor_name = ? COLLATE NOCASE
           ORDER BY v.published IS NULL, v.published DESC, v.article_id, m.ord LIMIT ?`,
          [actor.toUpperCase(), actor, actor, limit],
        )
        .map(storedMentionOf);
    },
  };
}

/** The claim half of the SQLite store. */
export function sqliteClaimStore(db: SqliteDb): ClaimStore {
  return {
    async findClaims(filter) {
      const where = new Conditions();
      if (filter.subject !== undefined) where.add("c.subject LIKE ? ESCAPE '\\'", containsPattern(filter.subject));
      return db
        .all(
          `SELECT c.*, v.article_id, v.title, v.published FROM claims c ${LATEST_OF("c")} ${where.toSql()}
           ORDER BY v.published IS NULL, v.published DESC, v.article_id, c.ord LIMIT ?`,
          [...where.params, filter.limit ?? -1],
        )
        .map(storedClaimOf);
    },
  };
}
