// The events view (#/events?actor=&dyad=&root=…): filters, then the matching events, a page
// at a time by cursor.
import { getJson } from "../api.js";
import { h, notice, replace, route } from "../dom.js";
import { eventRows, eventsTable } from "./events-table.js";

const MODALITIES = ["", "asserted", "intended", "requested", "hypothetical", "negated", "reported"];
const PLOVER = ["", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const FIELDS = ["actor", "dyad", "root", "plover", "quad", "modality", "since", "until"];

function input(name, value, props = {}) {
  return h("label", null, h("span", null, props.label ?? name), h("input", { name, value: value ?? "", ...props, label: null }));
}

function select(name, value, options, labels = options) {
  return h("label", null, h("span", null, name), h("select", { name }, options.map((o, i) => h("option", { value: o, selected: o === (value ?? "") }, labels[i] || "any"))));
}

/** The filter form; submitting it changes the hash, which re-renders the view. */
export function filterForm(query) {
  const form = h(
    "form",
    { class: "filters", id: "filters" },
    input("actor", query.get("actor"), { placeholder: "BLRGOV", size: 8 }),
    input("dyad", query.get("dyad"), { placeholder: "USA,BLR", size: 9 }),
    input("root", query.get("root"), { placeholder: "04", size: 3, label: "CAMEO root" }),
    select("plover", query.get("plover"), PLOVER),
    select("quad", query.get("quad"), ["", "1", "2", "3", "4"], ["any", "1 verbal coop.", "2 material coop.", "3 verbal conflict", "4 material conflict"]),
    select("modality", query.get("modality"), MODALITIES),
    input("since", query.get("since"), { type: "date" }),
    input("until", query.get("until"), { type: "date" }),
    h("button", { type: "submit" }, "Filter"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    location.hash = route("events", [], values);
  });
  return form;
}

export async function render(root, { query }) {
  const filters = Object.fromEntries(FIELDS.map((f) => [f, query.get(f) ?? undefined]));
  replace(root, h("h1", null, "Events"), filterForm(query), notice("Loading events…"));
  const page = await getJson("/api/events", { ...filters, limit: 50 });
  if (page.items.length === 0) return replace(root, h("h1", null, "Events"), filterForm(query), notice("No events match these filters."));
  const table = eventsTable(page.items);
  const more = h("button", { type: "button", class: "more" }, "More events");
  let next = page.next;
  more.hidden = next === null;
  more.addEventListener("click", async () => {
    const following = await getJson("/api/events", { ...filters, limit: 50, cursor: next });
    table.querySelector(".events-body").append(...eventRows(following.items));
    next = following.next;
    more.hidden = next === null;
  });
  replace(root, h("h1", null, "Events"), filterForm(query), table, more);
}
