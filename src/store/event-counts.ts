import type { TrendQuery } from "./store.js";

/**
 * What both dialects share about `event_day_counts` (migration 8): canonical events (since
 * migration 9, the events that represent one) counted per source, target, day and modality,
 * once by whole codes (cut 0) and once by their first three characters (cut 3).
 */
export const CUTS = [0, 3] as const;
export type Cut = (typeof CUTS)[number];

/** Which events a count changes: those of one version (a save), or some by `events.id`. */
export type CountedEvents = { readonly version: number } | { readonly serials: readonly number[] };

/** The key of a cut's rows over events `e`: a missing code or date is '', a date its first ten characters. */
export const COUNT_KEYS: Readonly<Record<Cut, string>> = {
  0: "coalesce(e.source, ''), coalesce(e.target, ''), coalesce(substr(e.date, 1, 10), ''), e.modality",
  3: "coalesce(substr(e.source, 1, 3), ''), coalesce(substr(e.target, 1, 3), ''), coalesce(substr(e.date, 1, 10), ''), e.modality",
};

/** The prefixes a timeline query filters codes by. */
function prefixesOf(query: TrendQuery): string[] {
  return [...(query.dyad ?? []), ...(query.actor === undefined ? [] : [query.actor])];
}

/** The cut whose rows answer a query: 3 when every prefix is that short (a code's first three characters decide it), else 0. */
export function cutOf(query: TrendQuery): Cut {
  return prefixesOf(query).every((p) => p.length <= 3) ? 3 : 0;
}

/**
 * Whether `event_day_counts` can answer a timeline query exactly: its days are dates cut to
 * ten characters, so bounds finer than a day need the events; and '' stands for a missing code
 * there, which an empty prefix would match.
 */
export function countsAnswer(query: TrendQuery): boolean {
  return (query.since ?? "").length <= 10 && (query.until ?? "").length <= 10 && prefixesOf(query).every((p) => p !== "");
}
