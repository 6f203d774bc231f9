/**
 * HTTP API under load on loopback: a database of generated events (N articles of four events
 * each; N is 3,000 unless ATTACHE_BENCH_SERVER_N says otherwise), the app served by
 * @hono/node-server, and a small client with a fixed number of requests in flight (one, then
 * sixteen). Reports requests/s and p50/p95/p99 latency for the events and dyad-trend endpoints.
 * Each run is bounded by a request count and a time limit, whichever comes first.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import type { ActorCode, CodedEvent, Document, Mention, QuadClass } from "../../src/document.js";
import { withLayers } from "../../src/document.js";
import { createDocument } from "../../src/ingest/create-document.js";
import { createPipeline } from "../../src/pipeline.js";
import { createApp } from "../../src/server/app.js";
import { openStore } from "../../src/store/open-store.js";
import type { Section } from "../runner.js";
import { pick, random } from "../generate.js";

const COUNTRIES = ["USA", "RUS", "BLR", "UKR", "POL", "CHN", "DEU", "FRA", "GBR", "TUR", "LTU", "IRN"];
const SECTORS = ["", "GOV", "MIL", "OPP", "CVL"];
const CODES: readonly [string, string, QuadClass, number][] = [["042", "CONSULT", 1, 1.9], ["0841", "RETREAT", 2, 7], ["1056", "REQUEST", 3, -5], ["190", "ASSAULT", 4, -10], ["036", "AGREE", 1, 4], ["112", "ACCUSE", 3, -2]];
/** Runs of each endpoint: one request at a time (the cost of one), then many in flight (throughput). */
const RUNS = [
  { concurrency: 1, requests: 500, seconds: 4 },
  { concurrency: 16, requests: 2000, seconds: 8 },
] as const;

/** One article of five sentences with a mention of an actor each and four events between them. */
function generate(i: number, next: () => number): Document {
  const actors = Array.from({ length: 5 }, () => `${pick(next, COUNTRIES)}${pick(next, SECTORS)}`);
  const sentences = actors.map((a, s) => `Officials of ${a} met counterparts in city ${s} on day ${i}.`);
  const text = sentences.join(" ");
  const day = `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
  const doc = createDocument({ text, format: "jsonl", origin: `bench:${i}`, url: `https://bench.example/${i}`, title: `Report ${i}`, source: pick(next, ["Reuters", "AP", "AFP"]), published: { value: day, precision: "day", origin: "input" }, language: "en" });
  let offset = 0;
  const spans = sentences.map((s) => {
    const span = { start: offset, end: offset + s.length };
    offset += s.length + 1;
    return span;
  });
  const mentions: Mention[] = spans.map((span, s) => {
    const code = actors[s]!;
    const start = span.start + "Officials of ".length;
    return { start, end: start + code.length, text: code, type: "GPE", actor: { id: `country:${code.slice(0, 3)}`, name: code.slice(0, 3), code: code as ActorCode, country: code.slice(0, 3), sector: code.slice(3) || null } };
  });
  const events: CodedEvent[] = spans.slice(0, 4).map((span, s) => {
    const [cameo, plover, quad, goldstein] = pick(next, CODES);
    const met = span.start + sentences[s]!.indexOf("met");
    return {
      source: actors[s] as ActorCode, target: actors[s + 1] as ActorCode, sourceText: actors[s]!, targetText: actors[s + 1]!, cameo, cameoName: plover,
      root: cameo.slice(0, 2), quad, goldstein, plover, modality: next() < 0.8 ? "asserted" : "reported", date: day, datePrecision: "day",
      location: null, evidence: [met, met + 3], sentence: s, rule: `bench-${cameo}`,
    };
  });
  return withLayers(doc, { paragraphs: [{ start: 0, end: text.length }], sentences: spans, times: [], quantities: [], mentions, events, claims: [] });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Runs `paths` round-robin with `concurrency` requests in flight until `requests` are done or `seconds` pass. */
async function load(label: string, base: string, paths: readonly string[], { concurrency, requests, seconds }: (typeof RUNS)[number]): Promise<void> {
  const times: number[] = [];
  let issued = 0;
  let failed = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (issued < requests && Date.now() < deadline) {
      const path = paths[issued++ % paths.length]!;
      const start = process.hrtime.bigint();
      const response = await fetch(base + path);
      await response.arrayBuffer();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (response.status !== 200) failed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  console.log(
    `${label} ×${concurrency}: ${(times.length / elapsed).toFixed(0)} requests/s, p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms` +
      ` (${times.length} requests, ${failed} not 200)`,
  );
}

export const section: Section = {
  title: "Server: requests/s and latency of the events and dyad-trend endpoints on loopback",
  async run() {
    const n = Number(process.env["ATTACHE_BENCH_SERVER_N"] ?? 3000);
    const dir = mkdtempSync(join(tmpdir(), "attache-bench-server-"));
    const store = openStore(join(dir, "bench.db"));
    const next = random(7);
    for (let i = 0; i < n; i++) await store.saveDocument(generate(i, next));
    const counts = await store.counts();
    console.log(`database: ${counts.articles} articles, ${counts.events} events`);
    const server = serve({ fetch: createApp({ store, pipeline: () => createPipeline() }).fetch, hostname: "127.0.0.1", port: 0 });
    try {
      await new Promise<void>((resolve) => (server.listening ? resolve() : server.once("listening", () => resolve())));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const dyads = COUNTRIES.map((a, i) => [a, COUNTRIES[(i * 5 + 1) % COUNTRIES.length]!] as const);
      const endpoints: [string, string[]][] = [
        ["GET /api/events?limit=50", ["/api/events?limit=50"]],
        ["GET /api/events?dyad=A,B&limit=50", dyads.map(([a, b]) => `/api/events?dyad=${a},${b}&limit=50`)],
        ["GET /api/events?actor=A&root=19&since=…", COUNTRIES.map((a) => `/api/events?actor=${a}&root=19&since=2025-06-01&limit=50`)],
        ["GET /api/aggregates/trend?dyad=A,B&interval=week", dyads.map(([a, b]) => `/api/aggregates/trend?dyad=${a},${b}&interval=week`)],
        ["GET /api/aggregates/trend?dyad=USA,BLR&interval=day", ["/api/aggregates/trend?dyad=USA,BLR&interval=day"]],
      ];
      console.log(`client: fetch on loopback; each run stops after its request count or time limit (${RUNS.map((r) => `×${r.concurrency}: ${r.requests} or ${r.seconds} s`).join(", ")})`);
      for (const [label, paths] of endpoints) for (const run of RUNS) await load(label, base, paths, run);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
