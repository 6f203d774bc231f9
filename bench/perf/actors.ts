/**
 * Cost of the mentions stage (matcher, resolution, coreference) against the language layer
 * (tokens over wink-nlp, time expressions, quantities: the stages before it) on the same
 * articles: BBC news from ../shared when it is here, else generated articles. Target: mentions
 * add less than 25% to the language layer.
 *
 * Both are compared once the JIT has compiled them, as in a batch past its first thousand
 * articles: one untimed pass was not enough for the mentions stage (its first timed pass still
 * cost 3-4 times its later ones on 400 BBC articles, which made the ratio about twice its
 * steady figure). The first pass of each is printed too: the cost of a short run.
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

/** Untimed passes of each stage after the first (timed) one, before the timed passes. */
const WARM_UP_PASSES = 2;
const TIMED_PASSES = 3;

export const section: Section = {
  title: "Actors: mentions stage cost against the language layer",
  async run() {
    const bbc = bbcDocuments();
    const docs = bbc ?? generatedDocuments();
    // The model loads on the first sentence read: that is no cost per article.
    language(createDocument({ text: "The model loads.", format: "text", origin: "generated", published: DAY }));
    let started = process.cpuUsage();
    const dictionary = loadActorDictionary();
    // Parsed data files are cached in the temp folder, so a second run shows the warm figure.
    console.log(`dictionary: ${dictionary.actors.size} actors, loaded and built in ${cpuMs(started).toFixed(0)} ms CPU (once per process)`);
    let tokenised: Document[] = [];
    let mentions = 0;
    const languagePass = (): number => {
      const from = process.cpuUsage();
      tokenised = docs.map(language);
      return cpuMs(from) / docs.length;
    };
    const mentionsPass = (): number => {
      const from = process.cpuUsage();
      mentions = 0;
      for (const doc of tokenised) mentions += findMentions(doc, dictionary).length;
      return cpuMs(from) / docs.length;
    };
    const coldLanguage = languagePass();
    const coldMentions = mentionsPass();
    for (let pass = 0; pass < WARM_UP_PASSES; pass++) {
      languagePass();
      mentionsPass();
    }
    // Timed passes alternate, so that a change in the machine's load weighs on both alike.
    const timed: { language: number; mentions: number }[] = [];
    for (let pass = 0; pass < TIMED_PASSES; pass++) timed.push({ language: languagePass(), mentions: mentionsPass() });
    const languageMs = timed.reduce((sum, t) => sum + t.language, 0) / TIMED_PASSES;
    const mentionsMs = timed.reduce((sum, t) => sum + t.mentions, 0) / TIMED_PASSES;
    const tokens = tokenised.reduce((n, d) => n + (d.layers.tokens?.length ?? 0), 0);
    const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;
    console.log(`${docs.length} articles, ${tokens} tokens, ${mentions} mentions (${bbc ? "BBC news" : "generated"})`);
    console.log(`first pass (JIT warming up): language layer ${coldLanguage.toFixed(2)} ms CPU/article, mentions stage ${coldMentions.toFixed(3)} ms (${percent(coldMentions, coldLanguage)})`);
    console.log(`after ${1 + WARM_UP_PASSES} passes: language layer (tokens, times, quantities) ${languageMs.toFixed(2)} ms CPU/article; mentions stage (matcher, resolution, coreference) ${mentionsMs.toFixed(3)} ms CPU/article`);
    console.log(`mentions add ${percent(mentionsMs, languageMs)} to the language layer (target < 25%); by timed pass: ${timed.map((t) => percent(t.mentions, t.language)).join(", ")}`);
  },
};
