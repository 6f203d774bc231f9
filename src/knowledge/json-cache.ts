/**
 * A cache of JSON values in the OS temp folder, so that a process does not redo slow work on
 * data that has not changed (parsing large YAML files, decoding the cities package). Keys
 * name their inputs exactly (a content hash, package versions); a stale entry cannot be
 * found. The cache is only ever a shortcut: any failure to read or write it is ignored.
 * `ATTACHE_CACHE_DIR` moves it; `ATTACHE_CACHE_DIR=off` turns it off.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";

/** Bumped when the layout of cached values changes. */
const VERSION = "1";

let folder: string | null | undefined;

/** The cache folder, created private to this user; null when there is none to use. */
function cacheFolder(): string | null {
  if (folder !== undefined) return folder;
  const setting = process.env["ATTACHE_CACHE_DIR"];
  if (setting === "off") return (folder = null);
  const uid = process.getuid?.() ?? null;
  const dir = setting || join(tmpdir(), `attache-cache-${uid ?? "user"}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // A folder someone else made could hold values planted for us.
    const owner = statSync(dir).uid;
    folder = uid === null || owner === uid ? dir : null;
  } catch {
    folder = null;
  }
  return folder;
}

/** The hex SHA-256 of a text: the key of content that may change. */
export function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * The value cached under `key`, or `compute()` — whose result is then cached when JSON keeps
 * it exactly (no Dates, no non-finite numbers). An error thrown by `compute` is not cached.
 *
 * @example cachedJson(`places:${versions}`, () => decodeCities())
 */
export function cachedJson<T>(key: string, compute: () => T): T {
  const dir = cacheFolder();
  const file = dir ? join(dir, `${hashOf(`${VERSION}\u0000${key}`)}.json`) : null;
  if (file) {
    try {
      return JSON.parse(readFileSync(file, "utf8")) as T;
    } catch {
      // Not cached yet, or unreadable: compute it.
    }
  }
  const value = compute();
  if (file) {
    try {
      const text = JSON.stringify(value);
      if (isDeepStrictEqual(JSON.parse(text), value)) {
        // Written aside, then renamed: a reader never sees half a file.
        const partial = `${file}.${process.pid}.tmp`;
        writeFileSync(partial, text, { mode: 0o600 });
        renameSync(partial, file);
      }
    } catch {
      // A full or read-only disk only costs the next process the same work again.
    }
  }
  return value;
}
