// Small DOM helpers. Everything that comes from the API enters the page as text nodes or
// attribute values, never as HTML; links to outside pages are kept to http(s).

/** Creates an element: `h("a", { href: "#/", class: "x", onclick: fn }, "text", child)`. */
export function h(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children (nodes, strings, numbers, nested arrays); null and false are skipped. */
export function append(node, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces every child of a node. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** A URL from the data, if it is an http(s) link; otherwise null (no javascript: links). */
export function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A dashboard link: `route("dyad", ["USA", "BLR"], { interval: "week" })` → "#/dyad/USA/BLR?interval=week". */
export function route(name, segments = [], query = {}) {
  const path = [name, ...segments].map((s) => encodeURIComponent(s)).join("/");
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  const search = params.toString();
  return `#/${path}${search ? `?${search}` : ""}`;
}

/** A snippet with «marked» words, as text with <mark> elements. */
export function marked(snippet) {
  return snippet.split(/(«[^»]*»)/).map((part) => (part.startsWith("«") && part.endsWith("»") ? h("mark", null, part.slice(1, -1)) : part));
}

/** A short message in place of a view: loading, empty or failed. */
export function notice(text, kind = "info") {
  return h("p", { class: `notice notice-${kind}` }, text);
}
