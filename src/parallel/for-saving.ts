import type { Document } from "../document.js";
import { hasFailed } from "../document.js";
import type { StoryProfile } from "../stories/profile.js";
import { storyProfileOf } from "../stories/profile.js";

/** An article coded to be saved: its Document (without tokens) and, unless it failed, its story profile. */
export interface CodedForSaving {
  readonly doc: Document;
  readonly profile?: StoryProfile;
}

/**
 * What the one writing thread needs of a coded article, worked out where it was coded: the
 * tokens layer, which the store does not keep, is left out (the largest layer, only copied and
 * held while the article waits for its transaction), and the story profile is made here.
 */
export function forSaving(doc: Document): CodedForSaving {
  if (hasFailed(doc)) return { doc };
  const { tokens: _unsaved, ...saved } = doc.layers;
  return { doc: { ...doc, layers: saved }, profile: storyProfileOf(doc) };
}
