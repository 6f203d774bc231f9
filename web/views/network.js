// The network view (#/network?since=&until=&limit=): actors as nodes and their event flows as
// edges (cytoscape), from the top dyads of a period; edge width by count, colour by Goldstein.
import cytoscape from "/vendor/cytoscape.js";
import { getJson } from "../api.js";
import { h, notice, replace, route } from "../dom.js";

/** Red for conflict, grey for neutral, green for cooperation, by the mean Goldstein score. */
function colourOf(mean) {
  if (mean <= -1) return mean <= -5 ? "#c92a2a" : "#f08c00";
  if (mean >= 1) return mean >= 5 ? "#2b8a3e" : "#74b816";
  return "#868e96";
}

function periodForm(query) {
  const form = h(
    "form",
    { class: "filters" },
    h("label", null, h("span", null, "since"), h("input", { name: "since", type: "date", value: query.get("since") ?? "" })),
    h("label", null, h("span", null, "until"), h("input", { name: "until", type: "date", value: query.get("until") ?? "" })),
    h("label", null, h("span", null, "dyads"), h("input", { name: "limit", type: "number", min: 1, max: 200, value: query.get("limit") ?? "60" })),
    h("button", { type: "submit" }, "Show"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = route("network", [], Object.fromEntries(new FormData(form)));
  });
  return form;
}

export async function render(root, { query }) {
  replace(root, h("h1", null, "Network"), periodForm(query), notice("Loading…"));
  const { items } = await getJson("/api/aggregates/top-dyads", { since: query.get("since"), until: query.get("until"), limit: query.get("limit") ?? 60 });
  if (items.length === 0) return replace(root, h("h1", null, "Network"), periodForm(query), notice("No events in this period."));
  const max = Math.max(...items.map((d) => d.events));
  const nodes = new Map();
  for (const d of items) for (const code of [d.source, d.target]) nodes.set(code, (nodes.get(code) ?? 0) + d.events);
  const elements = [
    ...[...nodes].map(([id, events]) => ({ data: { id, label: id, events } })),
    ...items.map((d, i) => ({
      data: { id: `e${i}`, source: d.source, target: d.target, events: d.events, width: 1 + (7 * d.events) / max, colour: colourOf(d.goldstein / d.events) },
    })),
  ];
  const box = h("div", { class: "network", id: "network" });
  replace(
    root,
    h("h1", null, "Network"),
    periodForm(query),
    h("p", { class: "summary" }, `${nodes.size} actors, ${items.length} dyads. Edge width: events; colour: mean Goldstein (red conflict, green cooperation). Click an actor or an edge.`),
    box,
  );
  const graph = cytoscape({
    container: box,
    elements,
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 8000 },
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 11, "background-color": "#364fc7", width: "mapData(events, 1, 50, 14, 44)", height: "mapData(events, 1, 50, 14, 44)", color: "#212529" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.8 } },
    ],
  });
  graph.on("tap", "node", (event) => (location.hash = route("actor", [event.target.id()])));
  graph.on("tap", "edge", (event) => (location.hash = route("dyad", [event.target.data("source"), event.target.data("target")])));
  box.cytoscape = graph;
}
