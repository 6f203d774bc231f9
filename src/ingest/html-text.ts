/** The DOM node shape the serializer walks (linkedom's nodes provide it). */
interface TextNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<TextNode>;
}

// Elements that start a new line: each paragraph, heading, list item or cell becomes one line.
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION",
  "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P",
  "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TFOOT", "THEAD", "TR", "UL",
]);
// Cells stay on their row's line, a space apart, so that a table row reads as one line.
const CELLS = new Set(["TD", "TH"]);
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON"]);
const ELEMENT = 1;
const TEXT = 3;

/**
 * The text of an element with one line per block (paragraph, heading, list item, table row), inner
 * whitespace collapsed and empty lines dropped. Used as Readability's serializer, so the
 * article body is walked once.
 */
export function blockTextOf(root: TextNode): string {
  const parts: string[] = [];
  const walk = (node: TextNode): void => {
    if (node.nodeType === TEXT) {
      parts.push((node.nodeValue ?? "").replace(/[\s\u00A0]+/g, " "));
      return;
    }
    if (node.nodeType !== ELEMENT || SKIPPED.has(node.nodeName)) return;
    const block = BLOCKS.has(node.nodeName);
    if (block) parts.push("\n");
    else if (CELLS.has(node.nodeName)) parts.push(" ");
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!);
    if (block) parts.push("\n");
  };
  walk(root);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .filter((line) => line.length > 0)
    .join("\n");
}
