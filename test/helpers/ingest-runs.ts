/** Reading an ingest's database while it runs, and killing it part-way, for the interruption tests. */
import { spawn } from "node:child_process";
import Database from "better-sqlite3";
import { CLI } from "../paths.js";

/** How many articles a SQLite database holds now; 0 before the ingest has created it. */
export function storedArticles(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

/**
 * Runs `attache ingest --db db …args` and kills it (SIGKILL, no chance to tidy up) once at least
 * `atLeast` articles are stored; returns how many were stored at the kill.
 */
export async function ingestKilledAfter(db: string, args: readonly string[], atLeast: number): Promise<number> {
  const child = spawn("node", [CLI, "ingest", "--db", db, ...args], { stdio: "ignore" });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let finished = false;
  void exited.then(() => { finished = true; });
  while (!finished && storedArticles(db) < atLeast) await new Promise((r) => setTimeout(r, 5));
  child.kill("SIGKILL");
  await exited;
  return storedArticles(db);
}
