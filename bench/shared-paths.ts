import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** The project root (bench files run from dist/bench/…). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SHARED = join(ROOT, "..", "shared");
export const HAS_SHARED = existsSync(join(SHARED, "tools"));
export const CLI = join(ROOT, "dist", "src", "cli", "main.js");
