import type { Command } from "commander";
import type { ArticleId } from "../document.js";
import { AttacheError } from "../errors.js";
import type { Store } from "../store/store.js";
import type { RelatedArticle } from "../stories/index.js";
import { relatedArticles } from "../stories/index.js";
import { openStoreForQuery, parseLimit, withDbOption } from "./store-flags.js";
import { formatTable, printRows } from "./table.js";

interface RelatedFlags {
  readonly db?: string;
  readonly limit: number;
  readonly json?: boolean;
}

/** The article an id or the start of one names, when only one does. */
async function resolveArticleId(store: Store, id: string): Promise<ArticleId> {
  if (await store.getArticle(id as ArticleId)) return id as ArticleId;
  const candidates = await store.findArticleIds(id, 2);
  if (candidates.length === 1) return candidates[0]!;
  throw new AttacheError({ code: "not-found", input: id, detail: candidates.length > 1 ? "the start of several ids" : "see `attache articles`" });
}

/** A related article with the title and date a reader needs. */
interface RelatedRow extends RelatedArticle {
  readonly title: string | null;
  readonly date: string | null;
  readonly source: string | null;
}

async function relatedRows(store: Store, id: ArticleId, limit: number): Promise<RelatedRow[]> {
  const rows: RelatedRow[] = [];
  for (const r of await relatedArticles(store, id, limit)) {
    const meta = (await store.getArticle(r.articleId))?.document.meta;
    rows.push({ ...r, title: meta?.title ?? null, date: meta?.published?.value.slice(0, 10) ?? null, source: meta?.source ?? null });
  }
  return rows;
}

const RELATED_COLUMNS = [
  { header: "ID", value: (r: RelatedRow) => r.articleId },
  { header: "DATE", value: (r: RelatedRow) => r.date },
  { header: "SCORE", value: (r: RelatedRow) => r.score.toFixed(2) },
  { header: "SHARED", value: (r: RelatedRow) => [...r.sharedActors, ...r.sharedEvents].join(" ") || null, maxWidth: 30 },
  { header: "TITLE", value: (r: RelatedRow) => r.title, maxWidth: 60 },
];

/** The story of an article and its related reads, as `attache show` prints them after the layers. */
export async function storySection(store: Store, id: ArticleId, limit = 5): Promise<{ text: string; json: Record<string, unknown> }> {
  const entry = await store.storyEntryOf(id);
  const story = entry === null ? null : await store.getStory(entry.story);
  const others = story === null ? [] : (await store.storyArticles(story.id, 11)).filter((a) => a.id !== id);
  const related = await relatedRows(store, id, limit);
  const lines: string[] = [];
  if (story !== null) {
    lines.push(`\nStory ${story.id}: ${story.articles} articles from ${story.sources.length} sources, first seen ${story.firstSeen ?? "-"}`);
    for (const a of others.slice(0, 10)) lines.push(`  ${a.id}  ${a.published?.value.slice(0, 10) ?? "-"}  ${a.source ?? "-"}  ${a.title ?? ""}`);
  }
  if (related.length > 0) lines.push(`\nRelated (${related.length})`, ...formatTable(related, RELATED_COLUMNS).split("\n").map((l) => `  ${l}`));
  return { text: lines.join("\n"), json: { story, storyArticles: others, related } };
}

/** `attache related <id>`: what to read next after an article, outside its own story. */
export function registerRelated(program: Command): void {
  withDbOption(
    program
      .command("related")
      .description("articles related to one (by words, actors, events and time), outside its own story")
      .argument("<id>", "an article id, or the start of one"),
  )
    .option("--limit <n>", "at most this many", parseLimit, 10)
    .option("--json", "print JSON instead of a table")
    .addHelpText("after", "\nExample:\n  attache related 3f2a9c\n  attache related 3f2a9c --limit 5 --json")
    .action(async (id: string, flags: RelatedFlags) => {
      const store = openStoreForQuery(flags.db);
      try {
        printRows(await relatedRows(store, await resolveArticleId(store, id), flags.limit), RELATED_COLUMNS, { json: flags.json === true, noun: "related articles" });
      } finally {
        await store.close();
      }
    });
}
