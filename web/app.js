// The dashboard: a hash router (#/view/segments?query) that hands the page's main element to
// one view module at a time, and the search box in the header.
import { h, notice, replace, route } from "./dom.js";
import * as actor from "./views/actor.js";
import * as article from "./views/article.js";
import * as articles from "./views/articles.js";
import * as claims from "./views/claims.js";
import * as dyad from "./views/dyad.js";
import * as events from "./views/events.js";
import * as network from "./views/network.js";

const VIEWS = { events, articles, article, dyad, actor, network, claims };

/** The view, path segments and query of a hash like "#/dyad/USA/BLR?interval=week". */
export function parseHash(hash) {
  const [path, search = ""] = hash.replace(/^#\/?/, "").split("?");
  const [name = "", ...segments] = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { name: name || "events", params: segments, query: new URLSearchParams(search) };
}

let rendering = 0;

async function show() {
  const root = document.getElementById("view");
  const { name, params, query } = parseHash(location.hash);
  const view = VIEWS[name];
  const current = ++rendering;
  document.body.dataset.view = name;
  document.getElementById("search-q").value = name === "articles" ? (query.get("q") ?? "") : "";
  for (const link of document.querySelectorAll("header nav a")) link.classList.toggle("active", parseHash(link.getAttribute("href")).name === name);
  if (!view) return replace(root, notice(`No such view: ${name}`, "error"));
  // Each navigation renders into its own element, so a slow earlier view cannot overwrite a later one.
  const container = h("div", { class: `view view-${name}` });
  replace(root, container);
  root.setAttribute("aria-busy", "true");
  try {
    await view.render(container, { params, query });
  } catch (error) {
    replace(container, h("h1", null, "Something went wrong"), notice(error.message ?? String(error), "error"));
  } finally {
    if (current === rendering) root.setAttribute("aria-busy", "false");
  }
}

document.getElementById("search").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = document.getElementById("search-q").value.trim();
  location.hash = route("articles", [], { q });
});
window.addEventListener("hashchange", show);
show();
