import type { StoryProfile } from "./profile.js";
import { MAX_STORY_DAYS } from "./similarity.js";

/**
 * An article is a candidate through its keys when it shares at least this many: a common
 * name or two ("Trump", "Ukraine") would bring in half the week's news, while two reports of
 * one happening mostly share several (people, places, bodies).
 */
export const MIN_SHARED_KEYS = 3;

/** At most this many names of an article become lookup keys: the longest are the most telling. */
const MAX_NAME_KEYS = 40;

/** Days since 1970 of a YYYY-MM-DD day, or null when it is unknown (or no day of the calendar). */
function dayNumberOf(day: string | null): number | null {
  const time = day === null ? NaN : Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? null : Math.floor(time / 86_400_000);
}

/**
 * What an article is filed under: its names and the named actors it mentions ("n:costa",
 * "a:ana-costa"). Not actor codes ("USA", "USAGOV") or dyads: half the news shares them, so
 * any two reports on one government shared three keys (340 candidates an article in the stories
 * bench, 116 without), and a same-story link needs a shared name anyway.
 */
function subjectsOf(profile: StoryProfile): string[] {
  const names = [...profile.names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, MAX_NAME_KEYS);
  return [...names.map((n) => `n:${n}`), ...(profile.named ?? []).map((a) => `a:${a}`)];
}

/**
 * The keys an article is filed under for story lookup: its names and named actors, each
 * after its day ("18262/n:costa"; "-/n:costa" undated), so that a lookup reads only a week of
 * postings however large the store, and those days' postings lie together in a store's
 * sorted index.
 */
export function storeKeysOf(profile: StoryProfile): string[] {
  const day = dayNumberOf(profile.day);
  const prefix = day === null ? "-" : String(day);
  return subjectsOf(profile).map((s) => `${prefix}/${s}`);
}

/**
 * The keys to look up for an article's neighbours: its own day and the `MAX_STORY_DAYS` either
 * side, the reports a same-story link allows; or, for an undated article, the other undated
 * ones. Lookup is symmetric (B finds A exactly when A would find B), or which pairs are
 * compared, and so the stories, would depend on the order articles came in. Copies and
 * rewrites further apart are found only through shared LSH buckets (a copy at shingle Jaccard
 * 0.5 in 99.5 % of cases, a rewrite at 0.25 in about half): looking through more days for
 * them would read more postings for every article. An undated article cannot look through
 * every day, so dated and undated articles meet only through LSH buckets too.
 */
export function queryKeysOf(profile: StoryProfile): string[] {
  const day = dayNumberOf(profile.day);
  const prefixes = day === null ? ["-"] : Array.from({ length: 2 * MAX_STORY_DAYS + 1 }, (_, i) => String(day - MAX_STORY_DAYS + i));
  return subjectsOf(profile).flatMap((s) => prefixes.map((p) => `${p}/${s}`));
}
