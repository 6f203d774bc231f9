import type { Document } from "./document.js";

/**
 * A stage reads the layers it needs and adds its own. It never asks which stage ran before
 * it, only whether the layer it needs is there; a failed document passes through untouched.
 */
export interface Stage {
  readonly name: string;
  run(doc: Document): Document;
}
