import type { PgValue } from "./postgres-db.js";
import { prefixEnd } from "./sql-filters.js";

/**
 * Parameters of one query: `add` keeps a value and returns its `$n` placeholder, so SQL text
 * and values are built together and a value only ever travels as a parameter.
 */
export class PgParams {
  readonly values: PgValue[] = [];

  add(value: PgValue): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** WHERE clauses joined with AND, their values kept in a shared `PgParams`. */
export class PgConditions {
  private readonly clauses: string[] = [];

  constructor(readonly params: PgParams = new PgParams()) {}

  /** Adds a clause; `clause` receives the placeholder function to place its values. */
  add(clause: string | ((p: (value: PgValue) => string) => string)): this {
    this.clauses.push(typeof clause === "string" ? clause : clause((v) => this.params.add(v)));
    return this;
  }

  /** `column` starts with `prefix`, as an index range (the columns compare byte-wise). */
  prefix(column: string, prefix: string): this {
    return this.add((p) => prefixSql(column, prefix, p));
  }

  /** `column` (an ISO date at any precision) is on or after `since`. */
  since(column: string, since: string): this {
    return this.add((p) => `${column} >= ${p(since)}`);
  }

  /** `column` is on or before `until`: "2025-09-12T10:00Z" is within until 2025-09-12. */
  until(column: string, until: string): this {
    return this.add((p) => `substr(${column}, 1, ${p(until.length)}::int) <= ${p(until)}`);
  }

  /** The WHERE part of a query (empty when there are no conditions). */
  toSql(): string {
    return this.clauses.length === 0 ? "" : `WHERE ${this.clauses.join(" AND ")}`;
  }
}

/** `column` starts with `prefix`, as a range an index can scan. */
export function prefixSql(column: string, prefix: string, p: (value: PgValue) => string): string {
  return `(${column} >= ${p(prefix)} AND ${column} < ${p(prefixEnd(prefix))})`;
}

/** Source starts with one prefix and target with the other, in either direction. */
export function dyadSql(a: string, b: string, p: (value: PgValue) => string): string {
  return `((${prefixSql("e.source", a, p)} AND ${prefixSql("e.target", b, p)}) OR (${prefixSql("e.source", b, p)} AND ${prefixSql("e.target", a, p)}))`;
}

/** Source or target starts with the prefix. */
export function actorSql(actor: string, p: (value: PgValue) => string): string {
  return `(${prefixSql("e.source", actor, p)} OR ${prefixSql("e.target", actor, p)})`;
}
