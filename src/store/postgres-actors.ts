import type { ActorCode } from "../document.js";
import type { ActorCount, ActorStore, ClaimStore } from "./store.js";
import type { PgDb } from "./postgres-db.js";
import type { ActorRow } from "./actor-rows.js";
import { LATEST_OF } from "./actor-rows.js";
import { storedClaimOf, storedMentionOf } from "./sqlite-rows.js";
import { PgConditions } from "./postgres-filters.js";
import { containsPattern } from "./sql-filters.js";

/** The actor half of the PostgreSQL store. */
export function postgresActorStore(db: PgDb): ActorStore {
  return {
    async listActors(limit) {
      const rows = (await db.all(
        `SELECT m.actor_code AS code, m.actor_id AS id, max(m.actor_name) AS name, max(m.actor_country) AS country,
           max(m.actor_sector) AS sector, count(*) AS mentions, count(DISTINCT v.article_id) AS articles
         FROM mentions m ${LATEST_OF("m")}
         WHERE m.actor_code IS NOT NULL GROUP BY m.actor_id, m.actor_code ORDER BY mentions DESC, code, id LIMIT $1`,
        [limit],
      )) as ActorRow[];
      return rows.map((r): ActorCount => ({ ...r, code: r.code as ActorCode, name: r.name ?? r.id }));
    },
    async findMentions(actor, limit) {
      const rows = await db.all(
        `SELECT m.*, v.article_id, v.title, v.published FROM mentions m ${LATEST_OF("m")}
         WHERE m.actor_code = $1 OR m.actor_id = $2 OR lower(m.actor_name) = lower($2)
         ORDER BY v.published IS NULL, v.published DESC, v.article_id, m.ord LIMIT $3`,
        [actor.toUpperCase(), actor, limit],
      );
      return rows.map(storedMentionOf);
    },
  };
}

/** The claim half of the PostgreSQL store. */
export function postgresClaimStore(db: PgDb): ClaimStore {
  return {
    async findClaims(filter) {
      const where = new PgConditions();
      // ILIKE: SQLite's LIKE ignores the case of ASCII letters.
      if (filter.subject !== undefined) where.add((p) => `c.subject ILIKE ${p(containsPattern(filter.subject ?? ""))} ESCAPE '\\'`);
      const limit = where.params.add(filter.limit ?? null);
      const rows = await db.all(
        `SELECT c.*, v.article_id, v.title, v.published FROM claims c ${LATEST_OF("c")} ${where.toSql()}
         ORDER BY v.published IS NULL, v.published DESC, v.article_id, c.ord LIMIT ${limit}`,
        where.params.values,
      );
      return rows.map(storedClaimOf);
    },
  };
}
