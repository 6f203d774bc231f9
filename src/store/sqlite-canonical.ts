import type { SqliteDb } from "./sqlite-db.js";
import type { CanonicalMember } from "./canonical-rows.js";
import { CANONICAL_MEMBERS_SQL, refreshOf } from "./canonical-rows.js";
import { countEvents } from "./sqlite-event-counts.js";

const list = (values: readonly (string | number)[]): string => JSON.stringify(values);

interface MemberRow {
  canonical: string; serial: number; latest: number; represents: number; day: string; article_id: string; ord: number; outlet: string;
}

/** Every stored event under these canonical ids, with what choosing a representative reads. */
const MEMBERS = `${CANONICAL_MEMBERS_SQL}
  WHERE c.canonical_id IN (SELECT value FROM json_each(?))`;

/** Sets `represents` on these events and counts them in, or out of, `event_day_counts`. */
function setRepresents(db: SqliteDb, serials: readonly number[], represents: boolean): void {
  if (serials.length === 0) return;
  db.run("UPDATE events SET represents = ? WHERE id IN (SELECT value FROM json_each(?))", [represents ? 1 : 0, list(serials)]);
  countEvents(db, { serials }, represents ? 1 : -1);
}

/**
 * Chooses again the representative of each of these canonical events and recounts its reports
 * (`canonical-rows.ts` says which); the timeline's counts follow the flags that change. Call it
 * in the transaction that changed their members.
 */
export function refreshCanonical(db: SqliteDb, canonicalIds: readonly string[]): void {
  if (canonicalIds.length === 0) return;
  const ids = list([...new Set(canonicalIds)]);
  const members = (db.all(MEMBERS, [ids]) as MemberRow[]).map((r): CanonicalMember => ({
    canonical: r.canonical, serial: r.serial, latest: r.latest === 1, represents: r.represents === 1, day: r.day, articleId: r.article_id, ord: r.ord, outlet: r.outlet,
  }));
  const { represent, stop, rows } = refreshOf(members);
  setRepresents(db, stop, false);
  setRepresents(db, represent, true);
  db.run("DELETE FROM canonical_events WHERE canonical_id IN (SELECT value FROM json_each(?))", [ids]);
  for (const r of rows) {
    db.run("INSERT INTO canonical_events (canonical_id, representative, mentions, articles, sources) VALUES (?, ?, ?, ?, ?)", [
      r.canonical, r.representative, r.mentions, r.articles, r.sources,
    ]);
  }
}

/**
 * Keeps representatives and counts in step when `version` becomes its article's latest version
 * in place of `previous` (null for a new article): the new events, in no canonical event yet,
 * each represent themselves; the previous version's events represent nothing any more, and the
 * canonical events they were in choose again among the reports left. Call it in the
 * transaction that saves the version, after its `events` events are written.
 */
export function replaceVersionEvents(db: SqliteDb, version: number, events: number, previous: number | null): void {
  // A quarter of news articles code no event: their two counting statements would find nothing.
  if (events > 0) countEvents(db, { version }, 1);
  if (previous === null) return;
  const stale = (db.all("SELECT id FROM events WHERE version_id = ? AND represents = 1", [previous]) as { id: number }[]).map((r) => r.id);
  setRepresents(db, stale, false);
  const groups = db.all(
    "SELECT DISTINCT c.canonical_id FROM events e JOIN event_canonical c ON c.event_id = e.event_id WHERE e.version_id = ?",
    [previous],
  ) as { canonical_id: string }[];
  refreshCanonical(db, groups.map((g) => g.canonical_id));
}
