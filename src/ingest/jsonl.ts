import type { PublishedDate } from "../document.js";
import type { Result } from "../errors.js";
import { fail, ok } from "../errors.js";
import type { ArticleInput } from "./create-document.js";
import { parseDateValue } from "./dates.js";

function stringField(record: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = record[name];
    if (typeof value === "string" && value.trim()) return value;
    if (typeof value === "number") return String(value);
  }
  return undefined;
}

/**
 * Reads JSON Lines, one article a line: `id`, `url`, `title`, `text` or `html`,
 * `published`/`date`, `source`. A bad line is an issue naming its line number; the others go on.
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
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      yield fail({ code: "jsonl-invalid", input: where, detail: "a line must be a JSON object" });
      continue;
    }
    const fields = record as Record<string, unknown>;
    const body = stringField(fields, "text", "body", "content");
    if (!body) {
      yield fail({ code: "jsonl-invalid", input: where, detail: "no `text` field" });
      continue;
    }
    const dateText = stringField(fields, "published", "date");
    let published = fallbackDate;
    if (dateText) {
      const parsed = parseDateValue(dateText, "input");
      if (!parsed) {
        yield fail({ code: "date-invalid", input: where, detail: dateText });
        continue;
      }
      published = parsed;
    }
    yield ok({
      text: body,
      format: "jsonl",
      origin: where,
      id: stringField(fields, "id"),
      title: stringField(fields, "title") ?? null,
      url: stringField(fields, "url") ?? null,
      source: stringField(fields, "source") ?? null,
      published,
    });
  }
}
