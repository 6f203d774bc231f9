import type { Document } from "../document.js";
import { hasFailed } from "../document.js";
import type { Store } from "../store/store.js";
import type { StoryProfile } from "../stories/index.js";
import type { IngestCounts } from "./progress.js";
import { failureOf, saveArticle } from "./save-article.js";

/** An annotated article to save, with its story profile when a worker thread has worked it out. */
export interface ToSave {
  readonly doc: Document;
  readonly profile?: StoryProfile;
}

/** Thrown inside a batch's transaction to roll it back when the store refuses one article. */
class Refused extends Error {}

function addCounts(into: IngestCounts, from: IngestCounts): void {
  into.new += from.new;
  into.versions += from.versions;
  into.unchanged += from.unchanged;
  into.failed += from.failed;
  into.events += from.events;
  into.mentions += from.mentions;
}

/**
 * Saves annotated articles, in order, in one transaction, and returns for each the line to
 * report (or null), as `saveArticle` does for one. Each article is placed in its story as if it
 * were saved alone, so a batch ends in the same database as one article per transaction. When
 * the store refuses one, the whole batch is rolled back and saved again one article per
 * transaction: the refusal stays that article's, and a refused write never half-lands.
 */
export async function saveBatch(store: Store, docs: readonly ToSave[], counts: IngestCounts): Promise<(string | null)[]> {
  const batch: IngestCounts = { new: 0, versions: 0, unchanged: 0, failed: 0, events: 0, mentions: 0 };
  try {
    const lines = await store.inStoryTransaction(async () => {
      const lines: (string | null)[] = [];
      for (const { doc, profile } of docs) {
        // An article that failed in the pipeline is reported, not saved: the store never sees it.
        if (hasFailed(doc)) lines.push(failureOf(doc));
        else if ((await saveArticle(store, doc, batch, profile)) !== null) throw new Refused();
        else lines.push(null);
      }
      return lines;
    });
    addCounts(counts, batch);
    return lines;
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    const lines: (string | null)[] = [];
    for (const { doc, profile } of docs) lines.push(await saveArticle(store, doc, counts, profile));
    return lines;
  }
}
