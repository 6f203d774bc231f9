/**
 * Splits dictionary names into tokens the way wink-nlp splits article text, so that a name's
 * tokens line up with the text's: hyphens and a possessive "'s" are tokens of their own,
 * abbreviations keep their dots ("U.S.", "St."), inner apostrophes and ampersands stay
 * ("O'Brien", "AT&T").
 */

const TOKEN = /[\p{L}\p{N}]+(?:(?:[.&]|['’](?!s\b))[\p{L}\p{N}]+)*\.?|['’]s\b|[^\s\p{L}\p{N}]/gu;

/** The tokens of a name, as written. */
export function tokensOfName(name: string): string[] {
  return name.match(TOKEN) ?? [];
}

/** The key a token is looked up by: lower case, typographic apostrophes made plain. */
export function tokenKey(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

const hasUpper = (s: string): boolean => s !== s.toLowerCase();
/** Whether a token is written in capitals ("US", "NATO"). */
export const isAllCaps = (s: string): boolean => /\p{L}.*\p{L}/u.test(s) && s === s.toUpperCase() && hasUpper(s);

/**
 * How a name token written as in the dictionary constrains the text that may stand for it: a
 * lower-case name token matches any case; an acronym ("US", "NATO") only in capitals, so "us"
 * is not the country; a capitalised name ("Turkey") only with its capital, so "turkey" is not
 * the country. Worked out once per name token, when the trie is built.
 */
export type CaseRule = "any" | "capitals" | "capital";

/** The case rule of a name token as written (`wanted`). */
export function caseRuleOf(wanted: string): CaseRule {
  if (!hasUpper(wanted)) return "any";
  return isAllCaps(wanted) ? "capitals" : "capital";
}

/** Whether text written `seen` fits a name token's case rule. */
export function fitsCase(rule: CaseRule, seen: string): boolean {
  if (rule === "any") return true;
  return rule === "capitals" ? seen === seen.toUpperCase() : isCapitalised(seen);
}

/** Whether a text token begins with a capital letter. */
export function isCapitalised(text: string): boolean {
  // Asked of nearly every token: an ASCII first letter is told by its code, with no string made.
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}
