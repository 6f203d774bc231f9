/**
 * Database rows are an edge: each is checked here and turned into the plain typed data the rest
 * of Attache uses. A row that does not fit (a hand-edited database, a newer schema) is an
 * `AttacheError` "store-failed" naming the table and the field, not a wrong value downstream.
 */
import { z } from "zod";
import type {
  ActorCode,
  ArticleId,
  BoilerplateSpan,
  Claim,
  CodedEvent,
  Document,
  DocumentMessage,
  EventId,
  Mention,
  PublishedDate,
  Quantity,
  ResolvedActor,
  Span,
  TimeExpression,
} from "../document.js";
import { AttacheError } from "../errors.js";
import type { ArticleSummary, StoredClaim, StoredEvent, StoredMention } from "./store.js";

const DATE_PRECISIONS = ["second", "day", "week", "month", "year", "publication", "unknown"] as const;
const DATE_ORIGINS = ["flag", "input", "meta", "json-ld", "dateline", "http"] as const;
const FORMATS = ["text", "html", "rss", "atom", "json-feed", "jsonl", "url"] as const;
const BOILERPLATE_KINDS = ["link-list", "share", "subscribe", "cookie", "navigation", "credit", "other"] as const;
const TIME_TYPES = ["DATE", "TIME", "DURATION", "SET"] as const;
const COMPARATORS = ["exactly", "more-than", "less-than", "about", "at-least", "at-most"] as const;
const MENTION_TYPES = ["PERSON", "ORG", "GROUP", "GPE", "LOC", "IGO", "COMPANY"] as const;
const MODALITIES = ["asserted", "intended", "requested", "hypothetical", "negated", "reported"] as const;
const SEVERITIES = ["info", "warning", "error"] as const;

function check<S extends z.ZodType>(schema: S, row: unknown, table: string): z.infer<S> {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AttacheError({ code: "store-failed", input: table, detail: `unexpected row: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim() });
}

/** A JSON column: parsed, then checked against `schema`. */
function jsonColumn<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => {
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }, schema);
}

const spanList = jsonColumn(z.array(z.tuple([z.number().int(), z.number().int()]))).transform((pairs) =>
  pairs.map(([start, end]): Span => ({ start, end })),
);

const messageSchema = z.object({
  code: z.string(),
  severity: z.enum(SEVERITIES),
  reason: z.string(),
  span: z.object({ start: z.number(), end: z.number() }).optional(),
  stage: z.string(),
});

const versionRow = z.object({
  article_id: z.string(),
  number: z.number().int(),
  content_hash: z.string(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  published: z.string().nullable(),
  published_precision: z.enum(DATE_PRECISIONS).nullable(),
  published_origin: z.enum(DATE_ORIGINS).nullable(),
  language: z.string(),
  format: z.enum(FORMATS),
  origin: z.string(),
  text: z.string(),
  paragraphs: spanList,
  sentences: spanList,
  messages: jsonColumn(z.array(messageSchema)),
});
export type VersionRow = z.infer<typeof versionRow>;

function publishedOf(value: string | null, precision: PublishedDate["precision"] | null, origin: PublishedDate["origin"] | null): PublishedDate | null {
  return value !== null && precision !== null && origin !== null ? { value, precision, origin } : null;
}

/** Checks a `versions` row. */
export function versionOf(row: unknown): VersionRow {
  return check(versionRow, row, "versions");
}

const boilerplateRow = z.object({ start: z.number().int(), end: z.number().int(), kind: z.enum(BOILERPLATE_KINDS) });
const timeRow = z.object({
  start: z.number().int(), end: z.number().int(), text: z.string(), value: z.string(), type: z.enum(TIME_TYPES),
  precision: z.enum(DATE_PRECISIONS), range_from: z.string().nullable(), range_to: z.string().nullable(), has_range: z.number().int(),
});
const quantityRow = z.object({
  start: z.number().int(), end: z.number().int(), text: z.string(), value: z.number(), comparator: z.enum(COMPARATORS), unit: z.string().nullable(),
});
const actorSchema = z.object({ id: z.string(), name: z.string(), code: z.string(), country: z.string().nullable(), sector: z.string().nullable() });
const mentionRow = z.object({
  start: z.number().int(), end: z.number().int(), text: z.string(), type: z.enum(MENTION_TYPES),
  actor_id: z.string().nullable(), actor_name: z.string().nullable(), actor_code: z.string().nullable(),
  actor_country: z.string().nullable(), actor_sector: z.string().nullable(), via: z.string().nullable(), candidates: z.string().nullable(),
});
const claimRow = z.object({
  start: z.number().int(), end: z.number().int(), text: z.string(), value: z.number(), comparator: z.enum(COMPARATORS),
  subject: z.string(), predicate: z.string().nullable(), date: z.string().nullable(), since: z.string().nullable(),
  attributed_to: z.string().nullable(), sentence: z.number().int(),
});
const eventRow = z.object({
  id: z.number().int(),
  event_id: z.string(), article_id: z.string(), number: z.number().int(),
  source: z.string().nullable(), target: z.string().nullable(), source_text: z.string().nullable(), target_text: z.string().nullable(),
  cameo: z.string(), cameo_name: z.string(), root: z.string(), quad: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  goldstein: z.number(), plover: z.string(), modality: z.enum(MODALITIES), date: z.string().nullable(), date_precision: z.enum(DATE_PRECISIONS),
  location: z.string().nullable(), evidence_start: z.number().int(), evidence_end: z.number().int(), evidence_text: z.string(),
  sentence: z.number().int(), sentence_text: z.string().nullable(), rule: z.string(),
  title: z.string().nullable(), article_source: z.string().nullable(), url: z.string().nullable(), published: z.string().nullable(),
  story_id: z.string().nullable(), canonical_id: z.string().nullable(), represents: z.union([z.literal(0), z.literal(1)]),
  canonical_mentions: z.number().int(), canonical_articles: z.number().int(), canonical_sources: z.number().int(),
});
const articleContextRow = z.object({ article_id: z.string(), title: z.string().nullable(), published: z.string().nullable() });

export function boilerplateOf(row: unknown): BoilerplateSpan {
  return check(boilerplateRow, row, "boilerplate");
}

export function timeOf(row: unknown): TimeExpression {
  const r = check(timeRow, row, "times");
  const base = { start: r.start, end: r.end, text: r.text, value: r.value, type: r.type, precision: r.precision };
  if (r.has_range === 0) return base;
  return { ...base, range: { ...(r.range_from === null ? {} : { from: r.range_from }), ...(r.range_to === null ? {} : { to: r.range_to }) } };
}

export function quantityOf(row: unknown): Quantity {
  const r = check(quantityRow, row, "quantities");
  const base = { start: r.start, end: r.end, text: r.text, value: r.value, comparator: r.comparator };
  return r.unit === null ? base : { ...base, unit: r.unit };
}

function actorOf(r: z.infer<typeof mentionRow>): ResolvedActor | null {
  if (r.actor_id === null || r.actor_code === null) return null;
  return { id: r.actor_id, name: r.actor_name ?? r.actor_id, code: r.actor_code as ActorCode, country: r.actor_country, sector: r.actor_sector };
}

export function mentionOf(row: unknown): Mention {
  const r = check(mentionRow, row, "mentions");
  const mention: Mention = { start: r.start, end: r.end, text: r.text, type: r.type, actor: actorOf(r) };
  const candidates = r.candidates === null ? undefined : check(jsonColumn(z.array(actorSchema)), r.candidates, "mentions.candidates").map((c) => ({ ...c, code: c.code as ActorCode }));
  return { ...mention, ...(r.via === null ? {} : { via: r.via }), ...(candidates === undefined ? {} : { candidates }) };
}

export function claimOf(row: unknown): Claim {
  const r = check(claimRow, row, "claims");
  return {
    start: r.start, end: r.end, text: r.text, value: r.value, comparator: r.comparator, subject: r.subject, predicate: r.predicate,
    date: r.date, since: r.since, attributedTo: r.attributed_to, sentence: r.sentence,
  };
}

/**
 * An event row with its version's article fields, its story, and its canonical event's counts
 * (an event in none is one report of one article from one outlet); follow with WHERE. Both stores
 * select events with it, and `eventOf` reads its rows.
 */
export const EVENT_COLUMNS = `e.*, v.article_id, v.number, v.title, v.source AS article_source, v.url, v.published,
    sa.story_id, ec.canonical_id, coalesce(ce.mentions, 1) AS canonical_mentions, coalesce(ce.articles, 1) AS canonical_articles,
    coalesce(ce.sources, 1) AS canonical_sources
  FROM events e JOIN versions v ON v.id = e.version_id
  LEFT JOIN story_articles sa ON sa.article_id = v.article_id LEFT JOIN event_canonical ec ON ec.event_id = e.event_id
  LEFT JOIN canonical_events ce ON ce.canonical_id = ec.canonical_id`;

/** Only events of the latest version of their article. */
export const LATEST_EVENTS = "JOIN articles a ON a.latest_version_id = e.version_id";

/** An event row joined with its version (`number`, `title`, `article_source`, `url`, `published`). */
export function eventOf(row: unknown): StoredEvent {
  const r = check(eventRow, row, "events");
  return {
    id: r.event_id as EventId, serial: r.id, articleId: r.article_id as ArticleId, version: r.number,
    source: r.source as ActorCode | null, target: r.target as ActorCode | null, sourceText: r.source_text, targetText: r.target_text,
    cameo: r.cameo, cameoName: r.cameo_name, root: r.root, quad: r.quad, goldstein: r.goldstein, plover: r.plover, modality: r.modality,
    date: r.date, datePrecision: r.date_precision, location: r.location, evidence: [r.evidence_start, r.evidence_end], sentence: r.sentence,
    rule: r.rule, evidenceText: r.evidence_text, sentenceText: r.sentence_text,
    articleTitle: r.title, articleSource: r.article_source, articleUrl: r.url, articleDate: r.published,
    story: r.story_id, canonical: r.canonical_id, represents: r.represents === 1,
    mentions: r.canonical_mentions, articles: r.canonical_articles, sources: r.canonical_sources,
  };
}

/** A mention row joined with its article (`article_id`, `title`, `published`). */
export function storedMentionOf(row: unknown): StoredMention {
  const context = check(articleContextRow, row, "mentions");
  return { ...mentionOf(row), articleId: context.article_id as ArticleId, articleTitle: context.title, articleDate: context.published };
}

/** A claim row joined with its article. */
export function storedClaimOf(row: unknown): StoredClaim {
  const context = check(articleContextRow, row, "claims");
  return { ...claimOf(row), articleId: context.article_id as ArticleId, articleTitle: context.title, articleDate: context.published };
}

const summaryRow = z.object({
  article_id: z.string(), number: z.number().int(), title: z.string().nullable(), source: z.string().nullable(), url: z.string().nullable(),
  published: z.string().nullable(), published_precision: z.enum(DATE_PRECISIONS).nullable(), published_origin: z.enum(DATE_ORIGINS).nullable(),
  language: z.string(), events: z.number().int(), mentions: z.number().int(),
});

/** A version row with its counts of events and mentions. */
export function summaryOf(row: unknown): ArticleSummary {
  const r = check(summaryRow, row, "versions");
  return {
    id: r.article_id as ArticleId, title: r.title, source: r.source, url: r.url,
    published: publishedOf(r.published, r.published_precision, r.published_origin), language: r.language,
    version: r.number, events: r.events, mentions: r.mentions,
  };
}

/** Puts a Document back together from its version row and layer rows. */
export function documentOf(version: VersionRow, layers: {
  boilerplate: readonly BoilerplateSpan[]; times: readonly TimeExpression[]; quantities: readonly Quantity[];
  mentions: readonly Mention[]; events: readonly StoredEvent[]; claims: readonly Claim[];
}): Document {
  const messages: DocumentMessage[] = version.messages.map((m) => ({
    code: m.code, severity: m.severity, reason: m.reason, stage: m.stage, ...(m.span ? { span: m.span } : {}),
  }));
  return {
    text: version.text,
    meta: {
      id: version.article_id as ArticleId, title: version.title, source: version.source, url: version.url, author: version.author,
      published: publishedOf(version.published, version.published_precision, version.published_origin),
      language: version.language, contentHash: version.content_hash, format: version.format, origin: version.origin,
    },
    layers: {
      boilerplate: layers.boilerplate, paragraphs: version.paragraphs, sentences: version.sentences, times: layers.times,
      quantities: layers.quantities, mentions: layers.mentions, events: layers.events.map(codedEventOf), claims: layers.claims,
    },
    messages,
  };
}

/** The CodedEvent fields of a stored event, as the pipeline made them. */
export function codedEventOf(e: StoredEvent): CodedEvent {
  return {
    source: e.source, target: e.target, sourceText: e.sourceText, targetText: e.targetText, cameo: e.cameo, cameoName: e.cameoName,
    root: e.root, quad: e.quad, goldstein: e.goldstein, plover: e.plover, modality: e.modality, date: e.date,
    datePrecision: e.datePrecision, location: e.location, evidence: e.evidence, sentence: e.sentence, rule: e.rule,
  };
}
