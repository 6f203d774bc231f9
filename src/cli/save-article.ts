import type { Document } from "../document.js";
import { hasFailed } from "../document.js";
import { AttacheError } from "../errors.js";
import type { StoryProfile } from "../stories/index.js";
import { saveWithStory } from "../stories/index.js";
import type { Store } from "../store/store.js";
import type { IngestCounts } from "./progress.js";

/** The first error message of a document that failed in the pipeline, as one line. */
export function failureOf(doc: Document): string {
  const error = doc.messages.find((m) => m.severity === "error");
  return `${doc.meta.origin}: ${error?.stage ?? "pipeline"} failed (${error?.reason ?? "unknown"})`;
}

/**
 * Saves one annotated article with its story and counts what happened; returns the line to
 * report when the article failed in the pipeline or was refused by the store, else null. A
 * profile worked out on a worker thread saves the writing thread the work.
 * Shared by `ingest` and the queue's `worker`.
 */
export async function saveArticle(store: Store, doc: Document, counts: IngestCounts, profile?: StoryProfile): Promise<string | null> {
  if (hasFailed(doc)) return failureOf(doc);
  try {
    const outcome = await saveWithStory(store, doc, profile);
    if (outcome.status === "unchanged") {
      counts.unchanged++;
      return null;
    }
    if (outcome.status === "new") counts.new++;
    else counts.versions++;
    counts.events += doc.layers.events?.length ?? 0;
    counts.mentions += doc.layers.mentions?.length ?? 0;
    return null;
  } catch (error) {
    if (error instanceof AttacheError) return `${doc.meta.origin}: ${error.message}`;
    throw error;
  }
}
