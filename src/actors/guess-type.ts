/**
 * Guesses what an unknown capitalised name is (person, organisation, place) from the words in
 * and around it: "X Inc", "Ministry of X", "X River", "in X", "Mr X". These are cues of
 * English naming, not facts about actors, so they live here rather than in data/.
 */
import type { MentionType } from "../document.js";
import { isFirstName } from "./first-names.js";

const ORG_LAST = new Set([
  "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "llc", "plc", "ag", "sa", "gmbh", "company", "group",
  "party", "union", "association", "council", "committee", "commission", "bank", "university", "college", "institute", "school",
  "academy", "foundation", "society", "club", "fc", "records", "airlines", "airways", "agency", "ministry", "department", "office",
  "bureau", "service", "services", "authority", "board", "federation", "league", "organization", "organisation", "network",
  "studios", "studio", "entertainment", "press", "times", "post", "news", "herald", "journal", "gazette", "tribune", "magazine",
  "radio", "television", "tv", "channel", "orchestra", "band", "choir", "team", "united", "rovers", "wanderers", "station",
  "stadium", "arena", "hall", "centre", "center", "hotel", "auditorium", "airport", "base", "field", "fm", "am",
  "trust", "fund", "hospital", "museum", "church", "army", "navy", "force", "police", "court", "parliament", "assembly",
  "congress", "senate", "government", "movement", "front", "alliance", "coalition", "brigade", "regiment", "division", "corps",
  "motors", "systems", "technologies", "industries", "holdings", "partners", "labs", "software", "communications", "energy",
  "oil", "petroleum", "railway", "railways", "railroad", "publishing", "publishers", "books", "pictures", "films",
]);
/** Words that make a name an organisation wherever they stand in it ("Major League Baseball"). */
const ORG_INSIDE = new Set(["league", "party", "union", "association", "university", "college", "council", "committee", "corporation", "club", "library", "school", "society", "institute", "academy", "federation", "ministry", "bank", "scouts", "company", "foundation"]);
/** Names of events, works and awards: not actors ("Battle of X", "Best Rock Video"). */
const MISC_WORDS = new Set([
  "battle", "war", "campaign", "siege", "operation", "award", "awards", "trophy", "prize", "bowl", "cup", "festival",
  "championship", "championships", "olympics", "games", "album", "song", "tour", "act", "treaty", "accord", "agreement",
  "doctrine", "crisis", "revolution", "rebellion", "uprising", "edition", "series", "season", "show", "video", "best",
  "medal", "cross", "order", "expedition", "year", "eve", "conference", "summit", "election", "elections", "language", "english",
]);
const LOC_LAST = new Set([
  "river", "mountain", "mountains", "mount", "lake", "island", "islands", "isle", "county", "town", "village", "street", "road",
  "avenue", "square", "bridge", "city", "province", "valley", "bay", "sea", "ocean", "park", "district", "region", "peninsula", "desert",
  "forest", "canyon", "beach", "coast", "gulf", "strait", "hill", "hills", "falls", "harbour", "harbor", "creek", "township",
  "borough", "parish", "prefecture", "oblast", "state", "territory", "heights", "plains", "basin", "glacier", "reef", "cape",
  "castle", "palace", "cathedral", "temple", "tower",
]);
const LOC_FIRST = new Set(["mount", "mt", "mt.", "lake", "cape", "fort", "port", "saint", "st.", "san", "santa", "los", "las", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "upper", "lower", "greater"]);
const ORG_FIRST = new Set(["fc", "afc", "ac", "sc", "cf", "university", "ministry", "department", "bank", "council", "committee", "commission", "institute", "college", "school", "church", "house", "office", "federation", "league", "association", "society", "academy", "board", "order"]);
const LOCATIVE = new Set(["in", "at", "near", "from", "into", "across", "throughout", "outside", "inside", "toward", "towards", "via", "around"]);

/** What the words just around a name say about it. */
export interface NameContext {
  /** The lower-cased tokens of the name. */
  readonly words: readonly string[];
  /** The lower-cased token before the name, or "" at the start of a sentence. */
  readonly before: string;
  /** Whether every token of the name is in capitals ("NASA"). */
  readonly acronym: boolean;
}

/** Whether a preposition before a name makes it a place ("in Kansas"). */
export function isLocative(word: string): boolean {
  return LOCATIVE.has(word);
}

/**
 * The likeliest type of an unknown name; "MISC" for events, works and awards, which are no
 * actors; null when nothing points anywhere.
 */
export function guessNameType(context: NameContext): MentionType | "MISC" | null {
  const { words, before } = context;
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  if (MISC_WORDS.has(first) || MISC_WORDS.has(last)) return "MISC";
  if (words.length > 1 && ORG_LAST.has(last)) return "ORG";
  if (words.length > 1 && LOC_LAST.has(last)) return "LOC";
  if (words.length > 1 && ORG_FIRST.has(first)) return "ORG";
  if (words.some((w) => ORG_INSIDE.has(w))) return "ORG";
  if (words.length > 1 && LOC_FIRST.has(first)) return "LOC";
  if (context.acronym) return "ORG";
  if (words.length <= 4 && isFirstName(first)) return "PERSON";
  // "Bowling Green Falcons", "Mad Capsule Markets": teams and bands are named in the plural.
  if (words.length > 1 && /[^su]s$/.test(last)) return "ORG";
  if ((isLocative(before) || before === "to") && words.length <= 2) return "LOC";
  if (words.length >= 2 && words.length <= 3) return "PERSON";
  return null;
}

const OPENS_NAME = new Set([...ORG_FIRST, "hall", "gulf", "bay", "isle", "island", "islands", "sea", "lake", "cape", "city", "state", "republic", "kingdom", "duke", "earl", "prince", "princess", "museum", "port", "strait", "sultanate", "emirate", "province", "county", "district", "region"]);

/** Whether a word opens names continued by "of": "University of Kansas", "Gulf of Mexico". */
export function opensName(word: string): boolean {
  return OPENS_NAME.has(word);
}

/** Whether words look like a person's name on their own: a known given name and a surname. */
export function isLikelyPersonName(words: readonly string[]): boolean {
  return words.length >= 2 && isFirstName(words[0] ?? "");
}

/** Whether a word ends names of places or organisations ("River", "Tech", "Daily"). */
export function endsInFeature(word: string): boolean {
  const lower = word.toLowerCase();
  return LOC_LAST.has(lower) || ORG_LAST.has(lower);
}
