import type { ArticleId } from "../document.js";
import type { StoryStore } from "../store/store.js";
import type { StoryProfile } from "./profile.js";
import { bucketsOf } from "./profile.js";
import { MIN_SHARED_KEYS, queryKeysOf, storeKeysOf } from "./lookup-keys.js";
import type { StoryFirst, StoryIndex, StoryMember } from "./story-index.js";

/**
 * At most this many articles are read through lookup keys for one new article (those sharing
 * the most keys); LSH bucket matches always are. It bounds the cost of a lookup when a name
 * is in thousands of articles of the days looked up.
 */
const MAX_KEY_CANDIDATES = 50;

/**
 * Parsed profiles kept per store, most recently used last. A lookup's candidates are mostly
 * the articles of the last days, read again and again: parsing their stored JSON each time
 * was a fifth of the cost of a save. A parsed profile of a 2,000-character article is ~4 KB of heap.
 */
const CACHED_PROFILES = 3_000;

interface Parsed {
  /** The stored version the profile was made from: a new version of the article has a new profile. */
  readonly versionId: number;
  readonly profile: StoryProfile;
}

const parsedByStore = new WeakMap<StoryStore, Map<ArticleId, Parsed>>();

function parsedOf(store: StoryStore): Map<ArticleId, Parsed> {
  let parsed = parsedByStore.get(store);
  if (!parsed) parsedByStore.set(store, (parsed = new Map()));
  return parsed;
}

/**
 * Forgets the profiles read from a store: after a rolled-back write, a version id read inside
 * it may be given again to another text.
 */
export function forgetParsedProfiles(store: StoryStore): void {
  parsedByStore.delete(store);
}

/** A StoryIndex kept in the store's tables: buckets and keys are posting lists read by primary key. */
export class StoreStoryIndex implements StoryIndex {
  /** The LSH buckets of the profile placed last: looked up, then filed (hashing them is not free). */
  private buckets: { readonly profile: StoryProfile; readonly buckets: string[] } | null = null;

  constructor(private readonly store: StoryStore) {}

  private bucketsOf(profile: StoryProfile): string[] {
    if (this.buckets?.profile !== profile) this.buckets = { profile, buckets: bucketsOf(profile) };
    return this.buckets.buckets;
  }

  async candidates(profile: StoryProfile): Promise<StoryMember[]> {
    const found = (await this.store.storyCandidates(this.bucketsOf(profile), queryKeysOf(profile), MIN_SHARED_KEYS, storeKeysOf(profile).length, MAX_KEY_CANDIDATES))
      .filter((c) => c.articleId !== profile.id);
    const parsed = parsedOf(this.store);
    const missing = found.filter((c) => parsed.get(c.articleId)?.versionId !== c.versionId);
    if (missing.length > 0) {
      const versions = new Map(missing.map((c) => [c.articleId, c.versionId]));
      for (const entry of await this.store.storyEntries([...versions.keys()])) {
        parsed.delete(entry.articleId);
        parsed.set(entry.articleId, { versionId: versions.get(entry.articleId)!, profile: JSON.parse(entry.profile) as StoryProfile });
      }
    }
    const members: StoryMember[] = [];
    for (const c of found) {
      const hit = parsed.get(c.articleId);
      if (hit === undefined) continue;
      // Most recently used last: the oldest are dropped first.
      parsed.delete(c.articleId);
      parsed.set(c.articleId, hit);
      members.push({ profile: hit.profile, story: c.story });
    }
    for (const oldest of parsed.keys()) {
      if (parsed.size <= CACHED_PROFILES) break;
      parsed.delete(oldest);
    }
    return members;
  }

  async earliestOf(stories: readonly string[]): Promise<StoryFirst[]> {
    return (await this.store.earliestOfStories(stories)).map((f) => ({ id: f.articleId as ArticleId, day: f.day }));
  }

  async put(profile: StoryProfile, story: string): Promise<void> {
    await this.store.placeInStory({
      articleId: profile.id,
      story,
      day: profile.day,
      source: profile.source,
      profile: JSON.stringify(profile),
      buckets: this.bucketsOf(profile),
      keys: storeKeysOf(profile),
    });
  }

  async moveStories(from: readonly string[], to: string): Promise<void> {
    await this.store.moveStories(from, to);
  }
}
