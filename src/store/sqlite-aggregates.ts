import type { AggregateStore, DyadCount, TopActor, TrendPoint, TrendQuery, TopQuery } from "./store.js";
import type { SqliteDb, SqlValue } from "./sqlite-db.js";
import { countsAnswer, cutOf } from "./event-counts.js";
import { Conditions, prefixEnd, sourceCodes } from "./sql-filters.js";

/** The SQL that turns an event date into its period; events dated less precisely are left out. */
const PERIODS = {
  day: { period: "substr(e.date, 1, 10)", minLength: 10 },
  // Weeks are named by their Monday.
  week: { period: "date(substr(e.date, 1, 10), '-6 days', 'weekday 1')", minLength: 10 },
  month: { period: "substr(e.date, 1, 7)", minLength: 7 },
} as const;

/**
 * Events in the period and modalities asked for, each canonical event once, by its
 * representative (only a latest version's event represents one, so no join on articles is needed).
 */
function periodConditions(query: TopQuery): Conditions {
  const where = new Conditions().add("e.represents = 1");
  if (query.since !== undefined) where.since("e.date", query.since);
  if (query.until !== undefined) where.until("e.date", query.until);
  if (query.modalities !== undefined && query.modalities.length > 0) {
    where.add(`e.modality IN (${query.modalities.map(() => "?").join(", ")})`, ...query.modalities);
  }
  return where;
}

/** The SQL that turns a day of `event_day_counts` (a date's first ten characters) into its period. */
const DAY_PERIODS = {
  day: "day",
  week: "date(day, '-6 days', 'weekday 1')",
  month: "substr(day, 1, 7)",
} as const;

/**
 * The codes stored as sources in one cut of `event_day_counts` under a prefix, stepped through
 * one distinct code at a time as `sourceCodes` does for events.
 */
const countedSources = (name: string): string => `${name}(code) AS (
    SELECT (SELECT source FROM event_day_counts WHERE cut = ? AND source >= ? AND source < ? ORDER BY source LIMIT 1)
    UNION ALL
    SELECT (SELECT source FROM event_day_counts WHERE cut = ? AND source > ${name}.code AND source < ? ORDER BY source LIMIT 1) FROM ${name} WHERE ${name}.code IS NOT NULL)`;

/**
 * The timeline from `event_day_counts`: the rows of the dyad, actor or all events, summed by
 * day first, so that a day's period is worked out once rather than once per event.
 */
function trendFromCounts(db: SqliteDb, query: TrendQuery): TrendPoint[] {
  const { minLength } = PERIODS[query.interval];
  const cut = cutOf(query);
  const where = new Conditions().add("c.cut = ?", cut).add("c.day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND length(c.day) >= ?", minLength);
  if (query.since !== undefined) where.since("c.day", query.since);
  if (query.until !== undefined) where.until("c.day", query.until);
  if (query.modalities !== undefined && query.modalities.length > 0) {
    where.add(`c.modality IN (${query.modalities.map(() => "?").join(", ")})`, ...query.modalities);
  }
  if (query.actor !== undefined && query.dyad !== undefined) {
    // Both: the dyad's rows below, of which those with the actor on either side.
    const end = prefixEnd(query.actor);
    where.add("((c.source >= ? AND c.source < ?) OR (c.target >= ? AND c.target < ?))", query.actor, end, query.actor, end);
  }
  const and = where.toSql().replace(/^WHERE /, "AND ");
  const sums = "c.day, c.events, c.goldstein, c.q1, c.q2, c.q3, c.q4";
  let rows = `SELECT ${sums} FROM event_day_counts c ${where.toSql()}`;
  let params: SqlValue[] = where.params;
  if (query.dyad !== undefined) {
    // As over events: one arm per direction by exact source codes, the second without what the first counted.
    const [a, b] = query.dyad;
    const [aEnd, bEnd] = [prefixEnd(a), prefixEnd(b)];
    rows = `WITH RECURSIVE ${countedSources("codes_a")}, ${countedSources("codes_b")}
      SELECT ${sums} FROM codes_a s CROSS JOIN event_day_counts c ON c.source = s.code WHERE c.target >= ? AND c.target < ? ${and}
      UNION ALL
      SELECT ${sums} FROM codes_b s CROSS JOIN event_day_counts c ON c.source = s.code
      WHERE c.target >= ? AND c.target < ? AND NOT (c.source >= ? AND c.source < ? AND c.target >= ? AND c.target < ?) ${and}`;
    params = [cut, a, aEnd, cut, aEnd, cut, b, bEnd, cut, bEnd, b, bEnd, ...where.params, a, aEnd, a, aEnd, b, bEnd, ...where.params];
  } else if (query.actor !== undefined) {
    // The actor as source, then as target where it is not also the source: each arm one index range.
    const [x, end] = [query.actor, prefixEnd(query.actor)];
    rows = `SELECT ${sums} FROM event_day_counts c WHERE c.source >= ? AND c.source < ? ${and}
      UNION ALL
      SELECT ${sums} FROM event_day_counts c WHERE c.target >= ? AND c.target < ? AND NOT (c.source >= ? AND c.source < ?) ${and}`;
    params = [x, end, ...where.params, x, end, x, end, ...where.params];
  }
  const sql = `SELECT ${DAY_PERIODS[query.interval]} AS period, sum(events) AS events, sum(goldstein) AS goldstein,
      sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, sum(q4) AS q4
    FROM (SELECT day, sum(events) AS events, sum(goldstein) AS goldstein, sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, sum(q4) AS q4
      FROM (${rows}) GROUP BY day)
    GROUP BY period ORDER BY period`;
  return db.all(sql, params).map(trendPointOf);
}

function trendPointOf(row: unknown): TrendPoint {
  const r = row as { period: string; events: number; goldstein: number; q1: number; q2: number; q3: number; q4: number };
  return { period: r.period, events: r.events, goldstein: Math.round(r.goldstein * 10) / 10, quad: [r.q1, r.q2, r.q3, r.q4] };
}

/** The timeline over the events themselves, for what `event_day_counts` cannot answer (bounds finer than a day). */
function trendFromEvents(db: SqliteDb, query: TrendQuery): TrendPoint[] {
  const { period, minLength } = PERIODS[query.interval];
  // Calendar dates only: a week date ("2025-W22") has no day or month to be counted under.
  const where = periodConditions(query).add("e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND length(e.date) >= ?", minLength);
  if (query.actor !== undefined) {
    const end = prefixEnd(query.actor);
    where.add("((e.source >= ? AND e.source < ?) OR (e.target >= ? AND e.target < ?))", query.actor, end, query.actor, end);
  }
  const select = `SELECT ${period} AS period, e.goldstein, e.quad`;
  let rows = `${select} FROM events e ${where.toSql()}`;
  let params: SqlValue[] = where.params;
  if (query.dyad !== undefined) {
    // One arm per direction, each by exact source codes (CROSS JOIN keeps the codes outermost),
    // through the index of migration 6; the second arm leaves out what the first counted
    // (when one prefix contains the other, an event matches both ways).
    const [a, b] = query.dyad;
    const [aEnd, bEnd] = [prefixEnd(a), prefixEnd(b)];
    const and = where.toSql().replace(/^WHERE /, "AND ");
    rows = `WITH RECURSIVE ${sourceCodes("codes_a")}, ${sourceCodes("codes_b")}
      ${select} FROM codes_a c CROSS JOIN events e ON e.source = c.code WHERE e.target >= ? AND e.target < ? ${and}
      UNION ALL
      ${select} FROM codes_b c CROSS JOIN events e ON e.source = c.code
      WHERE e.target >= ? AND e.target < ? AND NOT (e.source >= ? AND e.source < ? AND e.target >= ? AND e.target < ?) ${and}`;
    params = [a, aEnd, aEnd, b, bEnd, bEnd, b, bEnd, ...where.params, a, aEnd, a, aEnd, b, bEnd, ...where.params];
  }
  const sql = `SELECT period, count(*) AS events, sum(goldstein) AS goldstein,
      sum(quad = 1) AS q1, sum(quad = 2) AS q2, sum(quad = 3) AS q3, sum(quad = 4) AS q4
    FROM (${rows}) GROUP BY period ORDER BY period`;
  return db.all(sql, params).map(trendPointOf);
}

function trend(db: SqliteDb, query: TrendQuery): TrendPoint[] {
  return countsAnswer(query) ? trendFromCounts(db, query) : trendFromEvents(db, query);
}

function topActors(db: SqliteDb, query: TopQuery): TopActor[] {
  const where = periodConditions(query);
  const sql = `SELECT code, count(*) AS events FROM (
      SELECT e.source AS code, e.date, e.modality FROM events e ${where.toSql()}
      UNION ALL
      SELECT e.target AS code, e.date, e.modality FROM events e ${where.toSql()}
    ) WHERE code IS NOT NULL GROUP BY code ORDER BY events DESC, code LIMIT ?`;
  return db.all(sql, [...where.params, ...where.params, query.limit ?? 20]) as TopActor[];
}

function topDyads(db: SqliteDb, query: TopQuery): DyadCount[] {
  const where = periodConditions(query).add("e.source IS NOT NULL AND e.target IS NOT NULL");
  const sql = `SELECT e.source AS source, e.target AS target, count(*) AS events, sum(e.goldstein) AS goldstein
    FROM events e ${where.toSql()} GROUP BY e.source, e.target ORDER BY events DESC, source, target LIMIT ?`;
  return (db.all(sql, [...where.params, query.limit ?? 20]) as DyadCount[]).map((d) => ({ ...d, goldstein: Math.round(d.goldstein * 10) / 10 }));
}

/** Counts over periods and actors, for the dashboard's trends and networks. */
export function sqliteAggregateStore(db: SqliteDb): AggregateStore {
  return {
    eventTrend: async (query) => trend(db, query),
    topActors: async (query) => topActors(db, query),
    topDyads: async (query) => topDyads(db, query),
  };
}
