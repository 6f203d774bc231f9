// The article view (#/article/ID?event=EVENT): the text with its annotations highlighted —
// mentions, time expressions, claims, event evidence — and boilerplate greyed. Hovering shows
// what each one is (a title). The text only ever enters the page as text nodes.
import { getJson } from "../api.js";
import { h, notice, replace, route, safeUrl } from "../dom.js";
import { actorLink, modalityBadge, QUAD_NAMES } from "./events-table.js";

/** Outer kinds first: when two spans cover the same words, the earlier kind wraps the later. */
const RANK = { boilerplate: 0, focus: 1, claim: 2, evidence: 3, mention: 4, time: 5 };

function describeEvent(e) {
  const parts = [
    `${e.cameo} ${e.cameoName}${e.plover ? ` · ${e.plover}` : ""}`,
    `${e.source ?? "?"} → ${e.target ?? "?"}`,
    `modality: ${e.modality}`,
    `date: ${e.date ?? "unknown"}${e.datePrecision && e.datePrecision !== "day" ? ` (${e.datePrecision})` : ""}`,
    `Goldstein ${e.goldstein} · ${QUAD_NAMES[e.quad] ?? ""}`,
    `rule: ${e.rule}`,
  ];
  if (e.location) parts.push(`location: ${e.location}`);
  return parts.join("\n");
}

function describeClaim(c) {
  return [
    `claim: ${c.comparator} ${c.value} ${c.subject}`,
    c.predicate ? `says: ${c.predicate}` : null,
    c.date ? `date: ${c.date}` : null,
    c.since ? `since: ${c.since}` : null,
    c.attributedTo ? `according to: ${c.attributedTo}` : null,
  ].filter(Boolean).join("\n");
}

/** Every annotation of the document as one flat list of spans with a kind, a class and a title. */
function spansOf(doc, focus, current) {
  const layers = doc.layers;
  const spans = [];
  for (const b of layers.boilerplate ?? []) spans.push({ start: b.start, end: b.end, kind: "boilerplate", title: `boilerplate (${b.kind}), not analysed` });
  for (const m of layers.mentions ?? []) {
    const title = m.actor ? `${m.actor.code} · ${m.actor.name}${m.via ? ` (via ${m.via})` : ""}` : `${m.type}, not resolved`;
    spans.push({ start: m.start, end: m.end, kind: "mention", title, extra: m.actor ? "" : " unresolved", code: m.actor?.code });
  }
  for (const t of layers.times ?? []) spans.push({ start: t.start, end: t.end, kind: "time", title: `${t.type} ${t.value} (${t.precision})` });
  for (const c of layers.claims ?? []) spans.push({ start: c.start, end: c.end, kind: "claim", title: describeClaim(c) });
  (layers.events ?? []).forEach((e, i) =>
    spans.push({
      start: e.evidence[0], end: e.evidence[1], kind: "evidence", title: describeEvent(e), index: i,
      extra: ` modality-${e.modality} quad-${e.quad}${current && current.evidence[0] === e.evidence[0] && current.evidence[1] === e.evidence[1] && current.cameo === e.cameo ? " current" : ""}`,
    }),
  );
  if (focus) spans.push({ start: focus.start, end: focus.end, kind: "focus", title: "the sentence of the event" });
  return spans.filter((s) => s.end > s.start);
}

/**
 * Nests spans into a tree: a span that starts inside another and ends after it is cut in two,
 * so every element closes inside its parent.
 */
function nest(spans) {
  const order = (a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind];
  const pending = [...spans].sort(order);
  const roots = [];
  while (pending.length > 0) {
    const top = pending.shift();
    const inside = [];
    for (let i = 0; i < pending.length; ) {
      const s = pending[i];
      if (s.start >= top.end) break;
      pending.splice(i, 1);
      inside.push({ ...s, end: Math.min(s.end, top.end) });
      if (s.end > top.end) {
        pending.push({ ...s, start: top.end });
        pending.sort(order);
      }
    }
    roots.push({ ...top, children: nest(inside) });
  }
  return roots;
}

/** Renders text between `start` and `end` with the nested spans in it. */
function renderRange(text, start, end, nodes) {
  const out = [];
  let at = start;
  for (const node of nodes) {
    if (node.start > at) out.push(text.slice(at, node.start));
    const props = { class: `ann ${node.kind}${node.extra ?? ""}`, title: node.title };
    if (node.kind === "evidence") props["data-event-index"] = node.index;
    if (node.kind === "focus") props.id = "focus";
    const inner = renderRange(text, node.start, node.end, node.children);
    const element = node.kind === "mention" && node.code ? h("a", { ...props, href: route("actor", [node.code]) }, inner) : h("span", props, inner);
    out.push(element);
    at = node.end;
  }
  if (end > at) out.push(text.slice(at, end));
  return out;
}

function legend() {
  const item = (kind, label) => h("span", { class: `ann ${kind}` }, label);
  return h("p", { class: "legend" }, "Highlighted: ", item("mention", "actor mention"), " ", item("time", "time expression"), " ", item("claim", "claim"), " ", item("evidence", "event evidence"), " ", item("boilerplate", "boilerplate"), " — hover for details.");
}

function eventList(doc) {
  const events = doc.layers.events ?? [];
  if (events.length === 0) return notice("No events were coded in this article.");
  return h(
    "ol",
    { class: "article-events" },
    events.map((e, i) =>
      h(
        "li",
        { "data-event-index": i },
        h("span", { class: `quad quad-${e.quad}` }, e.cameo), " ",
        actorLink(e.source), " → ", actorLink(e.target), " ",
        e.cameoName, " ", modalityBadge(e.modality), " ", e.date ?? "", " — “", doc.text.slice(e.evidence[0], e.evidence[1]), "”",
        h("span", { class: "muted small" }, ` ${e.rule}`),
      ),
    ),
  );
}

export async function render(root, { params, query }) {
  const id = params[0];
  replace(root, notice("Loading article…"));
  const eventId = query.get("event");
  const [stored, event] = await Promise.all([getJson(`/api/articles/${encodeURIComponent(id)}`), eventId ? getJson(`/api/events/${encodeURIComponent(eventId)}`).catch(() => null) : null]);
  const doc = stored.document;
  const meta = doc.meta;
  const sentence = event && doc.layers.sentences ? doc.layers.sentences[event.sentence] : null;
  const focus = sentence ?? (event ? { start: event.evidence[0], end: event.evidence[1] } : null);
  const body = h("div", { class: "article-text" }, renderRange(doc.text, 0, doc.text.length, nest(spansOf(doc, focus, event))));
  const url = safeUrl(meta.url);
  replace(
    root,
    h("h1", null, meta.title ?? "(untitled)"),
    h(
      "p", { class: "meta" },
      [meta.source, meta.published ? `${meta.published.value} (${meta.published.origin})` : "date unknown", meta.language, `version ${stored.version} of ${stored.versions.length}`].filter(Boolean).join(" · "),
      url ? [" · ", h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, "original")] : null,
      stored.story ? [" · story of ", String(stored.story.articles), " article(s)"] : null,
    ),
    legend(),
    body,
    h("h2", null, "Events"),
    eventList(doc),
    stored.related?.length ? [h("h2", null, "Related articles"), h("ul", null, stored.related.map((r) => h("li", null, h("a", { href: route("article", [r.articleId]) }, r.articleId), r.sharedActors.length ? ` — shares ${r.sharedActors.join(", ")}` : "")))] : null,
  );
  const target = root.querySelector("#focus");
  if (target) target.scrollIntoView({ block: "center" });
  // Clicking an event in the list shows its evidence in the text.
  root.querySelector(".article-events")?.addEventListener("click", (event) => {
    const item = event.target.closest("li[data-event-index]");
    if (!item || event.target.closest("a")) return;
    for (const old of body.querySelectorAll(".ann.evidence.current")) old.classList.remove("current");
    const evidence = body.querySelector(`.ann.evidence[data-event-index="${item.dataset.eventIndex}"]`);
    evidence?.classList.add("current");
    evidence?.scrollIntoView({ block: "center" });
  });
}
