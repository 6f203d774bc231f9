import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** A section of `npm run eval` or `npm run bench`: prints its own figures. */
/** A figure with thousands separators and a fixed number of decimals, as every section prints them. */
export const fmt = (n: number, digits = 0): string => n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export interface Section {
  readonly title: string;
  run(): Promise<void>;
}

/**
 * Runs every section module in a folder (each exports `section`), in name order, so that a new
 * measurement is a new file. A section that throws is reported and the others still run; the
 * exit status says whether any crashed.
 */
export async function runSections(folder: URL, only: readonly string[]): Promise<void> {
  const files = (await readdir(fileURLToPath(folder))).filter((f) => f.endsWith(".js")).sort();
  let crashed = 0;
  for (const file of files) {
    if (only.length > 0 && !only.some((name) => file.includes(name))) continue;
    const module = (await import(new URL(file, folder).href)) as { section?: Section };
    if (!module.section) continue;
    console.log(`\n== ${module.section.title}`);
    try {
      await module.section.run();
    } catch (error) {
      crashed++;
      console.log(`CRASHED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  if (crashed > 0) process.exitCode = 1;
}
