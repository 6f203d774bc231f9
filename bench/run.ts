/**
 * `npm run bench [name…]`: speed and memory, one section per file in bench/perf/. Each prints
 * its figures and what it compared them against.
 */
import { runSections } from "./runner.js";

await runSections(new URL("./perf/", import.meta.url), process.argv.slice(2));
