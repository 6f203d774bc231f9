import type { StoryEventRow, TightEventKey } from "../store/store.js";
import { daysBetween } from "./similarity.js";

/** Event dates this many days apart may still be one event told by two outlets. */
const MAX_EVENT_DAYS = 1;

/** Whether two dates can be of one event: unknown, one containing the other ("2025-09" ⊃ "2025-09-11"), or a day apart. */
function datesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  if (a.startsWith(b) || b.startsWith(a)) return true;
  const days = daysBetween(a.slice(0, 10), b.slice(0, 10));
  return days !== null && a.length >= 10 && b.length >= 10 && days <= MAX_EVENT_DAYS;
}

/** A date known to the day from the text, not borrowed from the article: good enough to match across stories. */
function isExactDay(e: StoryEventRow): boolean {
  return e.date !== null && /^\d{4}-\d{2}-\d{2}/.test(e.date) && ["day", "second"].includes(e.datePrecision);
}

/** The key under which an event is matched across stories, or null when it cannot be. */
export function tightKeyOf(e: StoryEventRow): TightEventKey | null {
  if (e.source === null || e.target === null || !isExactDay(e)) return null;
  return { source: e.source, target: e.target, cameo: e.cameo, date: e.date! };
}

/**
 * Whether two stored events are one happening: same dyad and CAMEO root with compatible dates
 * in one story, or, across stories, the same dyad, the same full code and the same day.
 */
export function isSameEvent(a: StoryEventRow, b: StoryEventRow): boolean {
  if (a.source !== b.source || a.target !== b.target) return false;
  if (a.story === b.story) return a.root === b.root && datesCompatible(a.date, b.date);
  const ka = tightKeyOf(a);
  const kb = tightKeyOf(b);
  return ka !== null && kb !== null && ka.cameo === kb.cameo && ka.date === kb.date;
}

export interface CanonicalUpdate {
  /** Event id → canonical id, for every event given. */
  readonly assignments: ReadonlyMap<string, string>;
  /** Old canonical id → the one it is now part of (for members not given). */
  readonly merged: ReadonlyMap<string, string>;
}

/**
 * Groups events into canonical events: the connected components of `isSameEvent`, joined with
 * the groups they already belong to. A canonical id is the smallest event id of its group,
 * so it depends on the group only, not on the order events came in.
 */
export function canonicalEventsOf(events: readonly StoryEventRow[]): CanonicalUpdate {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  // Union by smaller id, so each root is its group's smallest member.
  const union = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra < rb) parent.set(rb, ra);
    else if (rb < ra) parent.set(ra, rb);
  };
  const add = (x: string): void => {
    if (!parent.has(x)) parent.set(x, x);
  };
  for (const e of events) {
    add(e.eventId);
    // An existing canonical id stands for members not loaded here; it is the smallest of its group.
    if (e.canonical !== null) {
      add(e.canonical);
      union(e.eventId, e.canonical);
    }
  }
  // isSameEvent over every pair would cost the square of a story's events (a long story has
  // thousands). Events of one story, dyad and root with the same date are compatible with the
  // same others, so one of them stands for all; only distinct dates are compared pairwise. Across
  // stories the key must match exactly, so sharing it is enough.
  const sameDate = new Map<string, string>();
  const datesByGroup = new Map<string, { readonly id: string; readonly date: string | null }[]>();
  const byTightKey = new Map<string, string>();
  for (const e of events) {
    const group = [e.story, e.source ?? "", e.source === null ? "0" : "1", e.target ?? "", e.target === null ? "0" : "1", e.root].join("\u0000");
    const dated = `${group}\u0000${e.date ?? "\u0001"}`;
    const first = sameDate.get(dated);
    if (first !== undefined) union(first, e.eventId);
    else {
      sameDate.set(dated, e.eventId);
      const dates = datesByGroup.get(group) ?? [];
      for (const other of dates) if (datesCompatible(other.date, e.date)) union(other.id, e.eventId);
      dates.push({ id: e.eventId, date: e.date });
      datesByGroup.set(group, dates);
    }
    const key = tightKeyOf(e);
    if (key === null) continue;
    const tight = [key.source, key.target, key.cameo, key.date].join("\u0000");
    const sharing = byTightKey.get(tight);
    if (sharing !== undefined) union(sharing, e.eventId);
    else byTightKey.set(tight, e.eventId);
  }
  const assignments = new Map(events.map((e) => [e.eventId, find(e.eventId)]));
  const merged = new Map<string, string>();
  for (const e of events) if (e.canonical !== null && find(e.canonical) !== e.canonical) merged.set(e.canonical, find(e.canonical));
  return { assignments, merged };
}
