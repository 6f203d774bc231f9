import type { StoryProfile } from "./profile.js";
import { bucketsOf } from "./profile.js";
import { MIN_SHARED_KEYS, queryKeysOf, storeKeysOf } from "./lookup-keys.js";
import type { StoryFirst, StoryIndex, StoryMember } from "./story-index.js";
import { isEarlier } from "./story-order.js";

/** A StoryIndex held in memory: for `attache code` over a batch, and for tests. */
export class MemoryStoryIndex implements StoryIndex {
  private readonly byId = new Map<string, StoryMember>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly keyCounts = new Map<string, number>();

  async candidates(profile: StoryProfile): Promise<StoryMember[]> {
    const ids = new Set<string>();
    for (const bucket of bucketsOf(profile)) for (const id of this.postings.get(`b:${bucket}`) ?? []) ids.add(id);
    const sharedKeys = new Map<string, number>();
    for (const key of queryKeysOf(profile)) for (const id of this.postings.get(key) ?? []) sharedKeys.set(id, (sharedKeys.get(id) ?? 0) + 1);
    // An article with few names needs fewer in common: the rule looks at both sides, so it is symmetric.
    const own = storeKeysOf(profile).length;
    for (const [id, shared] of sharedKeys) if (shared >= Math.min(MIN_SHARED_KEYS, own, this.keyCounts.get(id) ?? 0)) ids.add(id);
    ids.delete(profile.id);
    return [...ids].sort().map((id) => this.byId.get(id)!);
  }

  async earliestOf(stories: readonly string[]): Promise<StoryFirst[]> {
    const firsts = new Map<string, StoryFirst>();
    for (const { profile, story } of this.byId.values()) {
      const first = firsts.get(story);
      if (stories.includes(story) && (!first || isEarlier(profile, first))) firsts.set(story, { id: profile.id, day: profile.day });
    }
    return stories.flatMap((s) => firsts.get(s) ?? []);
  }

  async put(profile: StoryProfile, story: string): Promise<void> {
    this.byId.set(profile.id, { profile, story });
    this.keyCounts.set(profile.id, storeKeysOf(profile).length);
    for (const key of [...bucketsOf(profile).map((b) => `b:${b}`), ...storeKeysOf(profile)]) {
      let ids = this.postings.get(key);
      if (!ids) this.postings.set(key, (ids = new Set()));
      ids.add(profile.id);
    }
  }

  async moveStories(from: readonly string[], to: string): Promise<void> {
    const moving = new Set(from);
    for (const [id, member] of this.byId) if (moving.has(member.story)) this.byId.set(id, { ...member, story: to });
  }

  /** The story of every indexed article. */
  stories(): Map<string, string> {
    return new Map([...this.byId].map(([id, m]) => [id, m.story]));
  }
}
