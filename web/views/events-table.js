// The events table that the events, dyad and actor views share: one row per coded event,
// its modality as a badge, how often it was reported, and a link to the article at the evidence.
import { h, route } from "../dom.js";

export const QUAD_NAMES = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

/** A modality badge: asserted events read plainly, the others stand out. */
export function modalityBadge(modality) {
  return h("span", { class: `badge badge-${modality}`, title: `modality: ${modality}` }, modality);
}

/** An actor code linking to its profile, or a dash. */
export function actorLink(code) {
  return code ? h("a", { href: route("actor", [code]), class: "actor" }, code) : h("span", { class: "muted" }, "—");
}

/** The sentence of an event with its evidence words emphasised, linking to the article there. */
function evidenceCell(event) {
  const sentence = event.sentenceText ?? event.evidenceText;
  const at = sentence.indexOf(event.evidenceText);
  const words =
    at < 0
      ? [h("strong", null, event.evidenceText)]
      : [sentence.slice(0, at), h("strong", null, event.evidenceText), sentence.slice(at + event.evidenceText.length)];
  return h("a", { href: route("article", [event.articleId], { event: event.id }), class: "evidence-link", title: `rule ${event.rule}` }, words);
}

/** How often an event's canonical event was reported: reports, with articles and outlets on hover. */
function reportsCell(event) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const title = `${plural(event.mentions, "report")} in ${plural(event.articles, "article")} from ${plural(event.sources, "source")}`;
  return h("td", { class: "num", title }, String(event.mentions), event.sources > 1 ? h("span", { class: "muted small" }, ` / ${event.sources}`) : null);
}

/** The table body rows of some events. */
export function eventRows(events) {
  return events.map((e) =>
    h(
      "tr",
      { "data-event": e.id },
      h("td", { class: "nowrap", title: e.datePrecision ? `precision: ${e.datePrecision}` : null }, e.date ? e.date.replace("T", " ").replace(/:00(\.000)?Z$/, "Z") : "?"),
      h("td", null, actorLink(e.source)),
      h("td", null, h("span", { class: `quad quad-${e.quad}`, title: QUAD_NAMES[e.quad] }, e.cameo), " ", e.cameoName),
      h("td", null, actorLink(e.target)),
      h("td", null, modalityBadge(e.modality)),
      h("td", null, e.plover || ""),
      h("td", { class: `num ${e.goldstein < 0 ? "neg" : e.goldstein > 0 ? "pos" : ""}` }, e.goldstein.toFixed(1)),
      reportsCell(e),
      h("td", { class: "evidence-cell" }, evidenceCell(e)),
      h("td", { class: "source" }, e.articleSource ?? "", e.articleTitle ? h("div", { class: "muted small" }, e.articleTitle) : null),
    ),
  );
}

/** A whole table of events (the body has the class `events-body`, for adding pages). */
export function eventsTable(events) {
  return h(
    "table",
    { class: "events" },
    h("thead", null, h("tr", null, ["Date", "Source", "Event", "Target", "Modality", "PLOVER", "Goldstein", "Reports", "Evidence", "Article"].map((t) => h("th", null, t)))),
    h("tbody", { class: "events-body" }, eventRows(events)),
  );
}
