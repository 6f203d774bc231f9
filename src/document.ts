/**
 * The one shape that flows through the pipeline.
 *
 * A Document holds the article's immutable body text, its metadata, and layers of
 * annotations. Every annotation is addressed by character offsets into `text`
 * (`text.slice(start, end)` is exactly the annotated words). Stages never copy or
 * re-tokenise the text: they read the layers they need and add their own with
 * `withLayers`, which returns a new Document sharing everything else.
 */

declare const brand: unique symbol;
/** A string that the type system keeps apart from other strings. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ArticleId = Brand<string, "ArticleId">;
export type EventId = Brand<string, "EventId">;
/** A CAMEO-style actor code: country (ISO alpha-3) or IGO/NGO prefix, then sectors, e.g. `BLRGOV`. */
export type ActorCode = Brand<string, "ActorCode">;

/** A half-open range of characters in `Document.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How an article came in; decides which parser read it. */
export type InputFormat = "text" | "html" | "rss" | "atom" | "json-feed" | "jsonl" | "url";

/** How precisely a date is known. `publication` marks an event dated by its article. */
export type DatePrecision = "second" | "day" | "week" | "month" | "year" | "publication" | "unknown";

/** Where the publication date came from, so a user can judge it. */
export type DateOrigin =
  | "flag" // --date on the command line
  | "input" // a field of the input record (JSON Lines `date`, feed item date)
  | "meta" // HTML meta tags or OpenGraph
  | "json-ld" // JSON-LD NewsArticle
  | "dateline" // a dateline in the text ("MINSK, Sept 12 (Reuters) -")
  | "http"; // Last-Modified header of a fetched page

export interface PublishedDate {
  /** ISO 8601 at its own precision: "2025-09-12", "2025-09-12T10:30:00Z", "2025-09". */
  readonly value: string;
  readonly precision: DatePrecision;
  readonly origin: DateOrigin;
}

export interface DocumentMeta {
  readonly id: ArticleId;
  readonly title: string | null;
  /** The outlet: "Reuters", "bbc.co.uk". */
  readonly source: string | null;
  readonly url: string | null;
  readonly author: string | null;
  /** null when no date was given or found: then the article says so, never silently today. */
  readonly published: PublishedDate | null;
  /** ISO 639-1, or "und" when undetermined. Only "en" documents are analysed. */
  readonly language: string;
  /** sha256 of the body text, hex: identical bodies are one article. */
  readonly contentHash: string;
  readonly format: InputFormat;
  /** The file, URL or `-` the article came from, with a line number for JSON Lines. */
  readonly origin: string;
}

/** Why a stretch of text was set aside. */
export type BoilerplateKind = "link-list" | "share" | "subscribe" | "cookie" | "navigation" | "credit" | "other";

export interface BoilerplateSpan extends Span {
  readonly kind: BoilerplateKind;
}

/** Universal POS tags, as wink-nlp gives them. */
export type PosTag =
  | "ADJ" | "ADP" | "ADV" | "AUX" | "CCONJ" | "DET" | "INTJ" | "NOUN" | "NUM" | "PART"
  | "PRON" | "PROPN" | "PUNCT" | "SCONJ" | "SYM" | "VERB" | "X" | "SPACE";

export interface Token extends Span {
  readonly pos: PosTag;
  /** Lower-cased lemma ("signed" → "sign"). */
  readonly lemma: string;
  /** Index of the sentence the token belongs to. */
  readonly sentence: number;
}

export type TimeType = "DATE" | "TIME" | "DURATION" | "SET";

export interface TimeExpression extends Span {
  readonly text: string;
  /** Normalised ISO value at its own precision: "2025-09-11", "2021-07", "2020", "2025-W37", "P3D". */
  readonly value: string;
  readonly type: TimeType;
  readonly precision: DatePrecision;
  /** For ranges ("since July 2021", "from May to June"): the bounds, ISO at their precision. */
  readonly range?: { readonly from?: string; readonly to?: string };
}

export type Comparator = "exactly" | "more-than" | "less-than" | "about" | "at-least" | "at-most";

export interface Quantity extends Span {
  readonly text: string;
  readonly value: number;
  readonly comparator: Comparator;
  /** The counted noun when it follows directly ("300 political prisoners" → "political prisoners"). */
  readonly unit?: string;
}

/** What kind of thing a mention names, whether or not it resolved to a known actor. */
export type MentionType = "PERSON" | "ORG" | "GROUP" | "GPE" | "LOC" | "IGO" | "COMPANY";

export interface ResolvedActor {
  /** Stable id of the canonical actor in the dictionary ("trump-donald", "country:BLR"). */
  readonly id: string;
  readonly name: string;
  /** The CAMEO-style code valid on the article's date, e.g. "USAGOV". */
  readonly code: ActorCode;
  /** ISO alpha-3, or null for IGOs and NGOs without a country. */
  readonly country: string | null;
  /** Sector codes ("GOV", "MIL", "BUS", …), possibly none. */
  readonly sector: string | null;
}

export interface Mention extends Span {
  readonly text: string;
  readonly type: MentionType;
  readonly actor: ResolvedActor | null;
  /** How the mention was resolved: dictionary, coreference, possessor, role… */
  readonly via?: string;
  /** Other readings when the context did not settle the ambiguity. */
  readonly candidates?: readonly ResolvedActor[];
  /**
   * The proper name in the mention: "Alexander Lukashenko" in "Belarusian President Alexander
   * Lukashenko", all of "NATO" (what named-entity annotation marks). Absent when the mention
   * names no one ("the government", "Polish forces").
   */
  readonly name?: Span;
}

/** Whether an event happened, or was only intended, urged, imagined, denied or claimed. */
export type Modality = "asserted" | "intended" | "requested" | "hypothetical" | "negated" | "reported";

export type QuadClass = 1 | 2 | 3 | 4;

export interface CodedEvent {
  readonly source: ActorCode | null;
  readonly target: ActorCode | null;
  readonly sourceText: string | null;
  readonly targetText: string | null;
  /** Full CAMEO code, e.g. "0841". */
  readonly cameo: string;
  readonly cameoName: string;
  /** CAMEO root, "01" … "20". */
  readonly root: string;
  readonly quad: QuadClass;
  readonly goldstein: number;
  readonly plover: string;
  readonly modality: Modality;
  /** The event's own date, ISO at `datePrecision`; the article's date when nothing better is said. */
  readonly date: string | null;
  readonly datePrecision: DatePrecision;
  readonly location: string | null;
  /** The words that say so: [start, end) in the text. */
  readonly evidence: readonly [number, number];
  /** Index of the sentence. */
  readonly sentence: number;
  /** Id of the pattern or rule that fired. */
  readonly rule: string;
}

export interface Claim extends Span {
  readonly text: string;
  readonly value: number;
  readonly comparator: Comparator;
  /** What is counted: "political prisoners". */
  readonly subject: string;
  /** What is said of it: "freed", "remain behind bars". */
  readonly predicate: string | null;
  /** When: ISO value, or a range for "since July 2021". */
  readonly date: string | null;
  readonly since: string | null;
  /** Who says so: "rights groups". */
  readonly attributedTo: string | null;
  readonly sentence: number;
}

/** The annotation layers; a stage adds the ones it owns. */
export interface Layers {
  readonly boilerplate: readonly BoilerplateSpan[];
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  readonly tokens: readonly Token[];
  readonly times: readonly TimeExpression[];
  readonly quantities: readonly Quantity[];
  readonly mentions: readonly Mention[];
  readonly events: readonly CodedEvent[];
  readonly claims: readonly Claim[];
}

export type LayerName = keyof Layers;

export type MessageSeverity = "info" | "warning" | "error";

/** Something a stage has to say about a document: a note, a doubt, or why it failed. */
export interface DocumentMessage {
  readonly code: string;
  readonly severity: MessageSeverity;
  readonly reason: string;
  readonly span?: Span;
  readonly stage: string;
}

export interface Document {
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly layers: Partial<Layers>;
  readonly messages: readonly DocumentMessage[];
}

/** A document with an error message is skipped by later stages. */
export function hasFailed(doc: Document): boolean {
  return doc.messages.some((m) => m.severity === "error");
}

/** Returns a document with `layers` added (or replaced); text and metadata are shared. */
export function withLayers(doc: Document, layers: Partial<Layers>): Document {
  return { ...doc, layers: { ...doc.layers, ...layers } };
}

/** Returns a document with one more message. */
export function withMessage(doc: Document, message: DocumentMessage): Document {
  return { ...doc, messages: [...doc.messages, message] };
}

/** Returns a document with some metadata changed (language, date found in a dateline…). */
export function withMeta(doc: Document, meta: Partial<DocumentMeta>): Document {
  return { ...doc, meta: { ...doc.meta, ...meta } };
}

/** The exact words a span covers. */
export function textOf(doc: Document, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/** Whether a span lies inside any boilerplate span; analysis skips such text. */
export function isBoilerplate(doc: Document, span: Span): boolean {
  return (doc.layers.boilerplate ?? []).some((b) => span.start >= b.start && span.end <= b.end);
}
