import type { Command } from "commander";
import type { ArticleId, Document } from "../document.js";
import { AttacheError } from "../errors.js";
import type { Store, StoredArticle, StoredEvent } from "../store/store.js";
import { storySection } from "./related.js";
import { openStoreForQuery, withDbOption } from "./store-flags.js";

interface ShowFlags {
  readonly db?: string;
  readonly json?: boolean;
}

/** Finds an article by its id or by the start of it, as long as only one article starts so. */
async function findArticle(store: Store, id: string): Promise<StoredArticle> {
  const exact = await store.getArticle(id as ArticleId);
  if (exact) return exact;
  const candidates = await store.findArticleIds(id, 5);
  if (candidates.length === 1) {
    const found = await store.getArticle(candidates[0]!);
    if (found) return found;
  }
  const detail = candidates.length > 1 ? `the start of ${candidates.length === 5 ? "5 or more" : candidates.length} ids: ${candidates.join(", ")}` : "see `attache articles`";
  throw new AttacheError({ code: "not-found", input: id, detail });
}

/** The body with each boilerplate stretch replaced by a short marker, and those stretches apart. */
function splitBoilerplate(doc: Document): { body: string; boilerplate: string[] } {
  const spans = [...(doc.layers.boilerplate ?? [])].sort((a, b) => a.start - b.start);
  let body = "";
  let at = 0;
  const boilerplate: string[] = [];
  for (const span of spans) {
    body += doc.text.slice(at, span.start);
    body += `[boilerplate ${boilerplate.length + 1}]`;
    boilerplate.push(`[${boilerplate.length + 1}] ${span.kind}: ${doc.text.slice(span.start, span.end).replace(/\s*\n\s*/g, " | ")}`);
    at = span.end;
  }
  return { body: body + doc.text.slice(at), boilerplate };
}

function section(title: string, lines: readonly string[]): string {
  return lines.length === 0 ? "" : `\n${title} (${lines.length})\n${lines.map((l) => `  ${l}`).join("\n")}\n`;
}

const quoted = (text: string) => JSON.stringify(text);

function eventLine(e: StoredEvent): string {
  const dyad = `${e.source ?? "?"} → ${e.target ?? "?"}`;
  return `${e.id}  ${e.date ?? "undated"} (${e.datePrecision})  ${dyad}  ${e.cameo} ${e.cameoName} / ${e.plover}, ${e.modality}  ${quoted(e.evidenceText)}${e.location ? ` in ${e.location}` : ""}${canonicalNote(e)}`;
}

/** Where a report stands in its canonical event, when other reports tell it too. */
function canonicalNote(e: StoredEvent): string {
  if (e.mentions <= 1) return "";
  const counts = `${e.mentions} reports, ${e.sources} ${e.sources === 1 ? "outlet" : "outlets"}`;
  return e.represents ? `  [represents ${e.canonical}: ${counts}]` : `  [one report of ${e.canonical}: ${counts}]`;
}

function describe(article: StoredArticle, events: readonly StoredEvent[]): string {
  const doc = article.document;
  const { meta, layers } = doc;
  const { body, boilerplate } = splitBoilerplate(doc);
  const date = meta.published ? `${meta.published.value} (${meta.published.precision}, from ${meta.published.origin})` : "unknown";
  const head = [
    meta.title ?? "(no title)",
    `id ${meta.id} · version ${article.version} of ${article.versions.length} · ${meta.format} from ${meta.origin}`,
    `source ${meta.source ?? "-"} · published ${date} · language ${meta.language}${meta.author ? ` · by ${meta.author}` : ""}`,
    ...(meta.url ? [meta.url] : []),
    `${layers.paragraphs?.length ?? 0} paragraphs, ${layers.sentences?.length ?? 0} sentences`,
  ].join("\n");
  return [
    head,
    `\n${body}\n`,
    section("Boilerplate, set aside", boilerplate),
    section("Times", (layers.times ?? []).map((t) => `${quoted(t.text)} → ${t.value} (${t.type}, ${t.precision})`)),
    section("Quantities", (layers.quantities ?? []).map((q) => `${quoted(q.text)} → ${q.comparator} ${q.value}${q.unit ? ` ${q.unit}` : ""}`)),
    section("Mentions", (layers.mentions ?? []).map((m) => `${quoted(m.text)} ${m.type} → ${m.actor ? `${m.actor.code} (${m.actor.name})` : "unresolved"}`)),
    section("Events", events.map(eventLine)),
    section(
      "Claims",
      (layers.claims ?? []).map(
        (c) => `${c.comparator} ${c.value} ${c.subject}${c.predicate ? ` ${c.predicate}` : ""}${c.since ? ` since ${c.since}` : ""}${c.date ? ` on ${c.date}` : ""}${c.attributedTo ? ` (per ${c.attributedTo})` : ""}`,
      ),
    ),
    section("Messages", doc.messages.map((m) => `${m.severity} ${m.code} (${m.stage}): ${m.reason}`)),
  ].join("");
}

/** `attache show`: one article with every layer, boilerplate shown apart from the body. */
export function registerShow(program: Command): void {
  withDbOption(
    program
      .command("show")
      .description("show an article with its annotations")
      .argument("<id>", "an article id, or the start of one"),
  )
    .option("--json", "print the article and all its layers as JSON")
    .addHelpText("after", "\nExample:\n  attache show 3f2a9c\n  attache show 3f2a9c10b7d4e815 --json")
    .action(async (id: string, flags: ShowFlags) => {
      const store = openStoreForQuery(flags.db);
      try {
        const article = await findArticle(store, id);
        const events = await store.findEvents({ articleId: article.document.meta.id });
        // findEvents orders by date; the article tells them in evidence order.
        events.sort((a, b) => a.evidence[0] - b.evidence[0]);
        if (flags.json) {
          const { document, version, versions } = article;
          const output = { id: document.meta.id, version, versions, meta: document.meta, text: document.text, layers: { ...document.layers, events }, messages: document.messages };
          process.stdout.write(`${JSON.stringify({ ...output, ...(await storySection(store, document.meta.id)).json }, null, 2)}\n`);
        } else {
          process.stdout.write(`${describe(article, events)}${(await storySection(store, article.document.meta.id)).text}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
