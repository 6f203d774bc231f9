import type { StoredEvent } from "../store/store.js";
import { actorCodeParts } from "./actor-code-parts.js";

/**
 * The GDELT 2.0 event columns Attache has values for, in GDELT's order. The counts are those
 * of the event's canonical event (its reports, distinct articles and distinct outlets) when
 * stories have placed it, else of this one report.
 */
export const GDELT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
  "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
  "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
  "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName", "SOURCEURL",
] as const;

/** Tabs and line breaks would break the row apart. */
const field = (value: string | number | null): string => (value === null ? "" : String(value).replace(/[\t\r\n]+/g, " "));

function actorColumns(code: string | null, name: string | null): string[] {
  const parts = actorCodeParts(code);
  return [field(code), field(name), field(parts.country), field(parts.sectors[0] ?? null)];
}

/** One GDELT row (tab-separated, no line break) for an event; an undated event has empty date columns. */
export function gdeltRowOf(event: StoredEvent): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(event.date ?? "");
  const values = [
    field(event.serial),
    day ? `${day[1]}${day[2]}${day[3]}` : "",
    day ? `${day[1]}${day[2]}` : "",
    day ? day[1]! : "",
    ...actorColumns(event.source, event.sourceText),
    ...actorColumns(event.target, event.targetText),
    "1",
    event.cameo,
    event.cameo.slice(0, 3),
    event.root,
    field(event.quad),
    field(event.goldstein),
    field(event.mentions), field(event.sources), field(event.articles),
    field(event.location),
    field(event.articleUrl),
  ];
  return values.join("\t");
}
