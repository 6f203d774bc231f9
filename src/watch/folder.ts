import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { extensionOf, READABLE_EXTENSIONS } from "../ingest/sniff.js";

/** A readable file in a watched folder, with the key that changes when the file does. */
export interface FolderFile {
  readonly path: string;
  readonly key: string;
}

/**
 * The readable files under a folder (recursively, hidden ones left out, name order), each
 * keyed by path, size and modification time: a file dropped in or rewritten is new.
 */
export async function listFolder(folder: string): Promise<FolderFile[]> {
  const found: FolderFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries: Dirent[] = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && (extensionOf(entry.name) === "" || READABLE_EXTENSIONS.has(extensionOf(entry.name)))) {
        const info = await stat(path);
        found.push({ path, key: `file:${path}:${info.size}:${Math.floor(info.mtimeMs)}` });
      }
    }
  };
  await walk(folder);
  return found;
}
