// The actor view (#/actor/BLRGOV): who the code has stood for, role by role over time, the
// actors it deals with most, its events per week and its recent events.
import { getJson } from "../api.js";
import { h, notice, replace, route } from "../dom.js";
import { eventsTable } from "./events-table.js";
import { trendChart } from "./trend-chart.js";

/** Everyone the code has stood for, one row per role, in order of time; an open end is "now". */
function rolesTable(known) {
  const rows = known.flatMap((person) => (person.roles ?? []).map((role) => ({ person, role })));
  rows.sort((x, y) => String(x.role.from ?? "").localeCompare(String(y.role.from ?? "")));
  if (rows.length === 0) return h("p", null, known.map((p) => p.name).join(", "));
  return h(
    "table",
    { class: "roles" },
    h("thead", null, h("tr", null, ["From", "To", "Who", "Role", "Code"].map((t) => h("th", null, t)))),
    h(
      "tbody",
      null,
      rows.map(({ person, role }) =>
        h(
          "tr",
          { class: role.to ? "" : "current" },
          h("td", { class: "nowrap" }, role.from ?? "?"),
          h("td", { class: "nowrap" }, role.to ?? "now"),
          h("td", { title: person.aliases?.length ? `also: ${person.aliases.join(", ")}` : null }, person.name),
          h("td", null, role.title ?? ""),
          h("td", null, h("a", { href: route("actor", [role.code]) }, role.code)),
        ),
      ),
    ),
  );
}

/** The roles, open when they are few (a person) and folded when many (a whole government). */
function rolesSection(known) {
  if (known.length === 0) return null;
  const count = known.reduce((n, person) => n + (person.roles?.length ?? 0), 0);
  return h("details", { class: "roles-section", open: count <= 15 }, h("summary", null, h("h2", null, `Roles over time (${count})`)), rolesTable(known));
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
    h("h2", null, "Counterparts"),
    profile.counterparts.length
      ? h("ul", { class: "counterparts" }, profile.counterparts.map((c) => h("li", null, h("a", { href: route("dyad", [code, c.actor]) }, `${code} ↔ ${c.actor}`), ` ${c.events} events`)))
      : notice("No counterparts in the stored events."),
    profile.trend.length ? [h("h2", null, "Events per week"), trendChart(profile.trend, { height: 220, interval: "week" })] : null,
    h("h2", null, "Recent events"),
    profile.events.length ? eventsTable(profile.events) : notice("No events."),
    rolesSection(profile.known),
  );
}
