import type { Document } from "../document.js";
import type { Issue } from "../errors.js";
import type { ArticleInput } from "../ingest/create-document.js";
import type { PipelineOptions } from "../pipeline.js";
import type { StoryProfile } from "../stories/profile.js";

/**
 * What the pool and its workers say to each other. Everything here is plain data (a Document
 * is text, metadata, arrays of plain annotations and messages, no classes), so the structured
 * clone of postMessage carries it across intact.
 */

/** What a worker is started with. */
export interface WorkerSettings {
  readonly pipeline: PipelineOptions;
}

/** One article to code. */
export interface CodeTask {
  readonly id: number;
  readonly input: ArticleInput;
  /**
   * The article is coded to be saved: the worker also works out its story profile, and leaves
   * out the tokens layer, which the store does not keep (the writing thread would only unpack it).
   */
  readonly forSaving?: boolean;
}

export type WorkerReply =
  /** The pipeline is built; articles can come. */
  | { readonly kind: "ready" }
  /** The pipeline could not be built (a bad user dictionary): the worker stops. */
  | { readonly kind: "failed"; readonly issue: Issue | null; readonly reason: string }
  /**
   * An article, annotated (or carrying the message of the stage that failed on it), with the CPU
   * seconds the worker's thread has used so far (null where /proc does not tell).
   */
  | { readonly kind: "coded"; readonly id: number; readonly doc: Document; readonly profile?: StoryProfile; readonly cpuSeconds: number | null };
