import type { PublishedDate } from "../document.js";
import type { Result } from "../errors.js";
import { fail } from "../errors.js";
import type { ArticleInput } from "./create-document.js";
import { parseArticleRecord } from "./jsonl.js";

/**
 * Reads JSON Lines from a stream of chunks, one record at a time, so that a file of many
 * articles is never held whole: the size cap applies to each line, not to the file.
 */
export async function* streamJsonLines(
  chunks: AsyncIterable<Buffer>,
  origin: string,
  fallbackDate: PublishedDate | null,
  maxLineBytes: number,
): AsyncGenerator<Result<ArticleInput>> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let lineNumber = 0;
  let oversized = false;
  function* finishLine(tail: Buffer): Generator<Result<ArticleInput>> {
    lineNumber++;
    const where = `${origin}:${lineNumber}`;
    if (oversized || pendingBytes + tail.length > maxLineBytes) {
      yield fail({ code: "input-too-large", input: where, detail: `a line longer than ${maxLineBytes} bytes` });
    } else {
      const line = Buffer.concat([...pending, tail]).toString("utf8").trim();
      if (line) {
        let record: unknown;
        try {
          record = JSON.parse(line);
        } catch (error) {
          record = undefined;
          yield fail({ code: "jsonl-invalid", input: where, detail: (error as Error).message });
        }
        if (record !== undefined) yield parseArticleRecord(record, where, fallbackDate);
      }
    }
    pending = [];
    pendingBytes = 0;
    oversized = false;
  }
  for await (const chunk of chunks) {
    let from = 0;
    for (let newline = chunk.indexOf(10, from); newline >= 0; newline = chunk.indexOf(10, from)) {
      yield* finishLine(chunk.subarray(from, newline));
      from = newline + 1;
    }
    const rest = chunk.subarray(from);
    // Past the cap, a line's bytes are counted but no longer kept.
    if (pendingBytes + rest.length > maxLineBytes) oversized = true;
    else pending.push(rest);
    pendingBytes += rest.length;
  }
  if (pendingBytes > 0) yield* finishLine(Buffer.alloc(0));
}
