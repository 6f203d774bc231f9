// The dyad view (#/dyad/USA/BLR?interval=week): the cooperation–conflict trend between two
// actors over time, and the events between them under it.
import { getJson } from "../api.js";
import { h, notice, replace, route } from "../dom.js";
import { eventsTable } from "./events-table.js";
import { trendChart } from "./trend-chart.js";

function dyadForm(a, b, interval) {
  const form = h(
    "form",
    { class: "filters" },
    h("label", null, h("span", null, "actor"), h("input", { name: "a", value: a, size: 8, required: true })),
    h("label", null, h("span", null, "and actor"), h("input", { name: "b", value: b, size: 8, required: true })),
    h("label", null, h("span", null, "per"), h("select", { name: "interval" }, ["day", "week", "month"].map((i) => h("option", { value: i, selected: i === interval }, i)))),
    h("button", { type: "submit" }, "Show"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    location.hash = route("dyad", [values.a.trim().toUpperCase(), values.b.trim().toUpperCase()], { interval: values.interval });
  });
  return form;
}

export async function render(root, { params, query }) {
  const [a = "USA", b = "BLR"] = params;
  const interval = query.get("interval") ?? "week";
  const heading = h("h1", null, "Between ", h("a", { href: route("actor", [a]) }, a), " and ", h("a", { href: route("actor", [b]) }, b));
  replace(root, heading, dyadForm(a, b, interval), notice("Loading…"));
  const dyad = `${a},${b}`;
  const [trend, events] = await Promise.all([getJson("/api/aggregates/trend", { dyad, interval }), getJson("/api/events", { dyad, limit: 200 })]);
  if (trend.items.length === 0) return replace(root, heading, dyadForm(a, b, interval), notice(`No events between ${a} and ${b}.`));
  const total = trend.items.reduce((sum, p) => sum + p.events, 0);
  const goldstein = trend.items.reduce((sum, p) => sum + p.goldstein, 0);
  replace(
    root,
    heading,
    dyadForm(a, b, interval),
    h("p", { class: "summary" }, `${total} event${total === 1 ? "" : "s"} in ${trend.items.length} ${interval}${trend.items.length === 1 ? "" : "s"}; Goldstein sum ${goldstein.toFixed(1)} (negative is conflict, positive cooperation).`),
    trendChart(trend.items, { interval, title: `${a} ↔ ${b}: cooperation and conflict per ${interval}` }),
    h("h2", null, "Events"),
    eventsTable(events.items),
    events.next ? h("p", null, h("a", { href: route("events", [], { dyad }) }, "All events of this dyad…")) : null,
  );
}
