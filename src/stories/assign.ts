import type { ArticleId, Document } from "../document.js";
import type { StoryProfile } from "./profile.js";
import { storyProfileOf } from "./profile.js";
import type { StoryLink } from "./similarity.js";
import { scorePair } from "./similarity.js";
import type { StoryFirst, StoryIndex } from "./story-index.js";
import { isEarlier } from "./story-order.js";
import { MemoryStoryIndex } from "./memory-index.js";

/** What placing one article did: its story, and the articles it is linked to, and how. */
export interface StoryAssignment {
  readonly story: string;
  readonly links: readonly { readonly id: ArticleId; readonly link: StoryLink }[];
  /** Stories that were merged into `story` because the article links them. */
  readonly merged: readonly string[];
}

/** The id of a story: derived from its earliest member, so it depends only on the members. */
export function storyIdOf(earliest: ArticleId): string {
  return `story-${earliest}`;
}

/**
 * Puts an article into the index and its story. Stories are the connected components of the
 * graph whose edges are the linked pairs (`scorePair`); an edge depends only on its two
 * articles, so the same articles in any order end in the same components and the same ids.
 */
export async function assignStory(index: StoryIndex, profile: StoryProfile): Promise<StoryAssignment> {
  const links: { id: ArticleId; link: StoryLink }[] = [];
  const linkedStories = new Set<string>();
  for (const candidate of await index.candidates(profile)) {
    const { link } = scorePair(profile, candidate.profile);
    if (link === null) continue;
    links.push({ id: candidate.profile.id, link });
    linkedStories.add(candidate.story);
  }
  let earliest: StoryFirst = { id: profile.id, day: profile.day };
  for (const first of await index.earliestOf([...linkedStories].sort())) {
    if (first.id !== profile.id && isEarlier(first, earliest)) earliest = first;
  }
  const story = storyIdOf(earliest.id);
  const merged = [...linkedStories].filter((s) => s !== story).sort();
  if (merged.length > 0) await index.moveStories(merged, story);
  await index.put(profile, story);
  return { story, links, merged };
}

/** Groups a batch of documents into stories over an in-memory index: article id → story id. */
export async function groupDocuments(docs: readonly Document[]): Promise<Map<string, string>> {
  const index = new MemoryStoryIndex();
  for (const doc of docs) await assignStory(index, storyProfileOf(doc));
  return index.stories();
}
