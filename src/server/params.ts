import { z } from "zod";
import type { EventCursor, EventFilter, TrendQuery } from "../store/store.js";
import type { Modality, QuadClass } from "../document.js";

const MODALITIES = ["asserted", "intended", "requested", "hypothetical", "negated", "reported"] as const;
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date YYYY, YYYY-MM or YYYY-MM-DD");
const code = z.string().regex(/^[A-Za-z0-9]{1,15}$/, "letters and digits").transform((c) => c.toUpperCase());
const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
const dyad = z
  .string()
  .regex(/^[A-Za-z0-9]{1,15},[A-Za-z0-9]{1,15}$/, "two actor codes separated by a comma, e.g. USA,BLR")
  .transform((d) => d.toUpperCase().split(",") as [string, string]);
const modalities = z
  .string()
  .transform((m) => m.split(",").filter(Boolean))
  .pipe(z.array(z.enum(MODALITIES)));

/** Query of GET /api/articles: a listing, or a full-text search when `q` is given. */
export const articleQuery = z.object({
  q: z.string().max(500).optional(),
  source: z.string().max(200).optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
  lang: z.string().regex(/^[a-z]{2,3}$/).optional(),
  limit: limit(500, 50),
});

/** Query of GET /api/events. */
export const eventQuery = z.object({
  actor: code.optional(),
  dyad: dyad.optional(),
  code: z.string().regex(/^\d{2,4}$/, "a CAMEO code of 2 to 4 digits").optional(),
  root: z.string().regex(/^\d{2}$/, "a CAMEO root of 2 digits").optional(),
  plover: z.string().regex(/^[A-Za-z]+$/).transform((p) => p.toUpperCase()).optional(),
  quad: z.coerce.number().int().min(1).max(4).optional(),
  modality: z.enum(MODALITIES).optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
  article: z.string().max(100).optional(),
  // Every report instead of one line per canonical event.
  reports: z.enum(["true", "false"]).transform((r) => r === "true").optional(),
  limit: limit(500, 50),
  cursor: z.string().max(200).optional(),
});

/** Query of GET /api/aggregates/trend. */
export const trendQuery = z.object({
  dyad: dyad.optional(),
  actor: code.optional(),
  interval: z.enum(["day", "week", "month"]).default("week"),
  since: isoDate.optional(),
  until: isoDate.optional(),
  modality: modalities.optional(),
});

/** Query of GET /api/aggregates/top-actors and top-dyads. */
export const topQuery = z.object({
  since: isoDate.optional(),
  until: isoDate.optional(),
  modality: modalities.optional(),
  limit: limit(200, 20),
});

export const claimQuery = z.object({ subject: z.string().max(200).optional(), limit: limit(500, 100) });
export const listQuery = z.object({ limit: limit(500, 50) });

/** Body of POST /api/ingest: exactly one of text, html, url; a date and title may come along. */
export const ingestBody = z
  .object({
    text: z.string().min(1).max(2_000_000).optional(),
    html: z.string().min(1).max(5_000_000).optional(),
    url: z.string().url().max(2000).optional(),
    title: z.string().max(500).optional(),
    date: isoDate.optional(),
    source: z.string().max(200).optional(),
  })
  .refine((b) => [b.text, b.html, b.url].filter((x) => x !== undefined).length === 1, "give exactly one of text, html or url");

/** An opaque page cursor: where the last page ended. */
export function encodeCursor(cursor: EventCursor): string {
  return Buffer.from(JSON.stringify([cursor.date, cursor.serial])).toString("base64url");
}

export function decodeCursor(text: string): EventCursor | null {
  try {
    const [date, serial] = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as [unknown, unknown];
    if ((date === null || typeof date === "string") && typeof serial === "number" && Number.isInteger(serial)) return { date, serial };
  } catch {
    // Falls through: a cursor that does not decode is a bad request.
  }
  return null;
}

/** The store filter of a validated event query: one event per canonical event unless every report is asked for. */
export function eventFilterOf(query: z.infer<typeof eventQuery>, after: EventCursor | undefined): EventFilter {
  return {
    actor: query.actor,
    dyad: query.dyad,
    code: query.code,
    root: query.root,
    plover: query.plover,
    quad: query.quad as QuadClass | undefined,
    modality: query.modality as Modality | undefined,
    since: query.since,
    until: query.until,
    articleId: query.article as EventFilter["articleId"],
    canonical: query.reports !== true,
    limit: query.limit + 1,
    after,
  };
}

/** The store query of a validated trend query. */
export function trendOf(query: z.infer<typeof trendQuery>): TrendQuery {
  return { interval: query.interval, dyad: query.dyad, actor: query.actor, since: query.since, until: query.until, modalities: query.modality };
}
