import assert from "node:assert/strict";
import type { ActorCode, CodedEvent, Document, Mention } from "../../src/document.js";
import { withLayers } from "../../src/document.js";
import { createDocument } from "../../src/ingest/create-document.js";

/** A Document with every layer filled by hand, as the full pipeline would leave it, for store and CLI tests. */
export const TEXT = `MINSK — Belarus freed 52 prisoners on September 11th after US envoy John Coale met President Alexander Lukashenko.
Rights groups say more than 300 political prisoners have been freed since July 2021. Poland urged Russia to withdraw.
Read also:
Other story`;

export const at = (word: string, from = 0): [number, number] => {
  const start = TEXT.indexOf(word, from);
  assert.ok(start >= 0, `${word} is in the text`);
  return [start, start + word.length];
};

function actor(id: string, code: string, country: string | null, sector: string | null) {
  return { id, name: id, code: code as ActorCode, country, sector };
}

function mention(word: string, type: Mention["type"], resolved: Mention["actor"], extra: Partial<Mention> = {}): Mention {
  const [start, end] = at(word);
  return { start, end, text: word, type, actor: resolved, ...extra };
}

export function event(source: string | null, target: string | null, cameo: string, plover: string, quad: 1 | 2 | 3 | 4, words: string, extra: Partial<CodedEvent> = {}): CodedEvent {
  return {
    source: source as ActorCode | null, target: target as ActorCode | null, sourceText: source, targetText: target,
    cameo, cameoName: `name of ${cameo}`, root: cameo.slice(0, 2), quad, goldstein: quad * 1.5 - 4, plover, modality: "asserted",
    date: "2025-09-11", datePrecision: "day", location: "Minsk", evidence: at(words), sentence: 0, rule: `rule-${cameo}`, ...extra,
  };
}

/** A document with every layer filled, as the full pipeline would leave it. */
export function annotated(text = TEXT, url: string | null = "https://example.org/belarus"): Document {
  const doc = createDocument({
    text, format: "html", origin: "test.html", title: "Belarus frees prisoners", source: "Example News", url,
    published: { value: "2025-09-12", precision: "day", origin: "meta" }, language: "en",
  });
  if (text !== TEXT) return withLayers(doc, { sentences: [{ start: 0, end: text.length }], events: [] });
  const readAlso = at("Read also:")[0];
  return {
    ...withLayers(doc, {
      boilerplate: [{ start: readAlso, end: TEXT.length, kind: "link-list" }],
      paragraphs: [{ start: 0, end: readAlso - 1 }],
      sentences: [{ start: 0, end: at("Lukashenko.")[1] }, { start: at("Rights")[0], end: at("2021.")[1] }, { start: at("Poland")[0], end: at("withdraw.")[1] }],
      times: [
        { start: at("September 11th")[0], end: at("September 11th")[1], text: "September 11th", value: "2025-09-11", type: "DATE", precision: "day" },
        { start: at("since July 2021")[0], end: at("since July 2021")[1], text: "since July 2021", value: "2021-07", type: "DATE", precision: "month", range: { from: "2021-07" } },
      ],
      quantities: [
        { start: at("52")[0], end: at("52")[1], text: "52", value: 52, comparator: "exactly" },
        { start: at("more than 300")[0], end: at("more than 300 political prisoners")[1], text: "more than 300", value: 300, comparator: "more-than", unit: "political prisoners" },
      ],
      mentions: [
        mention("Belarus", "GPE", actor("country:BLR", "BLR", "BLR", null)),
        mention("US envoy John Coale", "PERSON", actor("coale-john", "USAGOV", "USA", "GOV"), { via: "possessor" }),
        mention("President Alexander Lukashenko", "PERSON", actor("lukashenko-alexander", "BLRGOV", "BLR", "GOV")),
        mention("Rights groups", "GROUP", null, { candidates: [actor("hri", "HRI", null, "HRI"), actor("ngo", "NGO", null, null)] }),
        mention("Poland", "GPE", actor("country:POL", "POL", "POL", null)),
        mention("Russia", "GPE", actor("country:RUS", "RUS", "RUS", null)),
      ],
      events: [
        event("BLRGOV", null, "0841", "RETREAT", 2, "freed"),
        event("USAGOV", "BLRGOV", "042", "CONSULT", 1, "met"),
        event("POL", "RUS", "1056", "REQUEST", 3, "urged", { modality: "requested", sentence: 2, date: null, datePrecision: "publication", location: null }),
      ],
      claims: [
        {
          start: at("more than 300")[0], end: at("2021.")[1] - 1, text: "more than 300 political prisoners have been freed since July 2021",
          value: 300, comparator: "more-than", subject: "political prisoners", predicate: "freed", date: null, since: "2021-07",
          attributedTo: "Rights groups", sentence: 1,
        },
      ],
    }),
    messages: [{ code: "date-from-meta", severity: "info", reason: "date from meta tags", stage: "ingest", span: { start: 0, end: 5 } }],
  };
}

/** What the store keeps: every layer but tokens (recomputed from the text when needed). */
export function withoutTokens(doc: Document): Document {
  const { tokens: _tokens, ...layers } = doc.layers;
  return { ...doc, layers };
}

