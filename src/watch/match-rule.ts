import type { Claim, CodedEvent } from "../document.js";
import type { AlertRule } from "./rules.js";

/** What a rule may look at beyond the event: the article's words and its claims. */
export interface ArticleView {
  readonly title: string | null;
  readonly text: string;
  readonly claims: readonly Claim[];
}

const startsWithAny = (code: string | null, prefixes: readonly string[]): boolean => code !== null && prefixes.some((p) => code.startsWith(p));

/** Whether an event meets the rule's event conditions (actors, dyad, codes, roots, PLOVER, modality, Goldstein). */
export function eventMatches(rule: AlertRule, e: CodedEvent): boolean {
  if (rule.actors && !(startsWithAny(e.source, rule.actors) || startsWithAny(e.target, rule.actors))) return false;
  if (rule.dyad) {
    const [a, b] = rule.dyad;
    const forward = startsWithAny(e.source, [a]) && startsWithAny(e.target, [b]);
    const backward = startsWithAny(e.source, [b]) && startsWithAny(e.target, [a]);
    if (!forward && !backward) return false;
  }
  if (rule.codes && !rule.codes.some((c) => e.cameo.startsWith(c))) return false;
  if (rule.roots && !rule.roots.includes(e.root)) return false;
  if (rule.plover && !rule.plover.includes(e.plover.toUpperCase())) return false;
  if (rule.modality && !rule.modality.includes(e.modality)) return false;
  if (rule.minGoldstein !== undefined && Math.abs(e.goldstein) < rule.minGoldstein) return false;
  return true;
}

/** Whether a claim's subject contains every word of one of the rule's subjects (case-insensitive). */
export function claimMatches(rule: AlertRule, claim: Claim): boolean {
  if (!rule.claimSubjects) return true;
  const subject = claim.subject.toLowerCase();
  return rule.claimSubjects.some((s) => wordsOf(s).every((w) => hasWord(subject, w)));
}

/** Whether the article meets the rule's article conditions: every query word in title or text, and a matching claim. */
export function articleMatches(rule: AlertRule, article: ArticleView): boolean {
  if (rule.query) {
    const haystack = `${article.title ?? ""}\n${article.text}`.toLowerCase();
    if (!wordsOf(rule.query).every((w) => hasWord(haystack, w))) return false;
  }
  if (rule.claimSubjects && !article.claims.some((c) => claimMatches(rule, c))) return false;
  return true;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A whole word (or phrase part) in lower-cased text: "pole" does not match "police". */
function hasWord(haystack: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(haystack);
}
