import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** The project root (tests run from dist/test/). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The shared folder of fixtures, gold sets and scorers, when this checkout has one beside it. */
export const SHARED = join(ROOT, "..", "shared");
export const HAS_SHARED = existsSync(join(SHARED, "fixtures"));
/** The built CLI. */
export const CLI = join(ROOT, "dist", "src", "cli", "main.js");
