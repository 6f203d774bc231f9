// The cooperation–conflict chart of a trend (uPlot): the Goldstein sum per period as a line on
// the left axis, and the events of each QuadClass per period as bars on the right axis.
import uPlot from "/vendor/uplot.js";
import { h } from "../dom.js";

const QUAD_COLOURS = ["#2b8a3e", "#74b816", "#f08c00", "#c92a2a"];
const QUAD_LABELS = ["verbal coop.", "material coop.", "verbal conflict", "material conflict"];

/** Seconds since 1970 of a period: "2025-09-08" (day, week) or "2025-09" (month). */
export function periodTime(period) {
  const [year, month = "01", day = "01"] = period.split("-");
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / 1000;
}

/** A chart element for trend points; `width` follows the container. */
export function trendChart(points, { width = 900, height = 300, title = "" } = {}) {
  const container = h("div", { class: "chart" });
  const x = points.map((p) => periodTime(p.period));
  const data = [x, points.map((p) => p.goldstein), ...[0, 1, 2, 3].map((q) => points.map((p) => p.quad[q]))];
  const bars = uPlot.paths.bars({ size: [0.6, 40], gap: 1 });
  const options = {
    title,
    width,
    height,
    scales: { x: { time: true }, n: { range: (u, min, max) => [0, Math.max(1, max)] } },
    axes: [{}, { label: "Goldstein sum", scale: "g" }, { label: "events", scale: "n", side: 1, grid: { show: false } }],
    series: [
      { label: "period", value: (u, v) => (v === null ? "" : new Date(v * 1000).toISOString().slice(0, 10)) },
      { label: "Goldstein sum", scale: "g", stroke: "#1c7ed6", width: 2, points: { show: true, size: 6 } },
      ...QUAD_LABELS.map((label, q) => ({ label, scale: "n", stroke: QUAD_COLOURS[q], fill: `${QUAD_COLOURS[q]}66`, paths: bars, points: { show: false } })),
    ],
  };
  // uPlot measures its container, so it is created once the element is in the page.
  requestAnimationFrame(() => {
    const plot = new uPlot({ ...options, width: Math.max(320, Math.min(width, container.clientWidth || width)) }, data, container);
    container.uplot = plot;
  });
  return container;
}
