// The cooperation–conflict chart of a trend (uPlot): the Goldstein sum per period as a line on
// the left axis, and the events of each QuadClass per period as stacked bars on the right axis.
import uPlot from "/vendor/uplot.js";
import { h } from "../dom.js";

const QUAD_COLOURS = ["#2b8a3e", "#74b816", "#f08c00", "#c92a2a"];
const QUAD_LABELS = ["verbal coop.", "material coop.", "verbal conflict", "material conflict"];

/** Seconds since 1970 of a period: "2025-09-08" (day, week) or "2025-09" (month). */
export function periodTime(period) {
  const [year, month = "01", day = "01"] = period.split("-");
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / 1000;
}

const DAY = 86400;
const STEP = { day: DAY, week: 7 * DAY, month: 31 * DAY };

/** The period after one: the next day, the next Monday, the next month. */
function nextPeriod(period, interval) {
  if (interval === "month") {
    const [year, month] = period.split("-").map(Number);
    return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
  }
  return new Date((periodTime(period) + STEP[interval]) * 1000).toISOString().slice(0, 10);
}

/** The points with the empty periods between them as zeros, so that a quiet stretch reads as quiet. */
export function withEmptyPeriods(points, interval, max = 3000) {
  if (points.length < 2 || !STEP[interval]) return points;
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const last = points[points.length - 1].period;
  const out = [];
  for (let period = points[0].period; out.length < max; period = nextPeriod(period, interval)) {
    out.push(byPeriod.get(period) ?? { period, events: 0, goldstein: 0, quad: [0, 0, 0, 0] });
    if (period >= last) return out;
  }
  return points;
}

/** A chart element for trend points per `interval`; `width` follows the container. */
export function trendChart(trend, { width = 900, height = 300, title = "", interval = "week" } = {}) {
  const container = h("div", { class: "chart" });
  const points = withEmptyPeriods(trend, interval);
  const x = points.map((p) => periodTime(p.period));
  // Half a period of margin each side, so that the first and last bars are whole.
  const pad = (STEP[interval] ?? DAY) / 2;
  // Stacked bars: QuadClass q is drawn from 0 to the sum of classes 1…q, the tallest first, so
  // each class shows as its own band; the legend shows the class's own count.
  const stackedUpTo = (q) => points.map((p) => p.quad.slice(0, q + 1).reduce((a, b) => a + b, 0));
  const data = [x, points.map((p) => p.goldstein), ...[3, 2, 1, 0].map(stackedUpTo)];
  const bars = uPlot.paths.bars({ size: [0.6, 40], gap: 1 });
  const options = {
    title,
    width,
    height,
    scales: { x: { time: true, range: () => [x[0] - pad, x[x.length - 1] + pad] }, n: { range: (u, min, max) => [0, Math.max(1, max)] } },
    axes: [{ incrs: [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY, 91 * DAY, 182 * DAY, 365 * DAY] }, { label: "Goldstein sum", scale: "g" }, { label: "events", scale: "n", side: 1, grid: { show: false } }],
    series: [
      { label: "period", value: (u, v) => (v === null ? "" : new Date(v * 1000).toISOString().slice(0, 10)) },
      { label: "Goldstein sum", scale: "g", stroke: "#1c7ed6", width: 2, points: { show: true, size: 6 } },
      ...[3, 2, 1, 0].map((q) => ({
        label: QUAD_LABELS[q], scale: "n", stroke: QUAD_COLOURS[q], fill: QUAD_COLOURS[q], paths: bars, points: { show: false },
        value: (u, v, series, index) => (index === null || index === undefined ? "" : String(points[index].quad[q])),
      })),
    ],
  };
  // uPlot measures its container, so it is created once the element is in the page.
  requestAnimationFrame(() => {
    const plot = new uPlot({ ...options, width: Math.max(320, Math.min(width, container.clientWidth || width)) }, data, container);
    container.uplot = plot;
  });
  return container;
}
