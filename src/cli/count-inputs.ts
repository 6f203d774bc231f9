import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { isUrl } from "../ingest/fetch-url.js";
import { extensionOf, READABLE_EXTENSIONS } from "../ingest/sniff.js";

/** The files an ingest will read, when that can be known before reading them. */
export interface InputFiles {
  readonly files: ReadonlySet<string>;
  /** False when an input is a URL or standard input: then the total is not known. */
  readonly complete: boolean;
}

function walk(folder: string, into: Set<string>): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, into);
    else if (entry.isFile() && (extensionOf(entry.name) === "" || READABLE_EXTENSIONS.has(extensionOf(entry.name)))) into.add(path);
  }
}

/**
 * Lists the files under the inputs, by the same rules as the folder reader (hidden files left
 * out, known extensions or none), so that the progress line can tell the time left.
 */
export function listInputFiles(inputs: readonly string[]): InputFiles {
  const files = new Set<string>();
  let complete = true;
  for (const input of inputs) {
    if (input === "-" || isUrl(input)) {
      complete = false;
      continue;
    }
    try {
      if (statSync(input).isDirectory()) walk(input, files);
      else files.add(input);
    } catch {
      // A missing input is reported by the reader; it counts as one input done.
      files.add(input);
    }
  }
  return { files, complete };
}

/** The file an article or issue came from: its origin without `:line`, `#item` or `[index]`. */
export function fileOfOrigin(origin: string): string {
  return origin.replace(/(:\d+|#\d+|\[\d+\])$/, "");
}
