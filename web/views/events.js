// The events view (#/events?actor=&dyad=&root=…&limit=50): filters, then the matching events,
// a page at a time by cursor.
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
    // "USA BLR", "USA/BLR" and "USA, BLR" all mean the dyad USA,BLR.
    values.dyad = values.dyad.trim().split(/[\s,/]+/).filter(Boolean).join(",").toUpperCase();
    values.actor = values.actor.trim().toUpperCase();
    location.hash = route("events", [], { ...values, limit: query.get("limit") });
  });
  return form;
}

export async function render(root, { query }) {
  const filters = Object.fromEntries(FIELDS.map((f) => [f, query.get(f) ?? undefined]));
  const limit = query.get("limit") ?? 50;
  replace(root, h("h1", null, "Events"), filterForm(query), notice("Loading events…"));
  let page;
  try {
    page = await getJson("/api/events", { ...filters, limit });
  } catch (error) {
    // A bad filter is the user's to fix: keep the form and say what is wrong.
    return replace(root, h("h1", null, "Events"), filterForm(query), notice(error.message, "error"));
  }
  if (page.items.length === 0) return replace(root, h("h1", null, "Events"), filterForm(query), notice("No events match these filters."));
  const table = eventsTable(page.items);
  const more = h("button", { type: "button", class: "more" }, "More events");
  let next = page.next;
  more.hidden = next === null;
  more.addEventListener("click", async () => {
    more.disabled = true;
    try {
      const following = await getJson("/api/events", { ...filters, limit, cursor: next });
      table.querySelector(".events-body").append(...eventRows(following.items));
      next = following.next;
      more.hidden = next === null;
    } catch (error) {
      more.replaceWith(notice(error.message, "error"));
    } finally {
      more.disabled = false;
    }
  });
  replace(root, h("h1", null, "Events"), filterForm(query), table, more);
}
