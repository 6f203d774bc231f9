import { join } from "node:path";
import { z } from "zod";
import { DATA_DIR, readDataFile } from "../knowledge/read-data.js";

let stopwords: ReadonlySet<string> | undefined;

/** Words too common in news to tell stories apart (data/stories/stopwords.yaml), loaded once. */
export function storyStopwords(): ReadonlySet<string> {
  stopwords ??= Object.freeze(new Set(readDataFile(join(DATA_DIR, "stories", "stopwords.yaml"), z.string()).map((r) => r.value.toLowerCase())));
  return stopwords;
}
