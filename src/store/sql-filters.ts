import type { SqlValue } from "./sqlite-db.js";

/** The smallest string greater than every string that starts with `prefix`, for index range scans. */
export function prefixEnd(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}

/**
 * WHERE clauses and their parameters, built together so that a value only ever travels as a
 * parameter. Conditions are joined with AND.
 */
export class Conditions {
  private readonly clauses: string[] = [];
  readonly params: SqlValue[] = [];

  /** Adds a clause with `?` placeholders and the values for them, in order. */
  add(clause: string, ...values: SqlValue[]): this {
    this.clauses.push(clause);
    this.params.push(...values);
    return this;
  }

  /** `column` starts with `prefix`, as an index range. */
  prefix(column: string, prefix: string): this {
    return this.add(`(${column} >= ? AND ${column} < ?)`, prefix, prefixEnd(prefix));
  }

  /** `column` (an ISO date at any precision) is on or after `since`. */
  since(column: string, since: string): this {
    return this.add(`${column} >= ?`, since);
  }

  /**
   * `column` is on or before `until`: "2025-09-12T10:00Z" is within until 2025-09-12. The second
   * clause says the same as an index range (what starts with `until` or sorts before it), so that
   * the planner sees a two-sided date range rather than scanning a whole index in GROUP BY order.
   */
  until(column: string, until: string): this {
    return this.add(`substr(${column}, 1, ?) <= ? AND ${column} < ?`, until.length, until, prefixEnd(until));
  }

  /** The WHERE part of a query (empty when there are no conditions). */
  toSql(): string {
    return this.clauses.length === 0 ? "" : `WHERE ${this.clauses.join(" AND ")}`;
  }
}

/**
 * The codes stored as event sources under each prefix, as a recursive CTE that steps through the
 * source index one distinct code at a time (SQLite has no loose index scan): "USA" is a handful
 * of codes (USA, USAGOV, USAMIL…), each then read by an exact seek instead of scanning every
 * event whose source starts with USA. Its parameters: the prefix, its `prefixEnd`, that again.
 */
export const sourceCodes = (name: string): string => `${name}(code) AS (
    SELECT (SELECT source FROM events WHERE source >= ? AND source < ? ORDER BY source LIMIT 1)
    UNION ALL
    SELECT (SELECT source FROM events WHERE source > ${name}.code AND source < ? ORDER BY source LIMIT 1) FROM ${name} WHERE ${name}.code IS NOT NULL)`;

/** A LIKE pattern matching `text` anywhere, with `%`, `_` and `\` taken literally (use ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Turns any user string into an FTS5 query that cannot be a syntax error: every word is
 * quoted (quotes doubled), and all must appear. Returns null when there is no word at all.
 */
export function ftsQueryOf(text: string): string | null {
  const words = text.split(/\s+/).map((w) => w.trim()).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(" ");
}
