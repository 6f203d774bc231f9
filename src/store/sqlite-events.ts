import type { EventId } from "../document.js";
import type { EventCursor, EventFilter, EventStore, StoredEvent } from "./store.js";
import type { SqliteDb, SqlValue } from "./sqlite-db.js";
import { EVENT_COLUMNS, eventOf, LATEST_EVENTS } from "./sqlite-rows.js";
import { Conditions, prefixEnd, sourceCodes } from "./sql-filters.js";

/**
 * The conditions of a filter on `e` (events) and `v` (versions). With
 * `dyadIds`, the dyad is left to an `e.id IN dyad_events` the caller defines (`dyadEvents`).
 */
function conditionsOf(filter: EventFilter, dyadIds = false): Conditions {
  const where = new Conditions();
  if (filter.actor !== undefined) {
    where.add("((e.source >= ? AND e.source < ?) OR (e.target >= ? AND e.target < ?))", ...range(filter.actor), ...range(filter.actor));
  }
  if (filter.dyad !== undefined && dyadIds) {
    where.add("e.id IN dyad_events");
  } else if (filter.dyad !== undefined) {
    const [a, b] = filter.dyad;
    where.add(
      `(((e.source >= ? AND e.source < ?) AND (e.target >= ? AND e.target < ?))
        OR ((e.source >= ? AND e.source < ?) AND (e.target >= ? AND e.target < ?)))`,
      ...range(a), ...range(b), ...range(b), ...range(a),
    );
  }
  if (filter.code !== undefined) where.prefix("e.cameo", filter.code);
  if (filter.root !== undefined) where.add("e.root = ?", filter.root);
  if (filter.plover !== undefined) where.add("e.plover = ?", filter.plover);
  if (filter.quad !== undefined) where.add("e.quad = ?", filter.quad);
  if (filter.modality !== undefined) where.add("e.modality = ?", filter.modality);
  if (filter.since !== undefined) where.since("e.date", filter.since);
  if (filter.until !== undefined) where.until("e.date", filter.until);
  if (filter.articleId !== undefined) where.add("v.article_id = ?", filter.articleId);
  if (filter.canonical === true) where.add("e.represents = 1");
  if (filter.after !== undefined) {
    // The order is (date IS NULL, date DESC, id): what comes after a dated event is an older
    // date, the same date with a larger id, or any undated event.
    const { date, serial } = filter.after;
    if (date === null) where.add("(e.date IS NULL AND e.id > ?)", serial);
    else where.add("(e.date < ? OR (e.date = ? AND e.id > ?) OR e.date IS NULL)", date, date, serial);
  }
  return where;
}

function range(prefix: string): [string, string] {
  return [prefix, `${prefix}\u{10FFFF}`];
}

/**
 * How many of the newest events a page is first looked for in. A busy filter (an actor in a
 * fifth of all events, a common root) finds its page there at a cost that does not grow with
 * the store, where sorting every match would read them all; a rarer one falls back to that.
 */
export const RECENT_WINDOW = 20_000;

/** The date of the `window`-th dated event in page order from the cursor on, or null when fewer are left. */
function recentBoundary(db: SqliteDb, after: EventCursor | undefined, window: number): string | null {
  if (after?.date === null) return null;
  const row = (after === undefined
    ? db.get("SELECT date FROM events WHERE date IS NOT NULL ORDER BY date DESC LIMIT 1 OFFSET ?", [window])
    : db.get("SELECT date FROM events WHERE date <= ? ORDER BY date DESC LIMIT 1 OFFSET ?", [after.date, window])) as { date: string } | undefined;
  return row?.date ?? null;
}

function findEvents(db: SqliteDb, filter: EventFilter, window: number): StoredEvent[] {
  const limit = filter.limit ?? -1;
  const order = "ORDER BY e.date IS NULL, e.date DESC, e.id";
  const boundary = limit > 0 && limit <= 1000 ? recentBoundary(db, filter.after, window) : null;
  if (boundary !== null) {
    // Every match dated on or after the boundary comes before every other match, so when the
    // window holds a full page, that page is the answer. Read newest first through the date
    // index, sorting only ties (a window's dates are never null), and stop at the page.
    const recent = conditionsOf(filter).add("e.date >= ?", boundary);
    const sql = `SELECT ${EVENT_COLUMNS.replace("FROM events e", "FROM events e INDEXED BY events_date")} ${LATEST_EVENTS} ${recent.toSql()} ORDER BY e.date DESC, e.id LIMIT ?`;
    const rows = db.all(sql, [...recent.params, limit]);
    if (rows.length === limit) return rows.map(eventOf);
  }
  if (filter.dyad !== undefined) {
    const dyad = dyadEvents(filter.dyad);
    const where = conditionsOf(filter, true);
    const sql = `${dyad.sql} SELECT ${EVENT_COLUMNS} ${LATEST_EVENTS} ${where.toSql()} ${order} LIMIT ?`;
    return db.all(sql, [...dyad.params, ...where.params, limit]).map(eventOf);
  }
  const where = conditionsOf(filter);
  const sql = `SELECT ${EVENT_COLUMNS} ${LATEST_EVENTS} ${where.toSql()} ${order} LIMIT ?`;
  return db.all(sql, [...where.params, limit]).map(eventOf);
}

/**
 * The ids of a dyad's events as a CTE `dyad_events`, read by exact source codes and target
 * ranges as the timeline reads them: a dyad's condition as ORed ranges scans every event whose
 * source starts with either prefix (a fifth of the store for USA) before the target is checked.
 */
function dyadEvents([a, b]: readonly [string, string]): { sql: string; params: SqlValue[] } {
  const [aEnd, bEnd] = [prefixEnd(a), prefixEnd(b)];
  const sql = `WITH RECURSIVE ${sourceCodes("codes_a")}, ${sourceCodes("codes_b")},
    dyad_events(id) AS (
      SELECT e.id FROM codes_a c CROSS JOIN events e ON e.source = c.code WHERE e.target >= ? AND e.target < ?
      UNION
      SELECT e.id FROM codes_b c CROSS JOIN events e ON e.source = c.code WHERE e.target >= ? AND e.target < ?)`;
  return { sql, params: [a, aEnd, aEnd, b, bEnd, bEnd, b, bEnd, a, aEnd] };
}

async function* eachEvent(db: SqliteDb, filter: EventFilter): AsyncGenerator<StoredEvent> {
  const where = conditionsOf(filter);
  const sql = `SELECT ${EVENT_COLUMNS} ${LATEST_EVENTS} ${where.toSql()} ORDER BY e.id LIMIT ?`;
  for (const row of db.iterate(sql, [...where.params, filter.limit ?? -1])) yield eventOf(row);
}

/** The event half of the SQLite store; `recentWindow` is for tests, which cannot store 20,000 events. */
export function sqliteEventStore(db: SqliteDb, recentWindow = RECENT_WINDOW): EventStore {
  return {
    findEvents: async (filter) => findEvents(db, filter, recentWindow),
    eachEvent: (filter) => eachEvent(db, filter),
    getEvent: async (id: EventId) => {
      const row = db.get(`SELECT ${EVENT_COLUMNS} WHERE e.event_id = ?`, [id]);
      return row === undefined ? null : eventOf(row);
    },
  };
}
