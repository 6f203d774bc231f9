// The claims view (#/claims?subject=political prisoners): a tracked figure over time, one
// series per thing said of it ("freed", "remain behind bars"), and every claim with its source.
import uPlot from "/vendor/uplot.js";
import { getJson } from "../api.js";
import { h, notice, replace, route } from "../dom.js";
import { periodTime } from "./trend-chart.js";

const COMPARATORS = { exactly: "", "more-than": "more than ", "less-than": "less than ", about: "about ", "at-least": "at least ", "at-most": "at most " };
const COLOURS = ["#1c7ed6", "#c92a2a", "#2b8a3e", "#f08c00", "#7048e8", "#0c8599"];

function subjectForm(subject) {
  const form = h(
    "form",
    { class: "filters" },
    h("label", null, h("span", null, "subject"), h("input", { name: "subject", value: subject, size: 28, placeholder: "political prisoners" })),
    h("button", { type: "submit" }, "Show"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = route("claims", [], { subject: new FormData(form).get("subject") });
  });
  return form;
}

/** The day a claim speaks of: its own date, else its article's. */
function dayOf(claim) {
  const date = claim.date ?? claim.articleDate;
  return date && /^\d{4}(-\d{2}){0,2}/.test(date) ? date.slice(0, 10) : null;
}

/** Points on one time axis, one series per predicate (uPlot wants aligned arrays). */
function chartOf(claims, subject) {
  const dated = claims.filter((c) => dayOf(c) !== null);
  if (dated.length === 0) return notice("None of these claims has a date to plot.");
  const days = [...new Set(dated.map(dayOf))].sort();
  const predicates = [...new Set(dated.map((c) => c.predicate ?? "(stated)"))];
  const data = [
    days.map(periodTime),
    ...predicates.map((p) => days.map((d) => dated.find((c) => dayOf(c) === d && (c.predicate ?? "(stated)") === p)?.value ?? null)),
  ];
  const container = h("div", { class: "chart" });
  requestAnimationFrame(() => {
    container.uplot = new uPlot(
      {
        title: `${subject}: figures over time`,
        width: Math.max(320, Math.min(900, container.clientWidth || 900)),
        height: 280,
        scales: { x: { time: true } },
        series: [{ label: "date" }, ...predicates.map((p, i) => ({ label: p, stroke: COLOURS[i % COLOURS.length], width: 2, spanGaps: true, points: { show: true, size: 8 } }))],
      },
      data,
      container,
    );
  });
  return container;
}

export async function render(root, { query }) {
  const subject = query.get("subject") ?? "political prisoners";
  replace(root, h("h1", null, "Claims"), subjectForm(subject), notice("Loading…"));
  const { items } = await getJson("/api/claims", { subject, limit: 500 });
  if (items.length === 0) return replace(root, h("h1", null, "Claims"), subjectForm(subject), notice(`No claims about “${subject}”.`));
  const sorted = [...items].sort((x, y) => String(dayOf(x)).localeCompare(String(dayOf(y))) || x.value - y.value);
  replace(
    root,
    h("h1", null, "Claims"),
    subjectForm(subject),
    chartOf(sorted, subject),
    h(
      "table",
      { class: "claims" },
      h("thead", null, h("tr", null, ["Date", "Figure", "Subject", "Said of it", "According to", "Words", "Article"].map((t) => h("th", null, t)))),
      h(
        "tbody",
        null,
        sorted.map((c) =>
          h(
            "tr",
            null,
            h("td", { class: "nowrap" }, dayOf(c) ?? "?", c.since ? h("div", { class: "muted small" }, `since ${c.since}`) : null),
            h("td", { class: "num" }, `${COMPARATORS[c.comparator] ?? ""}${c.value.toLocaleString("en")}`),
            h("td", null, c.subject),
            h("td", null, c.predicate ?? ""),
            h("td", null, c.attributedTo ?? h("span", { class: "muted" }, "the article")),
            h("td", { class: "evidence-cell" }, c.text),
            h("td", null, h("a", { href: route("article", [c.articleId]) }, c.articleTitle ?? c.articleId), c.articleDate ? h("div", { class: "muted small" }, c.articleDate) : null),
          ),
        ),
      ),
    ),
  );
}
