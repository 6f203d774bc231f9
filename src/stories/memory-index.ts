import type { StoryProfile } from "./profile.js";
import { bucketsOf } from "./profile.js";
import { queryKeysOf, storeKeysOf } from "./lookup-keys.js";
import type { StoryFirst, StoryIndex, StoryMember } from "./story-index.js";
import { isEarlier } from "./story-order.js";

/** A StoryIndex held in memory: for `attache code` over a batch, and for tests. */
export class MemoryStoryIndex implements StoryIndex {
  private readonly byId = new Map<string, StoryMember>();
  private readonly postings = new Map<string, Set<string>>();

  async candidates(profile: StoryProfile): Promise<StoryMember[]> {
    const ids = new Set<string>();
    for (const key of [...bucketsOf(profile).map((b) => `b:${b}`), ...queryKeysOf(profile)]) {
      for (const id of this.postings.get(key) ?? []) if (id !== profile.id) ids.add(id);
    }
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
