import { createHash } from "node:crypto";
import type { ArticleId, Document, DocumentMessage, InputFormat, PublishedDate } from "../document.js";

/** What every input parser produces before the pipeline runs: text plus what is known of it. */
export interface ArticleInput {
  readonly text: string;
  readonly format: InputFormat;
  /** The file, URL or `-`, with `:line` for JSON Lines. */
  readonly origin: string;
  readonly id?: string | undefined;
  readonly title?: string | null | undefined;
  readonly source?: string | null | undefined;
  readonly url?: string | null | undefined;
  readonly author?: string | null | undefined;
  readonly published?: PublishedDate | null | undefined;
  /** ISO 639-1 as the input declares it (HTML lang, feed language); detected later otherwise. */
  readonly language?: string | undefined;
  /** What reading the input had to say about it (a dateline without a year, a guessed charset). */
  readonly notes?: readonly DocumentMessage[] | undefined;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Line endings and stray spaces are normalised once, here, so that offsets never move later. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00A0]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The id of an article: the one the input gives, else derived from its URL (so that a new
 * version at the same URL keeps its id), else from its text.
 */
export function articleIdOf(input: { id?: string | undefined; url?: string | null | undefined }, contentHash: string): ArticleId {
  if (input.id) return input.id as ArticleId;
  const basis = input.url ? `url:${input.url}` : `text:${contentHash}`;
  return sha256(basis).slice(0, 16) as ArticleId;
}

/** The notes of an input, plus "date-unknown" when it has no date: never silently today. */
function messagesOf(input: ArticleInput): readonly DocumentMessage[] {
  const notes = input.notes ?? [];
  if (input.published || notes.some((n) => n.code === "date-unknown")) return notes;
  return [...notes, { code: "date-unknown", severity: "info", reason: "no publication date given or found; give --date", stage: "ingest" }];
}

/** Makes the Document every stage works on. */
export function createDocument(input: ArticleInput): Document {
  const text = normaliseText(input.text);
  const contentHash = sha256(text);
  return {
    text,
    meta: {
      id: articleIdOf(input, contentHash),
      title: input.title?.trim() || null,
      source: input.source ?? null,
      url: input.url ?? null,
      author: input.author ?? null,
      published: input.published ?? null,
      language: input.language ?? "und",
      contentHash,
      format: input.format,
      origin: input.origin,
    },
    layers: {},
    messages: messagesOf(input),
  };
}
