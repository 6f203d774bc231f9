import assert from "node:assert/strict";
import type { Document, Span } from "../../src/document.js";

/** Every span of every layer lies inside the text and, where it carries `text`, slices back to it. */
export function assertSpansResolve(doc: Document): void {
  for (const [layer, spans] of Object.entries(doc.layers)) {
    for (const span of spans as readonly (Span & { text?: string; evidence?: readonly [number, number] })[]) {
      const [start, end] = span.evidence ?? [span.start, span.end];
      assert.ok(start >= 0 && end <= doc.text.length && start <= end, `${layer}: span [${start}, ${end}) lies outside the text`);
      if (typeof span.text === "string" && !span.evidence) {
        assert.equal(doc.text.slice(start, end), span.text, `${layer}: span [${start}, ${end}) does not slice back to its text`);
      }
    }
  }
}
