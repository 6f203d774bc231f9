import type { PublishedDate } from "../document.js";
import type { Result } from "../errors.js";
import { fail, ok } from "../errors.js";
import type { ArticleInput } from "./create-document.js";
import { parseDateValue } from "./dates.js";
import { languageOfTag } from "./html-meta.js";
import { parseHtml } from "./html.js";

function stringField(record: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = record[name];
    if (typeof value === "string" && value.trim()) return value;
    if (typeof value === "number") return String(value);
  }
  return undefined;
}

/**
 * Reads one article record: `id`, `url`, `title`, `text` or `html`, `published`/`date`,
 * `source`, `language`. An `html` body is read as a page; the record's own fields win over
 * what the page says, and its date over `fallbackDate`.
 */
export function parseArticleRecord(record: unknown, where: string, fallbackDate: PublishedDate | null): Result<ArticleInput> {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return fail({ code: "jsonl-invalid", input: where, detail: "a line must be a JSON object" });
  }
  const fields = record as Record<string, unknown>;
  const dateText = stringField(fields, "published", "date");
  const recordDate = dateText ? parseDateValue(dateText, "input") : null;
  if (dateText && !recordDate) return fail({ code: "date-invalid", input: where, detail: dateText });
  const url = stringField(fields, "url") ?? null;
  const common = {
    format: "jsonl" as const,
    origin: where,
    id: stringField(fields, "id"),
    language: languageOfTag(stringField(fields, "language", "lang")) ?? undefined,
  };
  const text = stringField(fields, "text", "body", "content");
  if (text) {
    return ok({
      ...common,
      text,
      title: stringField(fields, "title") ?? null,
      url,
      source: stringField(fields, "source") ?? null,
      published: recordDate ?? fallbackDate,
    });
  }
  const html = stringField(fields, "html");
  if (!html) return fail({ code: "jsonl-invalid", input: where, detail: "no `text` or `html` field" });
  const page = parseHtml(html, where, { url, fallbackDate });
  if (!page.ok) return page;
  return ok({
    ...page.value,
    ...common,
    language: common.language ?? page.value.language,
    title: stringField(fields, "title") ?? page.value.title,
    url: url ?? page.value.url,
    source: stringField(fields, "source") ?? page.value.source,
    published: recordDate ?? page.value.published,
  });
}

/**
 * Reads JSON Lines, one article a line (see `parseArticleRecord`). A bad line is an issue
 * naming its line number; the others go on.
 */
export function* parseJsonLines(text: string, origin: string, fallbackDate: PublishedDate | null): Generator<Result<ArticleInput>> {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const where = `${origin}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      yield fail({ code: "jsonl-invalid", input: where, detail: (error as Error).message });
      continue;
    }
    yield parseArticleRecord(record, where, fallbackDate);
  }
}
