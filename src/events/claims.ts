import type { Claim, Document, Quantity, Span, TimeExpression, Token } from "../document.js";
import { withLayers } from "../document.js";
import type { Stage } from "../stage.js";
import type { ModalityCues } from "./modality.js";
import type { SentenceView } from "./sentence-view.js";
import { viewSentence } from "./sentence-view.js";

const ACCORDING = /\baccording to\s+([^,.;]+)/i;

/** Who a sentence says its figures come from: "Rights groups estimate that …", "…, according to the UN". */
function attributionOf(view: SentenceView, text: string, cues: ModalityCues): string | null {
  const sentenceText = text.slice(view.tokens[0]!.start, view.tokens[view.tokens.length - 1]!.end);
  const according = ACCORDING.exec(sentenceText);
  if (according?.[1]) return according[1].trim();
  for (const group of view.groups) {
    const head = view.tokens[group.head]!;
    if (cues.governorClause.get(head.lemma) !== "reported") continue;
    // The reporter is the noun phrase before the verb, when short: "Rights groups", "the UN refugee agency".
    if (group.first === 0 || group.first > 6) continue;
    if (view.words[group.first - 1] === ",") continue;
    return text.slice(view.tokens[0]!.start, view.tokens[group.first - 1]!.end);
  }
  return null;
}

/** The counted noun right after a number: "300 political prisoners". */
function subjectAfter(view: SentenceView, text: string, i: number): string | null {
  let end = i;
  while (end < view.tokens.length && (view.pos[end] === "ADJ" || view.pos[end] === "NOUN")) end++;
  if (end === i || view.pos[end - 1] !== "NOUN") return null;
  return text.slice(view.tokens[i]!.start, view.tokens[end - 1]!.end);
}

/** What is said of the counted thing: the verb before it ("freed 300"), else after it ("300 … remain behind bars"). */
function predicateOf(view: SentenceView, text: string, first: number, last: number): string | null {
  let before = first - 1;
  while (before >= 0 && (view.pos[before] === "ADV" || view.pos[before] === "ADJ" || view.words[before] === "than")) before--;
  if (before >= 0 && view.group[before]! >= 0) {
    const group = view.groups[view.group[before]!]!;
    return view.words[group.head] === "including" ? null : text.slice(view.tokens[group.head]!.start, view.tokens[group.head]!.end);
  }
  let after = last + 1;
  while (after < view.tokens.length && view.group[after]! < 0 && after - last < 5) after++;
  const g = view.group[after] ?? -1;
  if (g < 0) return null;
  const group = view.groups[g]!;
  let end = group.last;
  // "remain behind bars": a preposition and its noun complete the predicate.
  if (view.pos[end + 1] === "ADP" && view.words[end + 1] !== "in" && view.pos[end + 2] === "NOUN") end += 2;
  return text.slice(view.tokens[group.first]!.start, view.tokens[end]!.end);
}

function tokenIndexAt(view: SentenceView, offset: number): number {
  for (let i = 0; i < view.tokens.length; i++) if (view.tokens[i]!.end > offset) return i;
  return view.tokens.length - 1;
}

/** Claims of one sentence: each counted quantity with its subject, predicate, dates and source. */
function claimsOfSentence(view: SentenceView, text: string, sentence: Span, quantities: readonly Quantity[], times: readonly TimeExpression[], cues: ModalityCues): Claim[] {
  const claims: Claim[] = [];
  const attributedTo = attributionOf(view, text, cues);
  let previous: Claim | undefined;
  quantities.forEach((q, n) => {
    if (times.some((t) => t.start <= q.start && q.end <= t.end)) return;
    const first = tokenIndexAt(view, q.start);
    const last = tokenIndexAt(view, q.end - 1);
    // "the two countries" refers to things already named; it states no figure.
    if (view.pos[first - 1] === "DET") return;
    // "including 52 on September 11th": a bare number continues the figure before it.
    const subject = q.unit ?? subjectAfter(view, text, last + 1) ?? previous?.subject ?? null;
    if (!subject) return;
    const predicate = predicateOf(view, text, first, last) ?? previous?.predicate ?? null;
    const nextStart = quantities[n + 1]?.start ?? sentence.end;
    const own = times.filter((t) => t.start >= q.end && t.start < nextStart);
    const since = own.find((t) => t.range?.from !== undefined && t.range.to === undefined);
    const point = own.find((t) => t.type === "DATE" && t.range === undefined);
    const claim: Claim = {
      start: q.start,
      end: q.end,
      text: q.text,
      value: q.value,
      comparator: q.comparator,
      subject,
      predicate,
      date: point?.value ?? null,
      since: since?.range?.from ?? null,
      attributedTo,
      sentence: view.index,
    };
    claims.push(claim);
    previous = claim;
  });
  return claims;
}

/** Finds the numeric claims of a document; needs tokens and quantities (times help). */
export function findClaims(doc: Document, cues: ModalityCues): Claim[] {
  const { tokens = [], sentences = [], quantities = [], times = [] } = doc.layers;
  if (quantities.length === 0) return [];
  const claims: Claim[] = [];
  let t = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const first = t;
    while (t < tokens.length && tokens[t]!.sentence === s) t++;
    const inside = quantities.filter((q) => q.start >= sentence.start && q.end <= sentence.end);
    if (inside.length === 0 || t === first) continue;
    const sentenceTokens: readonly Token[] = tokens.slice(first, t);
    const view = viewSentence(s, doc.text, sentenceTokens, [], inside);
    const sentenceTimes = times.filter((x) => x.start >= sentence.start && x.end <= sentence.end);
    claims.push(...claimsOfSentence(view, doc.text, sentence, inside, sentenceTimes, cues));
  }
  return claims;
}

/** The `claims` stage: adds numeric claims to a document with quantities. */
export function createClaimStage(cues: ModalityCues): Stage {
  return { name: "claims", run: (doc) => (doc.layers.tokens ? withLayers(doc, { claims: findClaims(doc, cues) }) : doc) };
}
