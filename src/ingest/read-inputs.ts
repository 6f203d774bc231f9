import { readFile } from "node:fs/promises";
import type { PublishedDate } from "../document.js";
import type { Issue, Result } from "../errors.js";
import { ok, fail } from "../errors.js";
import type { ArticleInput } from "./create-document.js";
import { parseText } from "./text.js";
import { parseJsonLines } from "./jsonl.js";

export interface ReadOptions {
  /** The publication date to assume when the input carries none (`--date`). */
  readonly date?: PublishedDate | undefined;
}

/** One article read, or one input that could not be. */
export type ReadResult = Result<ArticleInput>;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function looksLikeJsonLines(text: string): boolean {
  return text.trimStart().startsWith("{");
}

/** Reads files, folders, URLs or `-` and yields articles (or issues) one at a time. */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const input of inputs) {
    let bytes: Buffer;
    try {
      bytes = input === "-" ? await readStdin() : await readFile(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code === "ENOENT" ? "input-not-found" : "input-unreadable";
      yield fail({ code, input } satisfies Issue);
      continue;
    }
    const text = bytes.toString("utf8");
    if (!text.trim()) {
      yield fail({ code: "input-empty", input });
      continue;
    }
    if (input.endsWith(".jsonl") || input.endsWith(".ndjson") || looksLikeJsonLines(text)) {
      yield* parseJsonLines(text, input, options.date ?? null);
      continue;
    }
    yield ok(parseText(text, input, options.date ?? null));
  }
}
