/**
 * Which report stands for a canonical event, and its counts: what both dialects share about
 * `canonical_events` and `events.represents` (migration 9). Every event of a latest version
 * that is in no canonical event represents itself; of a canonical event's reports in latest
 * versions, the one whose article was published first (undated last), then the smallest
 * article id, then the first in its article, represents it. That choice depends on the reports
 * only, never on the order they were stored in.
 */

/** A stored event as the choice of representative reads it (`events.id`, its article and outlet). */
export interface CanonicalMember {
  readonly canonical: string;
  readonly serial: number;
  /** Whether its version is its article's latest: only those are counted and can represent. */
  readonly latest: boolean;
  readonly represents: boolean;
  readonly day: string;
  readonly articleId: string;
  readonly ord: number;
  /** The outlet, or the article id when the outlet is unknown (each such article its own outlet). */
  readonly outlet: string;
}

/** One row of `canonical_events`: the representative (`events.id`) and how many reports, articles and outlets. */
export interface CanonicalRow {
  readonly canonical: string;
  readonly representative: number;
  readonly mentions: number;
  readonly articles: number;
  readonly sources: number;
}

/** What keeping canonical events in step writes: flags to flip, and the rows of the groups looked at. */
export interface CanonicalRefresh {
  /** `events.id`s that now represent their canonical event, and those that no longer do. */
  readonly represent: readonly number[];
  readonly stop: readonly number[];
  /** Rows for groups that still have a report in a latest version; the others are deleted. */
  readonly rows: readonly CanonicalRow[];
}

/** The day an article sorts under: its publication date's day, undated after every day. */
const REPRESENTATIVE_DAY_SQL = (published: string): string => `coalesce(substr(${published}, 1, 10), '9999-99-99')`;

/**
 * Every stored event of some canonical events, with what choosing a representative reads; each
 * store follows it with its own "WHERE c.canonical_id IN …".
 */
export const CANONICAL_MEMBERS_SQL = `SELECT c.canonical_id AS canonical, e.id AS serial, a.id IS NOT NULL AS latest, e.represents,
    ${REPRESENTATIVE_DAY_SQL("v.published")} AS day, v.article_id, e.ord, coalesce(v.source, v.article_id) AS outlet
  FROM event_canonical c JOIN events e ON e.event_id = c.event_id JOIN versions v ON v.id = e.version_id
  LEFT JOIN articles a ON a.latest_version_id = e.version_id`;

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Whether `a` goes before `b` in the order that picks a representative. */
function isBefore(a: CanonicalMember, b: CanonicalMember): boolean {
  return (compare(a.day, b.day) || compare(a.articleId, b.articleId) || a.ord - b.ord) < 0;
}

/**
 * The representatives and counts of the canonical events whose members (every stored event
 * under them, latest version or not) are given, and which `represents` flags must change.
 */
export function refreshOf(members: readonly CanonicalMember[]): CanonicalRefresh {
  const groups = new Map<string, CanonicalMember[]>();
  for (const m of members) {
    const group = groups.get(m.canonical);
    if (group === undefined) groups.set(m.canonical, [m]);
    else group.push(m);
  }
  const represent: number[] = [];
  const stop: number[] = [];
  const rows: CanonicalRow[] = [];
  for (const [canonical, group] of groups) {
    let best: CanonicalMember | undefined;
    const articles = new Set<string>();
    const outlets = new Set<string>();
    let mentions = 0;
    for (const m of group) {
      if (!m.latest) continue;
      mentions += 1;
      articles.add(m.articleId);
      outlets.add(m.outlet);
      if (best === undefined || isBefore(m, best)) best = m;
    }
    for (const m of group) {
      const should = m === best;
      if (should && !m.represents) represent.push(m.serial);
      if (!should && m.represents) stop.push(m.serial);
    }
    if (best !== undefined) rows.push({ canonical, representative: best.serial, mentions, articles: articles.size, sources: outlets.size });
  }
  return { represent, stop, rows };
}
