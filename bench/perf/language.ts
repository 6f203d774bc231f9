/**
 * Speed of the language stages per sentence: wink-nlp alone (the floor: reading the words),
 * our tokens stage, and tokens + times + quantities. Real news from ../shared (Reuters-21578)
 * when it is here, else generated sentences. Target: the whole pipeline at ≥ 10,000 sentences/s
 * per core, so these stages must leave room for the rest.
 *
 * Where the tokens stage's time goes (profiled on 3,000 Reuters stories, Nov 2026): wink-nlp's
 * readDoc ~60% (each paragraph is read on its own so that no sentence crosses a paragraph,
 * ~10% dearer than one read of the whole text), reading values, tags, lemmas and sentence
 * spans out of it ~25% (lemmas alone ~7%, since Nov 28 asked once per word and tag and
 * remembered: ~40% less), turning its tokens into ours ~15%. "wink-nlp alone"
 * below reads the whole text once and skips the values: the gap to "tokens stage" is the
 * per-paragraph reads, the values and the mapping to character offsets.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Document } from "../../src/document.js";
import { createDocument } from "../../src/ingest/create-document.js";
import { tokenize } from "../../src/language/tokens.js";
import { findTimes } from "../../src/language/times.js";
import { findQuantities } from "../../src/language/quantities.js";
import { timeWords } from "../../src/language/time-words.js";
import type { Section } from "../runner.js";
import { hasReuters, REUTERS_FILES, reutersStories } from "../reuters.js";

const FIRST_FILES = REUTERS_FILES.slice(0, 2);

/** Reuters stories with their dates (from `files`, else the first two), or null when ../shared is not here. */
export function reutersDocuments(files: readonly string[] = FIRST_FILES): Document[] | null {
  if (!hasReuters()) return null;
  return [...reutersStories(files)].map((story) =>
    createDocument({
      text: story.body,
      format: "jsonl",
      origin: story.file,
      published: story.day === null ? null : { value: story.day, precision: "day", origin: "input" },
    }),
  );
}

/** Sentences of our own making, for a checkout without ../shared. */
function generatedDocuments(): Document[] {
  const subjects = ["The ministry", "Rights groups", "Police", "The president", "Rebels", "The central bank"];
  const verbs = ["said", "reported", "announced", "denied", "confirmed", "estimated"];
  const tails = [
    "that more than 300 prisoners were freed since July 2021.",
    "on Monday that talks would resume next week.",
    "that about 40 people were hurt in the clashes.",
    "a plan to cut rates by half a point in December.",
    "that dozens of soldiers had crossed the border three years ago.",
    "that the vote would take place on September 20th.",
    "nothing further about the matter.",
  ];
  const docs: Document[] = [];
  for (let d = 0; d < 2000; d++) {
    const sentences = Array.from({ length: 8 }, (_, k) => `${subjects[(d + k) % subjects.length]} ${verbs[(d * 3 + k) % verbs.length]} ${tails[(d * 5 + k) % tails.length]}`);
    docs.push(createDocument({ text: sentences.join(" "), format: "text", origin: "generated", published: { value: "2025-09-12", precision: "day", origin: "flag" } }));
  }
  return docs;
}

// CPU seconds, the best of three runs: wall-clock time says more about a busy machine than about the code.
function timed(run: () => void): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

export const section: Section = {
  title: "language: tokens, times, quantities (sentences per CPU second)",
  async run() {
    const real = reutersDocuments();
    const docs = real ?? generatedDocuments();
    console.log(real ? `input: Reuters-21578 (${FIRST_FILES.join(", ")}), ${docs.length} stories` : `input: ${docs.length} generated articles (../shared is not here)`);

    // Configured as the tokens stage configures it: sentences and POS, nothing else.
    const nlp = winkNLP(model, ["sbd", "pos"]);
    const { its } = nlp;
    const winkAlone = (): void => {
      for (const doc of docs) {
        const wdoc = nlp.readDoc(doc.text);
        wdoc.tokens().out(its.pos);
        wdoc.tokens().out(its.lemma as unknown as typeof its.value);
        wdoc.sentences().out(its.span);
      }
    };
    // Warm up every path once (model load, data files, chrono, JIT).
    winkAlone();
    const tokenized = docs.map(tokenize);
    tokenized.forEach((doc) => findQuantities(findTimes(doc)));

    const sentences = tokenized.reduce((n, doc) => n + (doc.layers.sentences?.length ?? 0), 0);
    const cue = timeWords().cue;
    const cued = tokenized.reduce((n, doc) => n + (doc.layers.sentences ?? []).filter((s) => cue.test(doc.text.slice(s.start, s.end))).length, 0);

    const wink = timed(winkAlone);
    const tokens = timed(() => docs.forEach(tokenize));
    const all = timed(() => docs.forEach((doc) => findQuantities(findTimes(tokenize(doc)))));
    const timesOnly = timed(() => tokenized.forEach(findTimes));
    const withTimes = tokenized.map(findTimes);
    const quantitiesOnly = timed(() => withTimes.forEach(findQuantities));
    let times = 0;
    let quantities = 0;
    for (const doc of withTimes) {
      times += doc.layers.times?.length ?? 0;
      quantities += findQuantities(doc).layers.quantities?.length ?? 0;
    }

    const rate = (seconds: number): string => `${Math.round(sentences / seconds).toLocaleString("en")} sentences/s`;
    console.log(`sentences: ${sentences.toLocaleString("en")}; ${Math.round((100 * cued) / sentences)}% hold a time cue and go to chrono-node`);
    console.log(`wink-nlp alone (readDoc, POS, lemmas, sentences): ${rate(wink)}`);
    console.log(`tokens stage:                                     ${rate(tokens)}`);
    console.log(`tokens + times + quantities:                      ${rate(all)}`);
    console.log(`times alone (on tokenized docs):                  ${rate(timesOnly)}`);
    console.log(`quantities alone (on docs with times):            ${rate(quantitiesOnly)}`);
    console.log(`found: ${times.toLocaleString("en")} time expressions, ${quantities.toLocaleString("en")} quantities`);
  },
};
