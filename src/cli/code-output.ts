import type { Document } from "../document.js";
import { ploverViewOf } from "../events/plover-view.js";

/**
 * How `attache code` lists events: `cameo`, one event per source–target pair (GDELT's and CAMEO's
 * way: "Jordan and Britain agreed" is two); `plover`, one record per predicate with its actors
 * listed on each side ("JOR;GBR"), as PLOVER and POLECAT record them, statements left out.
 */
export type EventView = "cameo" | "plover";
export const EVENT_VIEWS: readonly EventView[] = ["cameo", "plover"];

/**
 * The JSON line `attache code` prints for one article: its text and every layer, offsets into
 * that text. The scorers in shared/tools read exactly these fields.
 */
export function codeOutputOf(doc: Document, story: string | undefined, view: EventView = "cameo"): Record<string, unknown> {
  const { meta, layers } = doc;
  return {
    id: meta.id,
    title: meta.title,
    date: meta.published?.value ?? null,
    datePrecision: meta.published?.precision ?? "unknown",
    dateOrigin: meta.published?.origin ?? null,
    source: meta.source,
    url: meta.url,
    language: meta.language,
    ...(story === undefined ? {} : { story }),
    text: doc.text,
    boilerplate: (layers.boilerplate ?? []).map((b) => [b.start, b.end]),
    sentences: (layers.sentences ?? []).map((s) => [s.start, s.end]),
    times: layers.times ?? [],
    quantities: layers.quantities ?? [],
    mentions: layers.mentions ?? [],
    events: view === "plover" ? ploverViewOf(layers.events ?? []) : (layers.events ?? []),
    claims: layers.claims ?? [],
    messages: doc.messages,
  };
}
