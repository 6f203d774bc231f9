import type { StoredEvent } from "../store/store.js";

/** Every stored field of an event, one column each, in this order. */
export const CSV_COLUMNS: readonly (readonly [string, (e: StoredEvent) => string | number | null])[] = [
  ["id", (e) => e.id],
  ["article_id", (e) => e.articleId],
  ["version", (e) => e.version],
  ["date", (e) => e.date],
  ["date_precision", (e) => e.datePrecision],
  ["source", (e) => e.source],
  ["target", (e) => e.target],
  ["source_text", (e) => e.sourceText],
  ["target_text", (e) => e.targetText],
  ["cameo", (e) => e.cameo],
  ["cameo_name", (e) => e.cameoName],
  ["root", (e) => e.root],
  ["quad", (e) => e.quad],
  ["goldstein", (e) => e.goldstein],
  ["plover", (e) => e.plover],
  ["modality", (e) => e.modality],
  ["location", (e) => e.location],
  ["evidence_start", (e) => e.evidence[0]],
  ["evidence_end", (e) => e.evidence[1]],
  ["evidence_text", (e) => e.evidenceText],
  ["sentence", (e) => e.sentence],
  ["rule", (e) => e.rule],
  ["article_title", (e) => e.articleTitle],
  ["article_source", (e) => e.articleSource],
  ["article_url", (e) => e.articleUrl],
  ["article_date", (e) => e.articleDate],
  ["story", (e) => e.story],
  ["canonical", (e) => e.canonical],
  ["represents", (e) => (e.represents ? 1 : 0)],
  ["mentions", (e) => e.mentions],
  ["articles", (e) => e.articles],
  ["sources", (e) => e.sources],
];

/** RFC 4180: quote a field that holds a comma, quote or line break, doubling its quotes. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRowOf(event: StoredEvent): string {
  return CSV_COLUMNS.map(([, value]) => csvField(value(event))).join(",");
}
