/**
 * Cost of the mentions stage (matcher, resolution, coreference) against the language layer
 * (tokens over wink-nlp, time expressions, quantities: the stages before it) on the same
 * articles: BBC news from ../shared when it is here, else generated articles. Target: mentions
 * add less than 25% to the language layer.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Document } from "../../src/document.js";
import { findMentions, loadActorDictionary } from "../../src/actors/index.js";
import { createDocument } from "../../src/ingest/create-document.js";
import { tokenize } from "../../src/language/tokens.js";
import { findTimes } from "../../src/language/times.js";
import { findQuantities } from "../../src/language/quantities.js";
import type { Section } from "../runner.js";
import { SHARED } from "../shared-paths.js";

const DAY = { value: "2005-01-15", precision: "day", origin: "flag" } as const;

/** Up to 400 BBC articles (politics and business first), or null when ../shared is not here. */
function bbcDocuments(): Document[] | null {
  const root = join(SHARED, "corpora", "bbc-news-2225");
  if (!existsSync(root)) return null;
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith(".txt")) files.push(join(dir, entry.name));
    }
  };
  walk(root);
  return files.slice(0, 400).map((f) => createDocument({ text: readFileSync(f, "latin1"), format: "text", origin: f, published: DAY }));
}

/** Articles of our own making, for a checkout without ../shared. */
function generatedDocuments(): Document[] {
  const lines = [
    "US President Donald Trump sent a letter to Belarusian President Alexander Lukashenko.",
    "Rights groups say more than 1,000 political prisoners remain behind bars in Belarus.",
    "Jan Kowalski, a Warsaw-based analyst, said the Kremlin would watch closely.",
    "Russian drones crossed into Poland, the Pentagon said on Tuesday.",
    "The European Union and NATO called for calm; the government in Minsk did not reply.",
  ];
  return Array.from({ length: 300 }, (_, d) => createDocument({ text: Array.from({ length: 10 }, (_, k) => lines[(d + k) % lines.length]).join(" "), format: "text", origin: "generated", published: DAY }));
}

/** CPU milliseconds since `from`: the machine may be shared, and wall time then says little. */
const cpuMs = (from: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(from);
  return (user + system) / 1000;
};

/** The language layer, as the pipeline runs it before the mentions stage. */
const language = (doc: Document): Document => findQuantities(findTimes(tokenize(doc)));

export const section: Section = {
  title: "Actors: mentions stage cost against the language layer",
  async run() {
    const docs = bbcDocuments() ?? generatedDocuments();
    let started = process.cpuUsage();
    const dictionary = loadActorDictionary();
    // Parsed data files are cached in the temp folder, so a second run shows the warm figure.
    console.log(`dictionary: ${dictionary.actors.size} actors, loaded and built in ${cpuMs(started).toFixed(0)} ms CPU (once per process)`);
    // One untimed pass of each first: the model loads and both stages are compiled by the JIT,
    // as they are after the first articles of any batch.
    let tokenised = docs.map(language);
    for (const doc of tokenised) findMentions(doc, dictionary);
    const passes = 3;
    started = process.cpuUsage();
    for (let pass = 0; pass < passes; pass++) tokenised = docs.map(language);
    const languageMs = cpuMs(started) / passes;
    started = process.cpuUsage();
    let mentions = 0;
    for (let pass = 0; pass < passes; pass++) for (const doc of tokenised) mentions += findMentions(doc, dictionary).length;
    const actors = cpuMs(started) / passes;
    mentions /= passes;
    const tokens = tokenised.reduce((n, d) => n + (d.layers.tokens?.length ?? 0), 0);
    console.log(`${docs.length} articles, ${tokens} tokens, ${mentions} mentions (${bbcDocuments() ? "BBC news" : "generated"})`);
    console.log(`language layer ${(languageMs / docs.length).toFixed(2)} ms CPU/article; mentions stage ${(actors / docs.length).toFixed(3)} ms CPU/article`);
    console.log(`mentions add ${((100 * actors) / languageMs).toFixed(1)}% to the language layer (target < 25%)`);
  },
};
