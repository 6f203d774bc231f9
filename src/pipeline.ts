import type { Document } from "./document.js";
import { hasFailed, withMessage } from "./document.js";
import type { Stage } from "./stage.js";
import { tokenize } from "./language/tokens.js";
import { findTimes } from "./language/times.js";
import { findQuantities } from "./language/quantities.js";
import { detectBoilerplate } from "./ingest/boilerplate.js";
import { detectLanguage } from "./language/detect-language.js";
import { createActorStage, loadActorDictionary } from "./actors/index.js";
import { createClaimStage, createEventStage, loadCoderKnowledge } from "./events/index.js";

/** What the pipeline needs to know before it runs: where user dictionaries are, for instance. */
export interface PipelineOptions {
  /** Folders of user dictionaries and patterns that extend or override data/. */
  readonly dictionaries?: readonly string[];
}

/** The stages in order: the only place that knows it. */
function stagesFor(options: PipelineOptions): Stage[] {
  return [
    { name: "boilerplate", run: detectBoilerplate },
    { name: "language", run: detectLanguage },
    { name: "tokens", run: tokenize },
    { name: "times", run: findTimes },
    { name: "quantities", run: findQuantities },
    createActorStage(loadActorDictionary({ userDirs: options.dictionaries ?? [] })),
    ...eventStages(options),
  ];
}

/** The event coder's stages: events, then claims; their knowledge is loaded once. */
function eventStages(options: PipelineOptions): Stage[] {
  const knowledge = loadCoderKnowledge(options.dictionaries ?? []);
  return [createEventStage(knowledge), createClaimStage(knowledge.cues)];
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Document): Document;
  /**
   * Annotates several documents: the same Documents, in the same order, as `run` on each, for
   * less CPU, since each stage works through the whole batch before the next starts and its code
   * and data stay in the processor's caches (Reuters, batches of 50: ~15% less than one by one).
   *
   * @example pipeline.runAll(inputs.map(createDocument))
   */
  runAll(docs: readonly Document[]): Document[];
}

/** One stage on one document; a bug in one stage on one article becomes a message on that article, not a crash. */
function runStage(stage: Stage, doc: Document): Document {
  try {
    return stage.run(doc);
  } catch (error) {
    return withMessage(doc, {
      code: "stage-failed",
      severity: "error",
      reason: error instanceof Error ? error.message : String(error),
      stage: stage.name,
    });
  }
}

/**
 * Builds the pipeline once (loading dictionaries and patterns) and returns a function that
 * annotates one Document at a time.
 */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const stages = stagesFor(options);
  return {
    stages,
    run(doc: Document): Document {
      let current = doc;
      for (const stage of stages) {
        if (hasFailed(current)) break;
        current = runStage(stage, current);
      }
      return current;
    },
    runAll(docs: readonly Document[]): Document[] {
      const current = [...docs];
      for (const stage of stages) {
        for (let k = 0; k < current.length; k++) if (!hasFailed(current[k]!)) current[k] = runStage(stage, current[k]!);
      }
      return current;
    },
  };
}
