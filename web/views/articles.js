// The articles view (#/articles?q=words): the latest articles, or full-text search results
// with the matched words marked.
import { getJson } from "../api.js";
import { h, marked, notice, replace, route } from "../dom.js";

export async function render(root, { query }) {
  const q = query.get("q") ?? "";
  const heading = h("h1", null, q ? `Articles matching “${q}”` : "Latest articles");
  replace(root, heading, notice("Loading…"));
  const { items } = await getJson("/api/articles", { q, source: query.get("source"), since: query.get("since"), until: query.get("until"), limit: 100 });
  if (items.length === 0) return replace(root, heading, notice(q ? "Nothing matches." : "No articles yet: ingest some with `attache ingest`."));
  replace(
    root,
    heading,
    h(
      "ul",
      { class: "articles" },
      items.map((a) =>
        h(
          "li",
          { "data-article": a.id },
          h("a", { href: route("article", [a.id]), class: "article-title" }, a.title ?? a.id),
          h("div", { class: "muted small" }, [a.source, a.published?.value, `${a.events} events`, `${a.mentions} mentions`].filter(Boolean).join(" · ")),
          a.snippet ? h("p", { class: "snippet" }, marked(a.snippet)) : null,
        ),
      ),
    ),
  );
}
