import type { StoryProfile } from "./profile.js";

/**
 * An article is a candidate through its keys when it shares at least this many: a common
 * name or two ("Trump", "Ukraine") would bring in half the week's news, while two reports of
 * one happening mostly share several (people, places, bodies).
 */
export const MIN_SHARED_KEYS = 3;

/** At most this many names of an article become lookup keys: the longest are the most telling. */
const MAX_NAME_KEYS = 40;

/** The week number of a day (days since 1970 over 7), or "-" when the day is unknown. */
function weekOf(day: string | null): string {
  return day === null ? "-" : String(Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000 / 7));
}

function subjectsOf(profile: StoryProfile): string[] {
  const names = [...profile.names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, MAX_NAME_KEYS);
  return [...names.map((n) => `n:${n}`), ...profile.actors.map((a) => `a:${a}`), ...profile.events.map((e) => `e:${e}`)];
}

/**
 * The keys an article is filed under for story lookup: its names, actors and events, each
 * after its week ("2750/a:USA"), so that a lookup reads only a few weeks of postings however
 * large the store, and those weeks' postings lie together in a store's sorted index.
 */
export function storeKeysOf(profile: StoryProfile): string[] {
  const week = weekOf(profile.day);
  return subjectsOf(profile).map((s) => `${week}/${s}`);
}

/**
 * The keys to look up for an article's neighbours: its own week and the weeks either side, or,
 * for an undated article, the other undated ones. Lookup must be symmetric (B finds A when A
 * would find B), or which pairs are compared, and so the stories, would depend on the order
 * articles came in; an undated article cannot look through every week, so dated and undated
 * articles meet only through shared LSH buckets (near-duplicates).
 */
export function queryKeysOf(profile: StoryProfile): string[] {
  const weeks = profile.day === null ? ["-"] : (() => {
    const w = Number(weekOf(profile.day));
    return [String(w - 1), String(w), String(w + 1)];
  })();
  return subjectsOf(profile).flatMap((s) => weeks.map((w) => `${w}/${s}`));
}
