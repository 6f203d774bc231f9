/**
 * Store throughput and query latency: writes N generated documents (every layer filled, as the
 * full pipeline leaves them) into a fresh SQLite file, then times event queries by actor and by
 * dyad. N is 5,000 unless ATTACHE_BENCH_STORE_N says otherwise.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ActorCode, CodedEvent, Document, Mention, QuadClass } from "../../src/document.js";
import { withLayers } from "../../src/document.js";
import { createDocument } from "../../src/ingest/create-document.js";
import { openStore } from "../../src/store/open-store.js";
import type { Section } from "../runner.js";
import { pick, random } from "../generate.js";

const COUNTRIES = ["USA", "RUS", "BLR", "UKR", "POL", "CHN", "DEU", "FRA", "GBR", "TUR", "IRN", "ISR", "LTU", "IND", "BRA"];
const SECTORS = ["", "GOV", "MIL", "OPP", "BUS", "CVL", "JUD"];
const CODES: readonly [string, string, QuadClass][] = [["042", "CONSULT", 1], ["0841", "RETREAT", 2], ["1056", "REQUEST", 3], ["190", "ASSAULT", 4], ["036", "AGREE", 1], ["112", "ACCUSE", 3]];

function generate(i: number, next: () => number): Document {
  const actors = Array.from({ length: 6 }, () => `${pick(next, COUNTRIES)}${pick(next, SECTORS)}`);
  const sentences = actors.map((a, s) => `Officials of ${a} met counterparts ${i} times in city ${s} on Monday and more than ${s + 10} people were freed.`);
  const text = sentences.join(" ");
  const doc = createDocument({ text, format: "jsonl", origin: `bench:${i}`, url: `https://bench.example/${i}`, title: `Report ${i}`, source: pick(next, ["Reuters", "AP", "AFP"]), published: { value: `2025-${String(1 + (i % 12)).padStart(2, "0")}-15`, precision: "day", origin: "input" }, language: "en" });
  let offset = 0;
  const spans = sentences.map((s) => {
    const span = { start: offset, end: offset + s.length };
    offset += s.length + 1;
    return span;
  });
  const mentions: Mention[] = spans.map((span, s) => {
    const start = span.start + "Officials of ".length;
    const code = actors[s]!;
    return { start, end: start + code.length, text: code, type: "GPE", actor: { id: `country:${code.slice(0, 3)}`, name: code.slice(0, 3), code: code as ActorCode, country: code.slice(0, 3), sector: code.slice(3) || null } };
  });
  const events: CodedEvent[] = spans.slice(0, 4).map((span, s) => {
    const [cameo, plover, quad] = pick(next, CODES);
    const met = span.start + sentences[s]!.indexOf("met");
    return {
      source: actors[s] as ActorCode, target: actors[s + 1] as ActorCode, sourceText: actors[s]!, targetText: actors[s + 1]!, cameo, cameoName: cameo,
      root: cameo.slice(0, 2), quad, goldstein: 1, plover, modality: "asserted", date: doc.meta.published!.value, datePrecision: "day",
      location: `city ${s}`, evidence: [met, met + 3], sentence: s, rule: `bench-${cameo}`,
    };
  });
  return withLayers(doc, {
    paragraphs: [{ start: 0, end: text.length }],
    sentences: spans,
    times: spans.slice(0, 2).map((span, s) => {
      const start = span.start + sentences[s]!.indexOf("Monday");
      return { start, end: start + 6, text: "Monday", value: doc.meta.published!.value, type: "DATE" as const, precision: "day" as const };
    }),
    quantities: spans.slice(0, 2).map((span, s) => {
      const start = span.start + sentences[s]!.indexOf("more than");
      return { start, end: start + `more than ${s + 10}`.length, text: `more than ${s + 10}`, value: s + 10, comparator: "more-than" as const, unit: "people" };
    }),
    mentions,
    events,
    claims: [{ start: spans[0]!.start, end: spans[0]!.end, text: sentences[0]!, value: 10, comparator: "more-than", subject: "people", predicate: "freed", date: null, since: null, attributedTo: null, sentence: 0 }],
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function latency(label: string, runs: number, query: (i: number) => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await query(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms (${runs} queries)`);
}

export const section: Section = {
  title: "Store: SQLite write throughput, size, event query latency",
  async run() {
    const n = Number(process.env["ATTACHE_BENCH_STORE_N"] ?? 5000);
    const dir = mkdtempSync(join(tmpdir(), "attache-bench-store-"));
    const path = join(dir, "bench.db");
    const next = random(42);
    const docs = Array.from({ length: n }, (_, i) => generate(i, next));
    const store = openStore(path);
    try {
      const start = process.hrtime.bigint();
      for (const doc of docs) await store.saveDocument(doc);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const counts = await store.counts();
      console.log(`wrote ${n} articles (${counts.events} events, ${counts.mentions} mentions) in ${seconds.toFixed(2)} s: ${(n / seconds).toFixed(0)} articles/s, one transaction each`);
      const again = process.hrtime.bigint();
      for (const doc of docs.slice(0, 1000)) await store.saveDocument(doc);
      console.log(`re-ingest of 1,000 unchanged articles: ${(1000 / (Number(process.hrtime.bigint() - again) / 1e9)).toFixed(0)} articles/s`);

      await latency("events --actor <country> --limit 50", 200, (i) => store.findEvents({ actor: COUNTRIES[i % COUNTRIES.length]!, limit: 50 }));
      await latency("events --dyad A B --limit 50", 200, (i) => store.findEvents({ dyad: [COUNTRIES[i % COUNTRIES.length]!, COUNTRIES[(i * 7 + 3) % COUNTRIES.length]!], limit: 50 }));
      await latency("events --root 19 --since 2025-06-01 --limit 50", 100, () => store.findEvents({ root: "19", since: "2025-06-01", limit: 50 }));
      await latency("search <two words> --limit 20", 100, (i) => store.searchArticles(`officials ${COUNTRIES[i % COUNTRIES.length]}`, 20));
    } finally {
      await store.close();
    }
    const bytes = statSync(path).size;
    console.log(`database size: ${(bytes / 1024 / 1024).toFixed(1)} MB, ${((bytes / n) * 1000 / 1024 / 1024).toFixed(2)} MB per 1,000 articles`);
    if (!process.env["KEEP"]) rmSync(dir, { recursive: true, force: true }); else console.log(path);
  },
};
