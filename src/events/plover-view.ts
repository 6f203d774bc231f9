import type { CodedEvent } from "../document.js";

/** One event as PLOVER (POLECAT) records it: one record per predicate, its actors listed per side. */
export interface PloverEvent {
  readonly plover: string;
  readonly cameo: string;
  /** The sides' actor codes, ";"-joined in text order ("USA;JOR"), or null when none is coded. */
  readonly source: string | null;
  readonly target: string | null;
  readonly sourceText: string | null;
  readonly targetText: string | null;
  readonly modality: CodedEvent["modality"];
  readonly date: CodedEvent["date"];
  readonly datePrecision: CodedEvent["datePrecision"];
  readonly location: CodedEvent["location"];
  readonly evidence: readonly [number, number];
  readonly sentence: number;
  readonly rule: string;
}

/**
 * The PLOVER view of coded events. CAMEO codes one event per dyad ("Jordan and Britain agreed" is
 * JOR→GBR and GBR→JOR); PLOVER records the predicate once with its actors listed on each side
 * (source "JOR;GBR"). Events of one predicate (same sentence, evidence and PLOVER type) become one
 * record; an event with no PLOVER type (CAMEO's statements, root 01) has no record.
 *
 * @example ploverViewOf([usaToJor, jorToUsa]) // [{ plover: "AGREE", source: "USA;JOR", target: "JOR;USA", … }]
 */
export function ploverViewOf(events: readonly CodedEvent[]): PloverEvent[] {
  const groups = new Map<string, CodedEvent[]>();
  for (const e of events) {
    if (!e.plover) continue;
    const key = `${e.sentence}\u0000${e.evidence[0]}\u0000${e.evidence[1]}\u0000${e.plover}`;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    return {
      plover: first.plover,
      cameo: first.cameo,
      source: joined(group.map((e) => e.source)),
      target: joined(group.map((e) => e.target)),
      sourceText: joined(group.map((e) => e.sourceText)),
      targetText: joined(group.map((e) => e.targetText)),
      modality: first.modality,
      date: first.date,
      datePrecision: first.datePrecision,
      location: first.location,
      evidence: first.evidence,
      sentence: first.sentence,
      rule: first.rule,
    };
  });
}

/** The distinct non-empty values, in order, ";"-joined; null when there are none. */
function joined(values: readonly (string | null)[]): string | null {
  const distinct = [...new Set(values.filter((v): v is string => Boolean(v)))];
  return distinct.length > 0 ? distinct.join(";") : null;
}
