/**
 * Names listed together are of one kind: "Max Carey, Kiki Cuyler and Pie Traynor" are people
 * because one of them surely is; "Walsall, Luton and London" are places because London is.
 * A guess too weak to keep on its own is kept when a sure member of its list gives the type.
 */
import type { MentionType } from "../document.js";
import type { DraftMention } from "./resolve.js";

/** Words that may stand between the members of one list. */
const SEPARATORS = new Set([",", "and", "or", "&"]);

const isBareUnknown = (d: DraftMention): boolean => d.phrase.roles.length === 0 && d.phrase.name?.kind === "unknown";

/** The type a sure member gives its list: a person's, a place's or an organisation's. */
function listType(d: DraftMention): MentionType | null {
  if (d.weak || d.phrase.roles.length > 0 || !d.phrase.name) return null;
  if (d.type === "PERSON") return "PERSON";
  if (d.type === "ORG" || d.type === "COMPANY" || d.type === "IGO") return "ORG";
  return d.type === "GPE" || d.type === "LOC" ? "LOC" : null;
}

/** Whether only list separators (at most two) stand between drafts `a` and `b`. */
function listed(a: DraftMention, b: DraftMention, wordAt: (i: number) => string): boolean {
  if (a.phrase.sentence !== b.phrase.sentence) return false;
  const gap = b.first - a.last - 1;
  if (gap < 1 || gap > 2) return false;
  for (let i = a.last + 1; i < b.first; i++) if (!SEPARATORS.has(wordAt(i))) return false;
  return gap === 1 || wordAt(a.last + 1) === ",";
}

/** Confirms weak guesses by the sure members of their list (drafts in article order). */
export function typeLists(drafts: readonly DraftMention[], wordAt: (i: number) => string): void {
  for (let start = 0; start < drafts.length; ) {
    let end = start;
    while (end + 1 < drafts.length && listed(drafts[end]!, drafts[end + 1]!, wordAt)) end++;
    if (end > start) {
      const members = drafts.slice(start, end + 1);
      const sure = members.map(listType).filter((t) => t !== null);
      const types = new Set(sure);
      const [type] = types;
      // A weak guess of one word or a would-be person takes the list's type; words with a cue of their own keep theirs.
      // "Economic and Social Research Council" is one name: an organisation's list has commas after its unsure words.
      const open = members.filter((d, k) => d.weak && isBareUnknown(d) && (type === "PERSON" ? d.type === "PERSON" && d.last > d.first : d.last === d.first) && (type !== "ORG" || k === members.length - 1 || wordAt(d.last + 1) === ","));
      // One person among five bands ("Chick Corea, Yes, Gentle Giant, Kansas") types none of them.
      if (types.size === 1 && type && sure.length >= open.length) {
        for (const d of open) {
          d.type = type;
          d.via = `${d.via}+list`;
          delete d.weak;
        }
      }
    }
    start = end + 1;
  }
}

/**
 * A name the article types surely in one place is of that type elsewhere: "the band Gorse
 * Hill … Gorse Hill toured" keeps the second, and as an organisation. The words around a name
 * ("the band X") say more than the words of the name ("Hill"), which say more than nothing.
 */
export function typeRepeatedNames(drafts: readonly DraftMention[], textOf: (first: number, last: number) => string): void {
  const typedByContext = drafts.filter((d) => d.via === "context");
  const weakNames = drafts.some((d) => d.weak && d.last > d.first && isBareUnknown(d));
  // Most articles have neither: nothing to look up.
  if (typedByContext.length === 0 && !weakNames) return;
  const byContext = sureTypes(typedByContext, textOf);
  const byWords = weakNames ? sureTypes(drafts, textOf) : new Map<string, MentionType | null>();
  for (const d of drafts) {
    // A family name that is also a firm's ("Caloi was founded by Luiz Caloi") is the firm where the article says so.
    const surname = d.via === "coreference:surname" && d.phrase.roles.length === 0;
    if (!(isBareUnknown(d) || surname) || (d.via !== "guess" && d.via !== "context" && !surname)) continue;
    const text = textOf(d.first, d.last);
    // A one-word name's sure type elsewhere is too often a guess itself ("in Labour" is no place).
    const type = byContext.get(text) ?? (d.weak && d.last > d.first ? byWords.get(text) : null);
    if (!type || (type === d.type && !d.weak)) continue;
    d.type = type;
    d.via = `${d.via}+repeated`;
    delete d.weak;
  }
}

/** The one type each name is given where it is not a weak guess; null for a name given two. */
function sureTypes(drafts: readonly DraftMention[], textOf: (first: number, last: number) => string): Map<string, MentionType | null> {
  const sure = new Map<string, MentionType | null>();
  for (const d of drafts) {
    if (d.weak || !isBareUnknown(d)) continue;
    const text = textOf(d.first, d.last);
    sure.set(text, sure.has(text) && sure.get(text) !== d.type ? null : d.type);
  }
  return sure;
}
