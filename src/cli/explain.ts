import { existsSync } from "node:fs";
import type { Command } from "commander";
import type { ArticleId, CodedEvent, Document, EventId, Mention } from "../document.js";
import { AttacheError, describeIssue } from "../errors.js";
import { loadCoderKnowledge } from "../events/index.js";
import { createDocument } from "../ingest/create-document.js";
import { readInputs } from "../ingest/read-inputs.js";
import { createPipeline } from "../pipeline.js";
import type { Store } from "../store/store.js";
import { dateFlag, EXIT_SOME_FAILED, reportProblem } from "./shared.js";
import { openStoreForQuery, withDbOption } from "./store-flags.js";

interface ExplainFlags {
  readonly db?: string;
  readonly date?: string;
  readonly dict?: string[];
}

/** The pattern text behind every rule id, for showing what matched. */
function patternTexts(dictionaries: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const list of loadCoderKnowledge(dictionaries).patterns.values()) for (const p of list) texts.set(p.rule, p.text);
  return texts;
}

function spanLine(label: string, text: string, span: { start: number; end: number }, extra = ""): string {
  return `  ${label.padEnd(9)} ${JSON.stringify(text)} [${span.start}, ${span.end})${extra}`;
}

/** The mention an event's side came from: the one in its sentence with that text (a pronoun names its antecedent). */
function mentionOf(doc: Document, event: CodedEvent, text: string | null): Mention | undefined {
  if (text === null) return undefined;
  const sentence = doc.layers.sentences?.[event.sentence];
  const inside = (doc.layers.mentions ?? []).filter((m) => !sentence || (m.start >= sentence.start && m.end <= sentence.end));
  return inside.find((m) => m.text === text) ?? (doc.layers.mentions ?? []).find((m) => m.text === text);
}

/** How one event was coded: the sentence with its evidence marked, the actors' spans, date, place and rule. */
export function explainEvent(doc: Document, index: number, patterns: ReadonlyMap<string, string>): string {
  const event = doc.layers.events?.[index];
  if (!event) throw new AttacheError({ code: "not-found", input: `event ${index}`, detail: `the article has ${doc.layers.events?.length ?? 0} events` });
  const sentence = doc.layers.sentences?.[event.sentence] ?? { start: event.evidence[0], end: event.evidence[1] };
  const [start, end] = event.evidence;
  const marked = `${doc.text.slice(sentence.start, start)}[[${doc.text.slice(start, end)}]]${doc.text.slice(end, sentence.end)}`;
  const lines = [
    `event ${index}: ${event.source ?? "?"} → ${event.target ?? "?"}  ${event.cameo} ${event.cameoName} (root ${event.root}, quad ${event.quad}, Goldstein ${event.goldstein}) / ${event.plover || "no PLOVER type"}, ${event.modality}`,
    `  sentence  ${event.sentence}: ${marked.replace(/\s*\n\s*/g, " ")}`,
    spanLine("evidence", doc.text.slice(start, end), { start, end }),
  ];
  for (const [label, text, code] of [["source", event.sourceText, event.source], ["target", event.targetText, event.target]] as const) {
    const mention = mentionOf(doc, event, text);
    if (mention) lines.push(spanLine(label, mention.text, mention, ` → ${code ?? "no code"}${mention.via ? ` (via ${mention.via})` : ""}`));
    else lines.push(`  ${label.padEnd(9)} ${text === null ? "none found (never invented)" : `${JSON.stringify(text)} → ${code ?? "no code"}`}`);
  }
  lines.push(`  date      ${event.date ?? "unknown"} (${event.datePrecision === "publication" ? "the article's date: the sentence names none" : event.datePrecision})`);
  if (event.location) lines.push(`  location  ${event.location}`);
  const pattern = patterns.get(event.rule);
  lines.push(`  rule      ${event.rule}${pattern ? `  pattern "${pattern}"` : ""}${event.cameo !== event.rule.split("@")[0] ? `  (coded as ${event.cameo}: the deed is ${event.modality})` : ""}`);
  return lines.join("\n");
}

async function storedDocument(store: Store, first: string, second: string | undefined): Promise<{ doc: Document; indexes: number[] }> {
  if (second !== undefined) {
    const article = await store.getArticle(first as ArticleId);
    if (!article) throw new AttacheError({ code: "not-found", input: first, detail: "no article with this id; see `attache articles`" });
    const index = Number(second);
    if (!Number.isInteger(index) || index < 0) throw new AttacheError({ code: "usage", input: second, detail: "an event index: 0, 1, 2…" });
    return { doc: article.document, indexes: [index] };
  }
  const event = await store.getEvent(first as EventId);
  if (!event) throw new AttacheError({ code: "not-found", input: first, detail: "no event with this id; see `attache events`" });
  const article = await store.getArticle(event.articleId);
  if (!article) throw new AttacheError({ code: "not-found", input: event.articleId, detail: "the event's article is gone" });
  const index = (article.document.layers.events ?? []).findIndex((e) => e.evidence[0] === event.evidence[0] && e.evidence[1] === event.evidence[1] && e.cameo === event.cameo && e.source === event.source && e.target === event.target);
  return { doc: article.document, indexes: [Math.max(0, index)] };
}

/** `attache explain`: why an event was coded as it was. */
export function registerExplain(program: Command): void {
  withDbOption(
    program
      .command("explain")
      .description("show the sentence, spans, date and rule behind an event")
      .argument("<event-or-article-or-file>", "an event id, an article id (then an event index), or a file to code now")
      .argument("[index]", "the event's index in the article (all events of a file when omitted)")
      .option("--date <YYYY-MM-DD>", "publication date, when explaining a file that carries none")
      .option("--dict <folder...>", "user dictionaries and patterns (when explaining a file)")
      .addHelpText("after", "\nExamples:\n  attache explain 3f2a9c 0\n  attache explain --date 2025-09-12 article.txt"),
  ).action(async (first: string, second: string | undefined, flags: ExplainFlags) => {
    const dictionaries = flags.dict ?? [];
    const patterns = patternTexts(dictionaries);
    if (existsSync(first)) {
      // Pure mode: code the file now, explain its events; no database.
      const pipeline = createPipeline({ dictionaries });
      for await (const result of readInputs([first], { date: dateFlag(flags.date) })) {
        if (!result.ok) {
          for (const issue of result.issues) reportProblem(describeIssue(issue));
          process.exitCode = EXIT_SOME_FAILED;
          continue;
        }
        const doc = pipeline.run(createDocument(result.value));
        const count = doc.layers.events?.length ?? 0;
        const indexes = second === undefined ? [...Array(count).keys()] : [Number(second)];
        process.stdout.write(`${doc.meta.id}: ${count} events\n`);
        for (const i of indexes) process.stdout.write(`\n${explainEvent(doc, i, patterns)}\n`);
      }
      return;
    }
    const store = openStoreForQuery(flags.db);
    try {
      const { doc, indexes } = await storedDocument(store, first, second);
      for (const i of indexes) process.stdout.write(`${explainEvent(doc, i, patterns)}\n`);
    } finally {
      await store.close();
    }
  });
}
