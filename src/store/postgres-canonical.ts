import type { PgDb } from "./postgres-db.js";
import type { CanonicalMember } from "./canonical-rows.js";
import { CANONICAL_MEMBERS_SQL, refreshOf } from "./canonical-rows.js";
import { countEvents } from "./postgres-event-counts.js";

interface MemberRow {
  canonical: string; serial: number; latest: boolean; represents: number; day: string; article_id: string; ord: number; outlet: string;
}

/** Every stored event under these canonical ids, with what choosing a representative reads. */
const MEMBERS = `${CANONICAL_MEMBERS_SQL}
  WHERE c.canonical_id = ANY($1::text[])`;

/** Sets `represents` on these events and counts them in, or out of, `event_day_counts`. */
async function setRepresents(db: PgDb, serials: readonly number[], represents: boolean): Promise<void> {
  if (serials.length === 0) return;
  await db.run("UPDATE events SET represents = $1 WHERE id = ANY($2::bigint[])", [represents ? 1 : 0, serials.map(String)]);
  await countEvents(db, { serials }, represents ? 1 : -1);
}

/**
 * Chooses again the representative of each of these canonical events and recounts its reports
 * (`canonical-rows.ts` says which); the timeline's counts follow the flags that change. Call it
 * in the transaction that changed their members.
 */
export async function refreshCanonical(db: PgDb, canonicalIds: readonly string[]): Promise<void> {
  if (canonicalIds.length === 0) return;
  // Sorted, so that two transactions lock the rows of shared canonical events in one order.
  const ids = [...new Set(canonicalIds)].sort();
  const members = ((await db.all(MEMBERS, [ids])) as MemberRow[]).map((r): CanonicalMember => ({
    canonical: r.canonical, serial: Number(r.serial), latest: r.latest, represents: r.represents === 1, day: r.day, articleId: r.article_id, ord: r.ord, outlet: r.outlet,
  }));
  const { represent, stop, rows } = refreshOf(members);
  await setRepresents(db, stop, false);
  await setRepresents(db, represent, true);
  await db.run("DELETE FROM canonical_events WHERE canonical_id = ANY($1::text[])", [ids]);
  if (rows.length === 0) return;
  await db.run(
    `INSERT INTO canonical_events (canonical_id, representative, mentions, articles, sources)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::int[], $4::int[], $5::int[])`,
    [
      rows.map((r) => r.canonical), rows.map((r) => String(r.representative)), rows.map((r) => String(r.mentions)),
      rows.map((r) => String(r.articles)), rows.map((r) => String(r.sources)),
    ],
  );
}

/**
 * Keeps representatives and counts in step when `version` becomes its article's latest version
 * in place of `previous` (null for a new article), as `replaceVersionEvents` in
 * `sqlite-canonical.ts` does (see there).
 */
export async function replaceVersionEvents(db: PgDb, version: number, previous: number | null): Promise<void> {
  const ids = async (sql: string, value: number): Promise<number[]> => ((await db.all(sql, [value])) as { id: number }[]).map((r) => Number(r.id));
  await countEvents(db, { version }, 1);
  if (previous === null) return;
  await setRepresents(db, await ids("SELECT id FROM events WHERE version_id = $1 AND represents = 1 ORDER BY id", previous), false);
  const groups = (await db.all(
    "SELECT DISTINCT c.canonical_id FROM events e JOIN event_canonical c ON c.event_id = e.event_id WHERE e.version_id = $1",
    [previous],
  )) as { canonical_id: string }[];
  await refreshCanonical(db, groups.map((g) => g.canonical_id));
}
