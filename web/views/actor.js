// The actor view (#/actor/BLRGOV): who the code stands for and their roles over time, the
// actors it deals with most, its events per week and its recent events.
import { getJson } from "../api.js";
import { h, notice, replace, route } from "../dom.js";
import { eventsTable } from "./events-table.js";
import { trendChart } from "./trend-chart.js";

/** Roles as a table, oldest first, with an open end shown as "now". */
function rolesTable(person) {
  const roles = [...(person.roles ?? [])].sort((x, y) => String(x.from ?? "").localeCompare(String(y.from ?? "")));
  if (roles.length === 0) return null;
  return h(
    "table",
    { class: "roles" },
    h("thead", null, h("tr", null, h("th", null, "From"), h("th", null, "To"), h("th", null, "Code"), h("th", null, "Role"))),
    h("tbody", null, roles.map((r) => h("tr", null, h("td", null, r.from ?? "?"), h("td", null, r.to ?? "now"), h("td", null, h("a", { href: route("actor", [r.code]) }, r.code)), h("td", null, r.title ?? "")))),
  );
}

function knownEntry(person) {
  return h(
    "section",
    { class: "known" },
    h("h3", null, person.name, h("span", { class: "muted small" }, ` ${person.id}`)),
    person.aliases?.length ? h("p", { class: "muted" }, "also: ", person.aliases.slice(0, 12).join(", ")) : null,
    rolesTable(person),
  );
}

export async function render(root, { params }) {
  const name = params[0];
  replace(root, notice("Loading actor…"));
  const profile = await getJson(`/api/actors/${encodeURIComponent(name)}`);
  const code = profile.code;
  replace(
    root,
    h("h1", null, code ?? name, code && code !== name ? h("span", { class: "muted" }, ` (${name})`) : null),
    h("p", { class: "summary" }, `${profile.mentions.length} recent mentions, ${profile.events.length} recent events.`),
    profile.known.length ? [h("h2", null, "Who this is"), profile.known.map(knownEntry)] : null,
    h("h2", null, "Counterparts"),
    profile.counterparts.length
      ? h("ul", { class: "counterparts" }, profile.counterparts.map((c) => h("li", null, h("a", { href: route("dyad", [code, c.actor]) }, `${code} ↔ ${c.actor}`), ` ${c.events} events`)))
      : notice("No counterparts in the stored events."),
    profile.trend.length ? [h("h2", null, "Events per week"), trendChart(profile.trend, { height: 220 })] : null,
    h("h2", null, "Recent events"),
    profile.events.length ? eventsTable(profile.events) : notice("No events."),
  );
}
