import type { Document } from "../document.js";
import type { SaveOutcome, Store } from "../store/store.js";
import type { StoryAssignment } from "./assign.js";
import { assignStory } from "./assign.js";
import { canonicalEventsOf, tightKeyOf } from "./canonical-events.js";
import type { StoryProfile } from "./profile.js";
import { storyProfileOf } from "./profile.js";
import { forgetParsedProfiles, StoreStoryIndex } from "./store-index.js";

/**
 * Places a saved article in its story and updates the canonical events of that story, in one
 * transaction. Placing an article again recomputes the same result, so an interrupted ingest
 * can simply be run again.
 */
export async function placeInStories(store: Store, doc: Document, profile: StoryProfile = storyProfileOf(doc)): Promise<StoryAssignment> {
  return store.inStoryTransaction(async () => {
    const assignment = await assignStory(new StoreStoryIndex(store), profile);
    const inStory = await store.storyEvents(assignment.story);
    const own = inStory.filter((e) => e.articleId === doc.meta.id);
    const keys = own.flatMap((e) => tightKeyOf(e) ?? []);
    const elsewhere = keys.length === 0 ? [] : (await store.eventsMatching(keys)).filter((e) => e.story !== assignment.story);
    const { assignments, merged } = canonicalEventsOf([...inStory, ...elsewhere]);
    await store.setCanonicalEvents(assignments, merged);
    return assignment;
  });
}

/**
 * Saves a document and places it in its story in one transaction. An unchanged article that
 * has no story yet (an ingest interrupted between the two, or a database from before stories)
 * is placed too. `profile`, when given, is the document's (`storyProfileOf`), worked out elsewhere.
 */
export async function saveWithStory(store: Store, doc: Document, profile?: StoryProfile): Promise<SaveOutcome> {
  try {
    return await store.inStoryTransaction(async () => {
      const outcome = await store.saveDocument(doc);
      if (outcome.status !== "unchanged" || (await store.storyEntryOf(doc.meta.id)) === null) await placeInStories(store, doc, profile);
      return outcome;
    });
  } catch (error) {
    // The transaction this was part of is rolled back: what was read in it may not stand.
    forgetParsedProfiles(store);
    throw error;
  }
}
