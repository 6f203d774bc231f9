import type { AggregateStore, DyadCount, TopActor, TopQuery, TrendPoint, TrendQuery } from "./store.js";
import type { PgDb } from "./postgres-db.js";
import type { PgValue } from "./postgres-db.js";
import { countsAnswer, cutOf } from "./event-counts.js";
import { actorSql, PgConditions, prefixSql } from "./postgres-filters.js";
import { prefixEnd } from "./sql-filters.js";

/**
 * The SQL that turns an event date into its period; events dated less precisely are left out
 * (a day must look like one before it is cast, or one odd value would fail the whole query).
 */
const PERIODS = {
  day: { period: "substr(e.date, 1, 10)", pattern: "^\\d{4}-\\d{2}-\\d{2}" },
  // Weeks are named by their Monday (date_trunc's weeks start on Monday).
  week: { period: "to_char(date_trunc('week', substr(e.date, 1, 10)::date), 'YYYY-MM-DD')", pattern: "^\\d{4}-\\d{2}-\\d{2}" },
  month: { period: "substr(e.date, 1, 7)", pattern: "^\\d{4}-\\d{2}" },
} as const;

/**
 * Events in the period and modalities asked for, each canonical event once, by its
 * representative (only a latest version's event represents one, so no join on articles is needed).
 */
function periodConditions(query: TopQuery): PgConditions {
  const where = new PgConditions().add("e.represents = 1");
  if (query.since !== undefined) where.since("e.date", query.since);
  if (query.until !== undefined) where.until("e.date", query.until);
  const modalities = query.modalities;
  if (modalities !== undefined && modalities.length > 0) where.add((p) => `e.modality = ANY(${p(modalities)}::text[])`);
  return where;
}

const tenths = (n: number): number => Math.round(n * 10) / 10;

/**
 * The codes stored as event sources under a prefix, one index probe per distinct code (a loose
 * index scan written as a recursive CTE): "USA" is a handful of codes, each then read by an
 * exact seek on (source, target) instead of a scan of every event whose source starts with USA.
 */
function sourceCodes(name: string, prefix: string, p: (value: PgValue) => string): string {
  const [from, to] = [p(prefix), p(prefixEnd(prefix))];
  return `${name}(code) AS (
    SELECT (SELECT source FROM events WHERE source >= ${from} AND source < ${to} ORDER BY source LIMIT 1)
    UNION ALL
    SELECT (SELECT source FROM events WHERE source > ${name}.code AND source < ${to} ORDER BY source LIMIT 1) FROM ${name} WHERE ${name}.code IS NOT NULL)`;
}

/** The SQL that turns a day of `event_day_counts` (a date's first ten characters) into its period. */
const DAY_PERIODS = {
  day: "day",
  week: "to_char(date_trunc('week', day::date), 'YYYY-MM-DD')",
  month: "substr(day, 1, 7)",
} as const;

/** The codes stored as sources in one cut of `event_day_counts` under a prefix, one index probe each (as `sourceCodes`). */
function countedSources(name: string, cut: string, prefix: string, p: (value: PgValue) => string): string {
  const [from, to] = [p(prefix), p(prefixEnd(prefix))];
  return `${name}(code) AS (
    SELECT (SELECT source FROM event_day_counts WHERE cut = ${cut} AND source >= ${from} AND source < ${to} ORDER BY source LIMIT 1)
    UNION ALL
    SELECT (SELECT source FROM event_day_counts WHERE cut = ${cut} AND source > ${name}.code AND source < ${to} ORDER BY source LIMIT 1) FROM ${name} WHERE ${name}.code IS NOT NULL)`;
}

/**
 * The timeline from `event_day_counts`: the rows of the dyad, actor or all events, summed by
 * day first, so that a day's period is worked out once rather than once per event.
 */
async function trendFromCounts(db: PgDb, query: TrendQuery): Promise<TrendPoint[]> {
  const { pattern } = PERIODS[query.interval];
  const { dyad, actor } = query;
  const where = new PgConditions();
  const p = (value: PgValue) => where.params.add(value);
  const cut = `${p(cutOf(query))}::smallint`;
  where.add(`c.cut = ${cut}`).add((q) => `c.day ~ ${q(pattern)}`);
  if (query.since !== undefined) where.since("c.day", query.since);
  if (query.until !== undefined) where.until("c.day", query.until);
  const modalities = query.modalities;
  if (modalities !== undefined && modalities.length > 0) where.add((q) => `c.modality = ANY(${q(modalities)}::text[])`);
  // Both: the dyad's rows below, of which those with the actor on either side.
  if (actor !== undefined && dyad !== undefined) where.add((q) => `(${prefixSql("c.source", actor, q)} OR ${prefixSql("c.target", actor, q)})`);
  const conditions = where.toSql().replace(/^WHERE /, "AND ");
  const sums = "c.day, c.events, c.goldstein, c.q1, c.q2, c.q3, c.q4";
  let rows: string;
  if (dyad !== undefined && dyad.every((code) => code.length === 3) && cutOf(query) === 3) {
    // Two countries: the rows of cut 3 are keyed by exactly these codes, one primary-key range each way
    // (the planner would hash the codes below and scan every row with either as target).
    const [a, b] = dyad;
    rows = `SELECT ${sums} FROM event_day_counts c WHERE c.source = ${p(a)} AND c.target = ${p(b)} ${conditions}`;
    if (a !== b) rows += ` UNION ALL SELECT ${sums} FROM event_day_counts c WHERE c.source = ${p(b)} AND c.target = ${p(a)} ${conditions}`;
  } else if (dyad !== undefined) {
    // As over events: one arm per direction by exact source codes, the second without what the first counted.
    const [a, b] = dyad;
    rows = `WITH RECURSIVE ${countedSources("codes_a", cut, a, p)}, ${countedSources("codes_b", cut, b, p)}
      SELECT ${sums} FROM codes_a s JOIN event_day_counts c ON c.source = s.code WHERE ${prefixSql("c.target", b, p)} ${conditions}
      UNION ALL
      SELECT ${sums} FROM codes_b s JOIN event_day_counts c ON c.source = s.code
      WHERE ${prefixSql("c.target", a, p)} AND NOT (${prefixSql("c.source", a, p)} AND ${prefixSql("c.target", b, p)}) ${conditions}`;
  } else if (actor !== undefined) {
    // The actor as source, then as target where it is not also the source: each arm one index range.
    rows = `SELECT ${sums} FROM event_day_counts c WHERE ${prefixSql("c.source", actor, p)} ${conditions}
      UNION ALL
      SELECT ${sums} FROM event_day_counts c WHERE ${prefixSql("c.target", actor, p)} AND NOT ${prefixSql("c.source", actor, p)} ${conditions}`;
  } else {
    rows = `SELECT ${sums} FROM event_day_counts c ${where.toSql()}`;
  }
  // A sum of sums of integers is numeric, which would arrive as a string: cast back to bigint.
  const sql = `SELECT ${DAY_PERIODS[query.interval]} AS period, sum(events)::bigint AS events, sum(goldstein) AS goldstein,
      sum(q1)::bigint AS q1, sum(q2)::bigint AS q2, sum(q3)::bigint AS q3, sum(q4)::bigint AS q4
    FROM (SELECT day, sum(events) AS events, sum(goldstein) AS goldstein, sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, sum(q4) AS q4
      FROM (${rows}) AS x GROUP BY day) AS d
    GROUP BY 1 ORDER BY 1`;
  return (await db.all(sql, where.params.values)).map(trendPointOf);
}

function trendPointOf(row: unknown): TrendPoint {
  const r = row as { period: string; events: number; goldstein: number; q1: number; q2: number; q3: number; q4: number };
  return { period: r.period, events: r.events, goldstein: tenths(r.goldstein), quad: [r.q1, r.q2, r.q3, r.q4] };
}

/** The timeline over the events themselves, for what `event_day_counts` cannot answer (bounds finer than a day). */
async function trendFromEvents(db: PgDb, query: TrendQuery): Promise<TrendPoint[]> {
  const { period, pattern } = PERIODS[query.interval];
  const where = periodConditions(query).add((p) => `e.date ~ ${p(pattern)}`);
  const { dyad, actor } = query;
  if (actor !== undefined) where.add((p) => actorSql(actor, p));
  const p = (value: PgValue) => where.params.add(value);
  const select = `SELECT ${period} AS period, e.goldstein, e.quad`;
  const conditions = where.toSql().replace(/^WHERE /, "AND ");
  let rows: string;
  if (dyad === undefined) {
    rows = `${select} FROM events e ${where.toSql()}`;
  } else {
    // One arm per direction, each by exact source codes; the second leaves out what the first
    // counted (when one prefix contains the other, an event matches both ways).
    const [a, b] = dyad;
    rows = `WITH RECURSIVE ${sourceCodes("codes_a", a, p)}, ${sourceCodes("codes_b", b, p)}
      ${select} FROM codes_a c JOIN events e ON e.source = c.code WHERE ${prefixSql("e.target", b, p)} ${conditions}
      UNION ALL
      ${select} FROM codes_b c JOIN events e ON e.source = c.code
      WHERE ${prefixSql("e.target", a, p)} AND NOT (${prefixSql("e.source", a, p)} AND ${prefixSql("e.target", b, p)}) ${conditions}`;
  }
  const sql = `SELECT period, count(*) AS events, sum(goldstein) AS goldstein,
      count(*) FILTER (WHERE quad = 1) AS q1, count(*) FILTER (WHERE quad = 2) AS q2,
      count(*) FILTER (WHERE quad = 3) AS q3, count(*) FILTER (WHERE quad = 4) AS q4
    FROM (${rows}) AS x GROUP BY 1 ORDER BY 1`;
  return (await db.all(sql, where.params.values)).map(trendPointOf);
}

function trend(db: PgDb, query: TrendQuery): Promise<TrendPoint[]> {
  return countsAnswer(query) ? trendFromCounts(db, query) : trendFromEvents(db, query);
}

async function topActors(db: PgDb, query: TopQuery): Promise<TopActor[]> {
  const where = periodConditions(query).add("side.code IS NOT NULL");
  const limit = where.params.add(query.limit ?? 20);
  // Both sides of each event in one pass (a lateral VALUES) instead of reading the events twice.
  const sql = `SELECT side.code, count(*) AS events
    FROM events e CROSS JOIN LATERAL (VALUES (e.source), (e.target)) AS side(code)
    ${where.toSql()}
    GROUP BY side.code ORDER BY events DESC, side.code LIMIT ${limit}`;
  return (await db.all(sql, where.params.values)) as TopActor[];
}

async function topDyads(db: PgDb, query: TopQuery): Promise<DyadCount[]> {
  const where = periodConditions(query).add("e.source IS NOT NULL AND e.target IS NOT NULL");
  const limit = where.params.add(query.limit ?? 20);
  const sql = `SELECT e.source AS source, e.target AS target, count(*) AS events, sum(e.goldstein) AS goldstein
    FROM events e ${where.toSql()} GROUP BY e.source, e.target ORDER BY events DESC, source, target LIMIT ${limit}`;
  return ((await db.all(sql, where.params.values)) as DyadCount[]).map((d) => ({ ...d, goldstein: tenths(d.goldstein) }));
}

/** Counts over periods and actors, for the dashboard's trends and networks. */
export function postgresAggregateStore(db: PgDb): AggregateStore {
  return {
    eventTrend: (query) => trend(db, query),
    topActors: (query) => topActors(db, query),
    topDyads: (query) => topDyads(db, query),
  };
}
