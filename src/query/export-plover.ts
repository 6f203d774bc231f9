import type { Ontology } from "../events/ontology.js";
import type { StoredEvent } from "../store/store.js";
import { actorCodeParts } from "./actor-code-parts.js";

/** One event as a PLOVER record, with the field names POLECAT publishes. */
export interface PloverRecord {
  readonly event_id: string;
  readonly event_date: string | null;
  readonly event_type: string;
  readonly mode: string | null;
  readonly context: readonly string[];
  readonly quad_code: number;
  readonly event_intensity: number;
  readonly modality: string;
  readonly source_actor: string | null;
  readonly source_actor_code: string | null;
  readonly source_country: string | null;
  readonly source_sector: string | null;
  readonly target_actor: string | null;
  readonly target_actor_code: string | null;
  readonly target_country: string | null;
  readonly target_sector: string | null;
  readonly event_text: string | null;
  readonly evidence_text: string;
  readonly location: string | null;
  readonly cameo_code: string;
  readonly story_id: string | null;
  /** The canonical event this report stands for or belongs to, and its reports, articles and outlets. */
  readonly canonical_id: string | null;
  readonly num_mentions: number;
  readonly num_articles: number;
  readonly num_sources: number;
  readonly article_id: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly publication_date: string | null;
}

/** The PLOVER record of an event; mode and contexts come from the CAMEO→PLOVER crosswalk. */
export function ploverRecordOf(event: StoredEvent, ontology: Ontology): PloverRecord {
  const code = ontology.cameo(event.cameo);
  const source = actorCodeParts(event.source);
  const target = actorCodeParts(event.target);
  return {
    event_id: event.id,
    event_date: event.date,
    event_type: event.plover,
    mode: code?.ploverMode ?? null,
    context: code?.ploverContexts ?? [],
    quad_code: event.quad,
    event_intensity: event.goldstein,
    modality: event.modality,
    source_actor: event.sourceText,
    source_actor_code: event.source,
    source_country: source.country,
    source_sector: source.sectors.join(",") || null,
    target_actor: event.targetText,
    target_actor_code: event.target,
    target_country: target.country,
    target_sector: target.sectors.join(",") || null,
    event_text: event.sentenceText,
    evidence_text: event.evidenceText,
    location: event.location,
    cameo_code: event.cameo,
    story_id: event.story,
    canonical_id: event.canonical,
    num_mentions: event.mentions,
    num_articles: event.articles,
    num_sources: event.sources,
    article_id: event.articleId,
    source: event.articleSource,
    url: event.articleUrl,
    publication_date: event.articleDate,
  };
}
