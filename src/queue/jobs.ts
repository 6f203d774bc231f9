import { z } from "zod";
import type { Result } from "../errors.js";
import { fail, ok } from "../errors.js";
import type { ArticleInput } from "../ingest/create-document.js";
import { createDocument, sha256 } from "../ingest/create-document.js";

/** The queue of articles to code and save, and where its jobs go after their last failed try. */
export const ARTICLES_QUEUE = "articles";
export const DEAD_LETTERS_QUEUE = "articles-dead";

/** What a job carries: the article as read by `enqueue`, so that workers need only the database. */
export interface ArticleJob {
  readonly article: ArticleInput;
}

const nullableText = z.string().nullable().optional();

// Job data is a database row written by another process (maybe another version): checked here.
const articleJobSchema = z.object({
  article: z.object({
    text: z.string(),
    format: z.enum(["text", "html", "rss", "atom", "json-feed", "jsonl", "url"]),
    origin: z.string(),
    id: z.string().optional(),
    title: nullableText,
    source: nullableText,
    url: nullableText,
    author: nullableText,
    published: z
      .object({
        value: z.string(),
        precision: z.enum(["second", "day", "week", "month", "year", "publication", "unknown"]),
        origin: z.enum(["flag", "input", "meta", "json-ld", "dateline", "http"]),
      })
      .nullable()
      .optional(),
    language: z.string().optional(),
    notes: z
      .array(z.object({ code: z.string(), severity: z.enum(["info", "warning", "error"]), reason: z.string(), stage: z.string() }))
      .optional(),
  }),
});

/** The article a job carries, or why its data is not one. */
export function articleOfJob(data: unknown, jobId: string): Result<ArticleInput> {
  const parsed = articleJobSchema.safeParse(data);
  // The data itself, not the parse: nothing the schema does not name (a note's span) is dropped.
  if (parsed.success) return ok((data as ArticleJob).article);
  const first = parsed.error.issues[0];
  return fail({ code: "data-invalid", input: `job ${jobId}`, detail: `${first?.path.join(".") ?? ""}: ${first?.message ?? "not an article"}` });
}

/**
 * The job id of an article: a UUID made of its article id and content hash, the two things
 * that make a stored version. The same article enqueued twice is the same job, refused the
 * second time by the queue's primary key.
 */
export function jobIdOf(article: ArticleInput): string {
  const { meta } = createDocument(article);
  const hex = sha256(`${meta.id}\u0000${meta.contentHash}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
