/**
 * The OpenAPI 3.1 description of the HTTP API, served at /openapi.json and rendered as a page
 * at /api/docs. Parameters mirror the zod schemas in params.ts.
 */

type Param = { name: string; in: "query" | "path"; required?: boolean; description: string; schema: Record<string, unknown> };

const q = (name: string, description: string, schema: Record<string, unknown> = { type: "string" }): Param => ({ name, in: "query", description, schema });
const p = (name: string, description: string): Param => ({ name, in: "path", required: true, description, schema: { type: "string" } });

const DATE = { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" };
const MODALITY = { type: "string", enum: ["asserted", "intended", "requested", "hypothetical", "negated", "reported"] };
const LIMIT = (max: number) => q("limit", `at most this many items (1–${max})`, { type: "integer", minimum: 1, maximum: max });
const PERIOD = [q("since", "on or after this date", DATE), q("until", "on or before this date", DATE)];

const ok = (description: string) => ({
  "200": { description, content: { "application/json": { schema: { type: "object" } } } },
  "400": { $ref: "#/components/responses/BadRequest" },
});

export const OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "Attache API",
    version: "0.1.0",
    description: "Articles, coded events (CAMEO and PLOVER), actors, stories and claims kept by Attache. Read-only unless the server was started with an ingest token.",
  },
  paths: {
    "/api/articles": {
      get: {
        summary: "List articles, or search them (full text) with q",
        parameters: [q("q", "full-text query over titles and bodies"), q("source", "outlet name"), ...PERIOD, q("lang", "ISO 639-1 language"), LIMIT(500)],
        responses: ok("{items: ArticleSummary[]}"),
      },
    },
    "/api/articles/{id}": {
      get: { summary: "One article with all its annotation layers, its story and related articles", parameters: [p("id", "article id")], responses: { ...ok("StoredArticle"), "404": { $ref: "#/components/responses/NotFound" } } },
    },
    "/api/events": {
      get: {
        summary: "Coded events, newest first, paginated by cursor: one per canonical event (its representative report, with `mentions`, `articles` and `sources`), or every report with reports=true",
        parameters: [
          q("actor", "source or target code starts with this (USA, BLRGOV)"),
          q("dyad", "two codes, either direction: USA,BLR"),
          q("code", "CAMEO code prefix (08, 0841)"),
          q("root", "CAMEO root (two digits)"),
          q("plover", "PLOVER type (RETREAT, ASSAULT…)"),
          q("quad", "QuadClass 1–4", { type: "integer", minimum: 1, maximum: 4 }),
          q("modality", "asserted, intended, requested, hypothetical, negated or reported", MODALITY),
          ...PERIOD,
          q("article", "only events of this article"),
          q("reports", "true: every report, not one event per canonical event", { type: "string", enum: ["true", "false"] }),
          LIMIT(500),
          q("cursor", "the `next` value of the previous page"),
        ],
        responses: ok("{items: StoredEvent[], next: string | null}"),
      },
    },
    "/api/events/{id}": { get: { summary: "One event with its evidence and sentence", parameters: [p("id", "event id")], responses: ok("StoredEvent") } },
    "/api/actors": { get: { summary: "Actors with mention counts", parameters: [LIMIT(500)], responses: ok("{items: ActorCount[]}") } },
    "/api/actors/{name}": {
      get: { summary: "An actor's profile: names and dated roles, mentions, counterparts, recent events, weekly trend", parameters: [p("name", "name, dictionary id or code")], responses: ok("ActorProfile") },
    },
    "/api/stories": { get: { summary: "Stories, largest first", parameters: [LIMIT(500)], responses: ok("{items: StorySummary[]}") } },
    "/api/stories/{id}": { get: { summary: "One story and its articles", parameters: [p("id", "story id")], responses: ok("StorySummary") } },
    "/api/claims": { get: { summary: "Numeric claims (\"over 1,000 political prisoners remain\")", parameters: [q("subject", "words of the subject"), LIMIT(500)], responses: ok("{items: StoredClaim[]}") } },
    "/api/aggregates/trend": {
      get: {
        summary: "Canonical events per period with Goldstein sum and QuadClass counts, for a dyad or an actor",
        parameters: [q("dyad", "two codes: USA,BLR"), q("actor", "one code"), q("interval", "day, week or month", { type: "string", enum: ["day", "week", "month"] }), ...PERIOD, q("modality", "comma-separated modalities to count")],
        responses: ok("{items: TrendPoint[]}"),
      },
    },
    "/api/aggregates/top-actors": { get: { summary: "Actors in the most canonical events", parameters: [...PERIOD, q("modality", "comma-separated modalities"), LIMIT(200)], responses: ok("{items: TopActor[]}") } },
    "/api/aggregates/top-dyads": { get: { summary: "Source–target pairs with the most canonical events", parameters: [...PERIOD, q("modality", "comma-separated modalities"), LIMIT(200)], responses: ok("{items: DyadCount[]}") } },
    "/api/ingest": {
      post: {
        summary: "Ingest one text, HTML page or URL (page or feed); needs the server's ingest token",
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: { text: { type: "string" }, html: { type: "string" }, url: { type: "string", format: "uri" }, title: { type: "string" }, date: DATE, source: { type: "string" } },
                description: "exactly one of text, html or url",
              },
            },
          },
        },
        responses: {
          "201": { description: "{saved: [{status, articleId, version, events, mentions}]}" },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { description: "missing or wrong token" },
          "403": { description: "the URL is private, loopback or link-local" },
          "405": { description: "ingest is off (no token configured)" },
        },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    responses: {
      BadRequest: { description: "invalid parameter: {error: {code, input, message}}" },
      NotFound: { description: "no such item: {error: {code, input, message}}" },
    },
  },
} as const;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The description as a plain HTML page, for reading in a browser. */
export function openApiPage(): string {
  const rows = Object.entries(OPENAPI.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const o = op as { summary: string; parameters?: readonly Param[] };
      const params = (o.parameters ?? []).map((x) => `<li><code>${escapeHtml(x.name)}</code> — ${escapeHtml(x.description)}</li>`).join("");
      return `<section><h2><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h2><p>${escapeHtml(o.summary)}</p><ul>${params}</ul></section>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Attache API</title></head><body><h1>Attache API</h1><p>${escapeHtml(OPENAPI.info.description)} Machine-readable: <a href="/openapi.json">/openapi.json</a>.</p>${rows.join("")}</body></html>`;
}
