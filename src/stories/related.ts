import type { ArticleId } from "../document.js";
import type { StoryStore } from "../store/store.js";
import type { StoryProfile } from "./profile.js";
import { daysBetween } from "./similarity.js";

/** An article worth reading next, and why. */
export interface RelatedArticle {
  readonly articleId: ArticleId;
  readonly story: string;
  /** 0…3: text relevance (0…1) plus shared actors and events (0…1 each), lowered by distance in time. */
  readonly score: number;
  readonly sharedActors: readonly string[];
  readonly sharedEvents: readonly string[];
  /** Days between the two publication dates, when both are known. */
  readonly days: number | null;
}

/** Words of the full-text query: every name, then the longest content words. */
const QUERY_WORDS = 40;
/** BM25 candidates re-ranked with actors, events and time. */
const CANDIDATES = 60;
/** A related article this many days away counts half as much. */
const HALF_LIFE_DAYS = 14;

function queryWordsOf(profile: StoryProfile): string[] {
  const names = new Set(profile.names);
  const others = profile.terms.filter((t) => !names.has(t)).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return [...profile.names, ...others].slice(0, QUERY_WORDS);
}

const shared = (a: readonly string[], b: readonly string[]): string[] => a.filter((x) => b.includes(x));
const jaccard = (a: readonly string[], b: readonly string[], both: number): number => (a.length + b.length - both === 0 ? 0 : both / (a.length + b.length - both));

/**
 * The articles most related to one, outside its own story (those are its other reports) and
 * one per story:
 * BM25 over the full-text index finds candidates, shared actors and events and nearness in
 * time rank them.
 */
export async function relatedArticles(store: StoryStore, id: ArticleId, limit: number): Promise<RelatedArticle[]> {
  const entry = await store.storyEntryOf(id);
  if (entry === null) return [];
  const profile = JSON.parse(entry.profile) as StoryProfile;
  const hits = await store.articlesMatchingAny(queryWordsOf(profile), id, CANDIDATES);
  if (hits.length === 0) return [];
  const best = Math.max(...hits.map((h) => h.bm25));
  const entries = new Map((await store.storyEntries(hits.map((h) => h.articleId))).map((e) => [e.articleId, e]));
  const related: RelatedArticle[] = [];
  for (const hit of hits) {
    const other = entries.get(hit.articleId);
    if (!other || other.story === entry.story) continue;
    const theirs = JSON.parse(other.profile) as StoryProfile;
    const sharedActors = shared(profile.actors, theirs.actors);
    const sharedEvents = shared(profile.events, theirs.events);
    const days = daysBetween(profile.day, theirs.day);
    const decay = days === null ? 1 : 1 / (1 + days / HALF_LIFE_DAYS);
    const text = best > 0 ? hit.bm25 / best : 0;
    const score = (text + jaccard(profile.actors, theirs.actors, sharedActors.length) + jaccard(profile.events, theirs.events, sharedEvents.length)) * decay;
    related.push({ articleId: hit.articleId, story: other.story, score, sharedActors, sharedEvents, days });
  }
  // One article per story: a reading list of nine copies of one report is a list of one.
  const bestOfStory = new Map<string, RelatedArticle>();
  for (const r of related.sort((a, b) => b.score - a.score || (a.articleId < b.articleId ? -1 : 1))) {
    if (!bestOfStory.has(r.story)) bestOfStory.set(r.story, r);
  }
  return [...bestOfStory.values()].slice(0, limit);
}
