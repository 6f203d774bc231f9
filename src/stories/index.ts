/** Stories: near-duplicates, story grouping, canonical events and related reads. */
export type { StoryProfile } from "./profile.js";
export { storyProfileOf, bucketsOf } from "./profile.js";
export type { StoryIndex, StoryMember } from "./story-index.js";
export { MemoryStoryIndex } from "./memory-index.js";
export type { StoryAssignment } from "./assign.js";
export { assignStory, groupDocuments, storyIdOf } from "./assign.js";
export { scorePair } from "./similarity.js";
export { StoreStoryIndex } from "./store-index.js";
export { placeInStories, saveWithStory } from "./place.js";
export { canonicalEventsOf, isSameEvent } from "./canonical-events.js";
export type { RelatedArticle } from "./related.js";
export { relatedArticles } from "./related.js";
