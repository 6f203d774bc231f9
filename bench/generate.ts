/** Helpers the benchmarks share to generate the same documents on every run. */
import type { ActorCode, CodedEvent, Document, Mention, Modality, QuadClass } from "../src/document.js";
import { withLayers } from "../src/document.js";
import { createDocument } from "../src/ingest/create-document.js";
import { storyStopwords } from "../src/stories/stopwords.js";

/** A small deterministic generator (a linear congruential one), so that every run writes the same data. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** One of `items`, chosen by `next`. */
export function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

/** mulberry32: a seeded generator of better quality, for the story corpora. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- Annotated articles for the store and stories benchmarks --------------------------------

/**
 * Bumped whenever `annotatedArticle` would write different rows for the same arguments: the
 * store benchmark keys its cached database by it.
 */
export const ANNOTATED_GENERATOR_VERSION = 1;

/** Sixty countries, most reported first: the actor distribution is Zipf over this order. */
export const BENCH_COUNTRIES: readonly string[] = [
  "USA", "RUS", "UKR", "CHN", "ISR", "PSE", "IRN", "GBR", "FRA", "DEU", "TUR", "IND", "PAK", "SYR", "IRQ",
  "AFG", "SAU", "EGY", "JPN", "PRK", "KOR", "BLR", "POL", "LTU", "BRA", "MEX", "VEN", "COL", "NGA", "ZAF",
  "ETH", "SDN", "SOM", "KEN", "YEM", "LBN", "JOR", "QAT", "ARE", "ITA", "ESP", "NLD", "BEL", "SWE", "FIN",
  "NOR", "CAN", "AUS", "IDN", "PHL", "MMR", "THA", "VNM", "BGD", "LKA", "NPL", "GEO", "ARM", "AZE", "KAZ",
];
/** Sectors with their shares: 60 countries × 5 sectors are the 300 actor codes. */
const BENCH_SECTORS: readonly (readonly [string, number])[] = [["", 0.45], ["GOV", 0.3], ["MIL", 0.12], ["OPP", 0.07], ["CVL", 0.06]];

/** CAMEO codes with their PLOVER type, QuadClass, Goldstein score and share of events (talk and statements most). */
const BENCH_CODES: readonly (readonly [cameo: string, name: string, plover: string, quad: QuadClass, goldstein: number, weight: number])[] = [
  ["010", "Make statement", "CONSULT", 1, 0, 12], ["020", "Appeal", "REQUEST", 1, 3, 5], ["036", "Express intent to meet", "CONSULT", 1, 4, 6],
  ["040", "Consult", "CONSULT", 1, 1, 10], ["042", "Make a visit", "CONSULT", 1, 1.9, 7], ["043", "Host a visit", "CONSULT", 1, 2.8, 5],
  ["046", "Engage in negotiation", "CONSULT", 1, 7, 5], ["051", "Praise or endorse", "SUPPORT", 1, 3.4, 3], ["057", "Sign formal agreement", "AGREE", 1, 8, 3],
  ["061", "Cooperate economically", "COOPERATE", 2, 6.4, 2], ["071", "Provide economic aid", "AID", 2, 7.4, 2], ["0841", "Release persons", "RETREAT", 2, 9, 1],
  ["1056", "Demand easing of political dissent", "REQUEST", 3, -5, 1], ["111", "Criticize or denounce", "DISAPPROVE", 3, -2, 8], ["112", "Accuse", "DISAPPROVE", 3, -2, 6],
  ["120", "Reject", "REJECT", 3, -4, 3], ["130", "Threaten", "THREATEN", 3, -4.4, 3], ["141", "Demonstrate or rally", "PROTEST", 3, -6.5, 3],
  ["163", "Impose embargo, boycott or sanctions", "SANCTION", 3, -8, 2], ["173", "Arrest, detain", "COERCE", 4, -5, 3], ["190", "Use conventional military force", "ASSAULT", 4, -10, 4],
  ["193", "Fight with small arms", "ASSAULT", 4, -10, 2], ["195", "Employ aerial weapons", "ASSAULT", 4, -10, 2], ["180", "Use unconventional violence", "ASSAULT", 4, -9, 1],
];
const CODE_TOTAL = BENCH_CODES.reduce((sum, c) => sum + c[5], 0);
const MODALITIES: readonly (readonly [Modality, number])[] = [["asserted", 0.78], ["reported", 0.1], ["intended", 0.06], ["requested", 0.03], ["negated", 0.02], ["hypothetical", 0.01]];
const OUTLETS = ["Reuters", "AP", "AFP", "BBC", "Al Jazeera", "DW", "Kyiv Independent", "Meduza", "Xinhua", "Times of Israel", "Dawn", "The Hindu"];
const PLACES = ["the capital", "the border", "Geneva", "Brussels", "New York", "the north", "the south", "Istanbul", "Doha", "Vienna"];
const FILLER = [
  "The ministry did not immediately respond to a request for comment.",
  "Analysts said the move reflected a broader shift in the region over the past year.",
  "The talks came after weeks of tension and several rounds of public statements.",
  "Officials familiar with the matter spoke on condition of anonymity because they were not authorised to speak publicly.",
  "The statement was carried by state media late in the evening.",
  "Diplomats in the region described the atmosphere as tense but workable.",
];

/** An index in [0, size) drawn with probability ∝ 1/(rank+1)^s: a few items get most draws. */
export function zipfIndex(next: () => number, size: number, s = 1.1): number {
  const cumulative = zipfTable(size, s);
  const u = next() * cumulative[size - 1]!;
  let lo = 0;
  let hi = size - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const zipfTables = new Map<string, number[]>();
function zipfTable(size: number, s: number): number[] {
  const key = `${size}:${s}`;
  let table = zipfTables.get(key);
  if (!table) {
    table = [];
    let sum = 0;
    for (let r = 0; r < size; r++) table.push((sum += 1 / (r + 1) ** s));
    zipfTables.set(key, table);
  }
  return table;
}

function weighted<T>(next: () => number, items: readonly (readonly [T, number])[]): T {
  let u = next() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) if ((u -= w) < 0) return item;
  return items[items.length - 1]![0];
}

/** Each country's usual counterparts (three of the thirty most reported), so that dyads repeat as real ones do. */
function partnersOf(country: number): number[] {
  const partners: number[] = [];
  for (let k = 1; partners.length < 3; k++) {
    const p = (country * 7 + k * 13) % 30;
    if (p !== country && !partners.includes(p)) partners.push(p);
  }
  return partners;
}

/** A source and target actor: Zipf over countries, half the targets the source's usual counterparts. */
function dyadOf(next: () => number): [string, string] {
  const country = zipfIndex(next, BENCH_COUNTRIES.length);
  let other = next() < 0.5 ? pick(next, partnersOf(country)) : zipfIndex(next, BENCH_COUNTRIES.length);
  if (other === country) other = (country + 1) % BENCH_COUNTRIES.length;
  const actor = (c: number) => `${BENCH_COUNTRIES[c]}${weighted(next, BENCH_SECTORS)}`;
  return [actor(country), actor(other)];
}

/** The day `i` of `count` articles spread evenly from 2018-01-01 to 2025-12-31, as YYYY-MM-DD. */
export function benchDayOf(i: number, count: number): string {
  const first = Date.UTC(2018, 0, 1);
  const days = (Date.UTC(2025, 11, 31) - first) / 86_400_000 + 1;
  return new Date(first + Math.floor((i / count) * days) * 86_400_000).toISOString().slice(0, 10);
}

export interface AnnotatedArticleOptions {
  /** Publication day YYYY-MM-DD. */
  readonly day: string;
  /** Events in the article; ~5 on average when not given (1 to 9). */
  readonly events?: number;
  /** Text before the event sentences (see `bodyText`), for a realistic article length. */
  readonly body?: string;
  /** The article id; `bench-<i>` when not given. */
  readonly id?: string;
  /**
   * "fixed" (the default): every event sentence is one template with the code's name, and filler
   * sentences come from a short list, so all articles share many word shingles. "varied": the
   * template's free words and the filler are drawn like body text, so unrelated articles share
   * about as few shingles as real news does (what the stories bench needs: shared template
   * sentences would make every article a near-duplicate candidate of every other).
   */
  readonly wording?: "fixed" | "varied";
}

/**
 * A document as the full pipeline leaves it: one sentence per coded event (Zipf actors, dyads
 * that repeat, codes as common as in news, mostly asserted, mostly dated to the day), a
 * mention per actor, a time and a quantity, some filler sentences, and optional body text.
 * Deterministic for one `next` sequence.
 */
export function annotatedArticle(i: number, next: () => number, options: AnnotatedArticleOptions): Document {
  const eventCount = options.events ?? 1 + Math.floor(next() * 5) + Math.floor(next() * 5);
  const varied = options.wording === "varied";
  const sentences: string[] = [];
  // `at`: the index of the event's sentence.
  const drafts: { at: number; dyad: [string | null, string | null]; code: (typeof BENCH_CODES)[number]; modality: Modality; place: string }[] = [];
  for (let k = 0; k < eventCount; k++) {
    const [a, b] = dyadOf(next);
    const oneSided = next();
    const dyad: [string | null, string | null] = oneSided < 0.02 ? [null, b] : oneSided < 0.07 ? [a, null] : [a, b];
    let u = next() * CODE_TOTAL;
    const code = BENCH_CODES.find((c) => (u -= c[5]) < 0) ?? BENCH_CODES[0]!;
    const place = pick(next, PLACES);
    drafts.push({ at: sentences.length, dyad, code, modality: weighted(next, MODALITIES), place });
    if (varied) {
      const w = (n: number) => bodyText(next, n);
      sentences.push(`${w(1)} ${dyad[0] ?? "unnamed parties"} ${w(1)} took action ${w(2)} toward ${dyad[1] ?? "others"} in ${place} ${w(1)} on Monday, ${w(2)} said.`);
      if (next() < 0.5) sentences.push(`${bodyText(next, 12)}.`);
    } else {
      sentences.push(`Officials of ${dyad[0] ?? "unnamed parties"} took action (${code[1].toLowerCase()}) toward ${dyad[1] ?? "others"} in ${place} on Monday, ${i} sources said.`);
      if (next() < 0.5) sentences.push(pick(next, FILLER));
    }
  }
  sentences.push(`More than ${10 + (i % 90)} people were affected, according to local officials.`);
  const body = options.body === undefined ? [] : [options.body];
  const text = [...body, ...sentences].join(" ");
  const day = options.day;
  const doc = createDocument({
    id: options.id ?? `bench-${i}`, text, format: "text", origin: "bench", url: `https://bench.example/${i}`, title: `Report ${i}`,
    source: pick(next, OUTLETS), published: { value: day, precision: "day", origin: "input" }, language: "en",
  });
  let offset = body.length > 0 ? body[0]!.length + 1 : 0;
  const first = body.length;
  const spans = sentences.map((s) => {
    const span = { start: offset, end: offset + s.length };
    offset += s.length + 1;
    return span;
  });
  const mentions: Mention[] = [];
  const events: CodedEvent[] = [];
  for (const draft of drafts) {
    const sentence = draft.at;
    const span = spans[sentence]!;
    const s = sentences[sentence]!;
    const [source, target] = draft.dyad;
    for (const [code, at] of [[source, s.indexOf(source ?? "\u0000")], [target, s.indexOf(` ${target ?? "\u0000"} in `) + 1]] as const) {
      if (code === null || at <= 0) continue;
      const country = code.slice(0, 3);
      mentions.push({ start: span.start + at, end: span.start + at + code.length, text: code, type: "GPE", actor: { id: `country:${country}`, name: country, code: code as ActorCode, country, sector: code.slice(3) || null } });
    }
    const action = span.start + s.indexOf("took action");
    const precision = next();
    const [cameo, name, plover, quad, goldstein] = draft.code;
    events.push({
      source: source as ActorCode | null, target: target as ActorCode | null, sourceText: source, targetText: target, cameo, cameoName: name,
      root: cameo.slice(0, 2), quad, goldstein, plover, modality: draft.modality,
      // Most events are dated to the day (the article's, or the day before); a few only to the month, a few not at all.
      date: precision < 0.03 ? null : precision < 0.08 ? day.slice(0, 7) : precision < 0.2 ? new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10) : day,
      datePrecision: precision < 0.03 ? "unknown" : precision < 0.08 ? "month" : "day",
      location: draft.place, evidence: [action, action + "took action".length], sentence: first + sentence, rule: `bench-${cameo}`,
    });
  }
  const last = spans[spans.length - 1]!;
  const lastText = sentences[sentences.length - 1]!;
  const more = `More than ${10 + (i % 90)}`;
  return withLayers(doc, {
    paragraphs: [{ start: 0, end: text.length }],
    sentences: body.length > 0 ? [{ start: 0, end: body[0]!.length }, ...spans] : spans,
    times: spans.filter((_, k) => sentences[k]!.includes("Monday")).slice(0, 2).map((span) => {
      const start = span.start + text.slice(span.start, span.end).indexOf("Monday");
      return { start, end: start + 6, text: "Monday", value: day, type: "DATE" as const, precision: "day" as const };
    }),
    quantities: [{ start: last.start, end: last.start + more.length, text: more, value: 10 + (i % 90), comparator: "more-than" as const, unit: "people" }],
    mentions,
    events,
    claims: [{ start: last.start, end: last.end, text: lastText, value: 10 + (i % 90), comparator: "more-than", subject: "people", predicate: "affected", date: null, since: null, attributedTo: "local officials", sentence: first + sentences.length - 1 }],
  });
}

const SYLLABLES = ["ka", "lo", "mi", "ter", "an", "vo", "ris", "del", "un", "pa", "sen", "gor", "ti", "ba", "ne", "ul"];
let stopwordList: readonly string[] | undefined;

/** The n-th word of a generated vocabulary: the story stopwords first (the most frequent words of news), then made-up words. */
export function wordOf(n: number): string {
  stopwordList ??= [...storyStopwords()];
  if (n < stopwordList.length) return stopwordList[n]!;
  let word = "";
  for (let x = n + 17; x > 0; x = Math.floor(x / SYLLABLES.length)) word += SYLLABLES[x % SYLLABLES.length];
  return word;
}

/**
 * Body text of `count` words: Zipf-distributed over a 20,000-word vocabulary, one in twelve a
 * capitalised name (a quarter of those from fifty famous ones), a full stop every twenty words.
 */
export function bodyText(next: () => number, count: number): string {
  const zipf = (size: number) => Math.floor(size ** next()) - 1;
  const words: string[] = [];
  for (let w = 0; w < count; w++) {
    const name = next() < 0.08;
    const word = !name ? wordOf(zipf(20_000)) : next() < 0.25 ? wordOf(20_000 + Math.floor(next() * 50)) : wordOf(20_050 + Math.floor(next() * 5_000));
    words.push(name ? word[0]!.toUpperCase() + word.slice(1) : word);
    if (w % 20 === 19) words.push(".");
  }
  return words.join(" ").replace(/ \./g, ".");
}
