import type { EventId } from "../document.js";
import type { EventFilter, EventStore, StoredEvent } from "./store.js";
import type { PgDb } from "./postgres-db.js";
import { EVENT_COLUMNS, eventOf, LATEST_EVENTS } from "./sqlite-rows.js";
import { actorSql, dyadSql, PgConditions } from "./postgres-filters.js";

// eachEvent reads this many rows per query, so an export of millions holds one page at a time.
const PAGE = 1000;

function conditionsOf(filter: EventFilter): PgConditions {
  const where = new PgConditions();
  if (filter.actor !== undefined) {
    const actor = filter.actor;
    where.add((p) => actorSql(actor, p));
  }
  if (filter.dyad !== undefined) {
    const [a, b] = filter.dyad;
    where.add((p) => dyadSql(a, b, p));
  }
  if (filter.code !== undefined) where.prefix("e.cameo", filter.code);
  const equal = (column: string, value: string | number | undefined): void => {
    if (value !== undefined) where.add((p) => `${column} = ${p(value)}`);
  };
  equal("e.root", filter.root);
  equal("e.plover", filter.plover);
  equal("e.quad", filter.quad);
  equal("e.modality", filter.modality);
  if (filter.since !== undefined) where.since("e.date", filter.since);
  if (filter.until !== undefined) where.until("e.date", filter.until);
  equal("v.article_id", filter.articleId);
  if (filter.canonical === true) where.add("e.represents = 1");
  if (filter.after !== undefined) {
    // The order is (date IS NULL, date DESC, id): what comes after a dated event is an older
    // date, the same date with a larger id, or any undated event.
    const { date, serial } = filter.after;
    if (date === null) where.add((p) => `(e.date IS NULL AND e.id > ${p(serial)})`);
    else where.add((p) => `(e.date < ${p(date)} OR (e.date = ${p(date)} AND e.id > ${p(serial)}) OR e.date IS NULL)`);
  }
  return where;
}

async function findEvents(db: PgDb, filter: EventFilter): Promise<StoredEvent[]> {
  const where = conditionsOf(filter);
  const limit = where.params.add(filter.limit ?? null);
  const sql = `SELECT ${EVENT_COLUMNS} ${LATEST_EVENTS} ${where.toSql()} ORDER BY e.date IS NULL, e.date DESC, e.id LIMIT ${limit}`;
  return (await db.all(sql, where.params.values)).map(eventOf);
}

/** Pages through the matching events by id (keyset), so no cursor or connection is held between pages. */
async function* eachEvent(db: PgDb, filter: EventFilter): AsyncGenerator<StoredEvent> {
  let remaining = filter.limit ?? Infinity;
  let last = 0;
  while (remaining > 0) {
    const where = conditionsOf(filter);
    const lastId = last;
    where.add((p) => `e.id > ${p(lastId)}`);
    const limit = where.params.add(Math.min(PAGE, remaining));
    const rows = (await db.all(`SELECT ${EVENT_COLUMNS} ${LATEST_EVENTS} ${where.toSql()} ORDER BY e.id LIMIT ${limit}`, where.params.values)).map(eventOf);
    for (const event of rows) yield event;
    if (rows.length < PAGE) return;
    remaining -= rows.length;
    last = rows[rows.length - 1]?.serial ?? last;
  }
}

/** The event half of the PostgreSQL store. */
export function postgresEventStore(db: PgDb): EventStore {
  return {
    findEvents: (filter) => findEvents(db, filter),
    eachEvent: (filter) => eachEvent(db, filter),
    getEvent: async (id: EventId) => {
      const row = await db.get(`SELECT ${EVENT_COLUMNS} WHERE e.event_id = $1`, [id]);
      return row === undefined ? null : eventOf(row);
    },
  };
}
