import type { ArticleId } from "../document.js";
import type { StoryProfile } from "./profile.js";

/** An indexed article and the story it is in. */
export interface StoryMember {
  readonly profile: StoryProfile;
  readonly story: string;
}

/** A story's earliest article: the one its id is made from. */
export interface StoryFirst {
  readonly id: ArticleId;
  readonly day: string | null;
}

/**
 * Where story grouping keeps its profiles, LSH buckets and lookup keys: in memory for
 * `attache code`, in the store's tables at ingest. The grouping code only talks to this.
 */
export interface StoryIndex {
  /** Articles that share an LSH bucket or a lookup key with the profile (its possible neighbours), in id order. */
  candidates(profile: StoryProfile): Promise<StoryMember[]>;
  /** The earliest article of each of these stories (by day, undated last, then id). */
  earliestOf(stories: readonly string[]): Promise<StoryFirst[]>;
  /** Adds (or replaces) an article with its story. */
  put(profile: StoryProfile, story: string): Promise<void>;
  /** Moves every article of the `from` stories into story `to` (when a new article joins them). */
  moveStories(from: readonly string[], to: string): Promise<void>;
}
