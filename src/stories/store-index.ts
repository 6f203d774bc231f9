import type { ArticleId } from "../document.js";
import type { StoryStore } from "../store/store.js";
import type { StoryProfile } from "./profile.js";
import { bucketsOf } from "./profile.js";
import { MIN_SHARED_KEYS, queryKeysOf, storeKeysOf } from "./lookup-keys.js";
import type { StoryFirst, StoryIndex, StoryMember } from "./story-index.js";

/**
 * At most this many articles are read through lookup keys for one new article (those sharing
 * the most keys); LSH bucket matches always are. It bounds the cost of a lookup when a name
 * is in thousands of articles of one week.
 */
const MAX_KEY_CANDIDATES = 50;

/** A StoryIndex kept in the store's tables: buckets and keys are posting lists read by primary key. */
export class StoreStoryIndex implements StoryIndex {
  constructor(private readonly store: StoryStore) {}

  async candidates(profile: StoryProfile): Promise<StoryMember[]> {
    const entries = await this.store.storyCandidates(bucketsOf(profile), queryKeysOf(profile), MIN_SHARED_KEYS, storeKeysOf(profile).length, MAX_KEY_CANDIDATES);
    return entries
      .filter((e) => e.articleId !== profile.id)
      .map((e) => ({ profile: JSON.parse(e.profile) as StoryProfile, story: e.story }));
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
      buckets: bucketsOf(profile),
      keys: storeKeysOf(profile),
    });
  }

  async moveStories(from: readonly string[], to: string): Promise<void> {
    await this.store.moveStories(from, to);
  }
}
