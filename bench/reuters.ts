/**
 * Reuters-21578 from ../shared (its JSON Lines files reut2-000 … reut2-021), read once here for
 * every bench that measures on real news.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SHARED } from "./shared-paths.js";

export const REUTERS_FOLDER = join(SHARED, "corpora", "reuters-21578", "jsonl");
/** Every file of the collection, in order. */
export const REUTERS_FILES: readonly string[] = Array.from({ length: 22 }, (_, n) => `reut2-${String(n).padStart(3, "0")}.jsonl`);

/** One story that has a body. */
export interface ReutersStory {
  readonly newid: number | undefined;
  readonly title: string | null;
  /** The story's day, YYYY-MM-DD, or null when its date cannot be read. */
  readonly day: string | null;
  readonly body: string;
  readonly file: string;
}

/** Reuters' "26-FEB-1987 15:01:01.79" as an ISO day. */
function reutersDay(date: string): string | null {
  const m = /^(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(date.trim());
  if (!m) return null;
  const month = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC".indexOf(m[2]!) / 3 + 1;
  return month < 1 ? null : `${m[3]}-${String(month).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

/** True when ../shared has the collection. */
export const hasReuters = (): boolean => existsSync(REUTERS_FOLDER);

/** The stories with a body in `files` (missing files are passed over), in order. */
export function* reutersStories(files: readonly string[] = REUTERS_FILES): Generator<ReutersStory> {
  for (const file of files) {
    const path = join(REUTERS_FOLDER, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { newid?: number; title?: string; date?: string; body?: string };
      if (!r.body) continue;
      yield { newid: r.newid, title: r.title ?? null, day: reutersDay(r.date ?? ""), body: r.body, file };
    }
  }
}
