import { join } from "node:path";
import { z } from "zod";
import { DATA_DIR, readDataFile } from "../knowledge/read-data.js";

let stopwords: ReadonlySet<string> | undefined;
let titleWords: ReadonlySet<string> | undefined;

const wordsIn = (file: string): ReadonlySet<string> => Object.freeze(new Set(readDataFile(join(DATA_DIR, "stories", file), z.string()).map((r) => r.value.toLowerCase())));

/** Words too common in news to tell stories apart (data/stories/stopwords.yaml), loaded once. */
export function storyStopwords(): ReadonlySet<string> {
  stopwords ??= wordsIn("stopwords.yaml");
  return stopwords;
}

/** Capitalised words of titles and institutions that are no names ("Minister", "Police"; data/stories/title-words.yaml), loaded once. */
export function storyTitleWords(): ReadonlySet<string> {
  titleWords ??= wordsIn("title-words.yaml");
  return titleWords;
}
