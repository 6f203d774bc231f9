/**
 * `npm run eval [name…]`: scores the pipeline on the gold sets in ../shared with the scorers in
 * ../shared/tools, one section per file in bench/eval/. Figures are printed; they do not fail.
 */
import { runSections } from "./runner.js";

await runSections(new URL("./eval/", import.meta.url), process.argv.slice(2));
