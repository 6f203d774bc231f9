import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";
import type { ArticleId, EventId } from "../document.js";
import { hasFailed } from "../document.js";
import type { Issue } from "../errors.js";
import { AttacheError, describeIssue } from "../errors.js";
import { describeActor, loadActorDictionary } from "../actors/index.js";
import type { ActorDescription } from "../actors/index.js";
import { createDocument } from "../ingest/create-document.js";
import { parseDateValue } from "../ingest/dates.js";
import { parseHtml } from "../ingest/html.js";
import { readInputs } from "../ingest/read-inputs.js";
import { parseText } from "../ingest/text.js";
import type { Pipeline } from "../pipeline.js";
import { relatedArticles, saveWithStory } from "../stories/index.js";
import type { Store } from "../store/store.js";
import { OPENAPI, openApiPage } from "./openapi.js";
import {
  articleQuery, claimQuery, decodeCursor, encodeCursor, eventFilterOf, eventQuery, ingestBody, listQuery, topQuery, trendOf, trendQuery,
} from "./params.js";
import { securityHeaders, tokenMatches } from "./security.js";
import { refusePrivateUrl } from "./ssrf.js";
import { serveWeb } from "./static.js";

export interface ServerOptions {
  readonly store: Store;
  /** Makes the pipeline for POST /api/ingest; without a token that endpoint is off. */
  readonly pipeline: () => Pipeline;
  /** When set, POST /api/ingest is on and needs `Authorization: Bearer <token>`. */
  readonly ingestToken?: string | undefined;
  /** Lets POST /api/ingest fetch private, loopback and link-local addresses (tests, intranets). */
  readonly allowPrivateUrls?: boolean | undefined;
  /** User dictionaries, for actor profiles. */
  readonly dictionaries?: readonly string[] | undefined;
}

/** HTTP statuses of the issue codes a request can cause; anything else is a 500. */
const STATUS_OF: Partial<Record<Issue["code"], 400 | 401 | 403 | 404 | 413 | 422 | 502 | 504>> = {
  "invalid-request": 400,
  "date-invalid": 400,
  "jsonl-invalid": 400,
  unauthorized: 401,
  "url-forbidden": 403,
  "url-unsupported": 400,
  "not-found": 404,
  "input-too-large": 413,
  "url-too-large": 413,
  "input-empty": 422,
  "input-binary": 422,
  "html-no-article": 422,
  "feed-invalid": 422,
  "encoding-unknown": 422,
  "url-unreachable": 502,
  "url-status": 502,
  "url-too-many-redirects": 502,
  "url-timeout": 504,
};

/** Validates a request part with a schema; a failure is a 400 that names the parameter. */
function validated<S extends z.ZodType>(schema: S, value: unknown, part: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue && issue.path.length > 0 ? issue.path.join(".") : part;
  throw new AttacheError({ code: "invalid-request", input: name, detail: issue?.message ?? "invalid" });
}

/** The code an actor of the dictionary has today: its ongoing role's, else its default code. */
function currentCodeOf(actor: ActorDescription | undefined): string | null {
  if (!actor) return null;
  const today = new Date().toISOString().slice(0, 10);
  const ongoing = actor.roles.filter((r) => !r.to || r.to > today).sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""));
  return ongoing[0]?.code ?? actor.code;
}

function notFound(what: string): never {
  throw new AttacheError({ code: "not-found", input: what });
}

/**
 * The HTTP API and the dashboard, over any Store. Read-only unless an ingest token is set.
 * Every error leaves through one handler that maps issue codes to statuses; internals never
 * reach the response.
 */
export function createApp(options: ServerOptions): Hono {
  const { store } = options;
  const app = new Hono();
  let pipeline: Pipeline | undefined;

  app.use("*", securityHeaders);

  app.onError((error, c) => {
    if (error instanceof AttacheError) {
      const status = STATUS_OF[error.code] ?? 500;
      if (status === 500) return c.json({ error: { code: "internal", message: "internal error" } }, 500);
      return c.json({ error: { code: error.code, input: error.input, message: error.message } }, status);
    }
    if (error instanceof HTTPException) return c.json({ error: { code: "http", message: error.message } }, error.status);
    console.error(error);
    return c.json({ error: { code: "internal", message: "internal error" } }, 500);
  });
  app.notFound((c) => c.json({ error: { code: "not-found", message: `no such endpoint: ${c.req.method} ${c.req.path}` } }, 404));

  app.get("/openapi.json", (c) => c.json(OPENAPI));
  app.get("/api/docs", (c) => c.html(openApiPage()));

  app.get("/api/articles", async (c) => {
    const q = validated(articleQuery, c.req.query(), "query");
    if (q.q !== undefined && q.q.trim()) {
      const hits = await store.searchArticles(q.q, q.limit);
      return c.json({ items: hits.map((h) => ({ ...h.article, snippet: h.snippet })) });
    }
    const items = await store.listArticles({ source: q.source, since: q.since, until: q.until, language: q.lang, limit: q.limit });
    return c.json({ items });
  });

  app.get("/api/articles/:id", async (c) => {
    const id = c.req.param("id") as ArticleId;
    const stored = await store.getArticle(id);
    if (!stored) notFound(`article ${id}`);
    const entry = await store.storyEntryOf(id);
    const story = entry ? await store.getStory(entry.story) : null;
    const related = await Promise.all(
      (await relatedArticles(store, id, 8)).map(async (r) => {
        const meta = (await store.getArticle(r.articleId))?.document.meta;
        return { ...r, title: meta?.title ?? null, source: meta?.source ?? null, date: meta?.published?.value ?? null };
      }),
    );
    return c.json({ ...stored, story, related });
  });

  app.get("/api/events", async (c) => {
    const q = validated(eventQuery, c.req.query(), "query");
    const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
    if (after === null) throw new AttacheError({ code: "invalid-request", input: "cursor", detail: "not a cursor this server gave" });
    const rows = await store.findEvents(eventFilterOf(q, after));
    const items = rows.slice(0, q.limit);
    const last = items.at(-1);
    const next = rows.length > q.limit && last ? encodeCursor({ date: last.date, serial: last.serial }) : null;
    return c.json({ items, next });
  });

  app.get("/api/events/:id", async (c) => {
    const event = await store.getEvent(c.req.param("id") as EventId);
    return event ? c.json(event) : notFound(`event ${c.req.param("id")}`);
  });

  app.get("/api/actors", async (c) => {
    const q = validated(listQuery, c.req.query(), "query");
    return c.json({ items: await store.listActors(q.limit) });
  });

  app.get("/api/actors/:name", async (c) => {
    const name = c.req.param("name");
    const known = describeActor(loadActorDictionary({ userDirs: options.dictionaries ?? [] }), name);
    const mentions = await store.findMentions(name, 50);
    const code = /^[A-Z0-9]{3,}$/.test(name) ? name : (currentCodeOf(known[0]) ?? mentions[0]?.actor?.code ?? null);
    if (known.length === 0 && mentions.length === 0 && code === null) notFound(`actor ${name}`);
    const events = code ? await store.findEvents({ actor: code, canonical: true, limit: 500 }) : [];
    const counterparts = new Map<string, number>();
    for (const e of events) {
      const other = e.source?.startsWith(code ?? "") ? e.target : e.source;
      if (other) counterparts.set(other, (counterparts.get(other) ?? 0) + 1);
    }
    const trend = code ? await store.eventTrend({ interval: "week", actor: code }) : [];
    return c.json({
      name,
      code,
      known,
      mentions,
      counterparts: [...counterparts].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([actor, count]) => ({ actor, events: count })),
      events: events.slice(0, 50),
      trend,
    });
  });

  app.get("/api/stories", async (c) => {
    const q = validated(listQuery, c.req.query(), "query");
    return c.json({ items: await store.listStories(q.limit) });
  });

  app.get("/api/stories/:id", async (c) => {
    const story = await store.getStory(c.req.param("id"));
    if (!story) notFound(`story ${c.req.param("id")}`);
    return c.json({ ...story, articles: await store.storyArticles(story.id, 200) });
  });

  app.get("/api/claims", async (c) => {
    const q = validated(claimQuery, c.req.query(), "query");
    return c.json({ items: await store.findClaims({ subject: q.subject, limit: q.limit }) });
  });

  app.get("/api/aggregates/trend", async (c) => {
    const q = validated(trendQuery, c.req.query(), "query");
    return c.json({ items: await store.eventTrend(trendOf(q)) });
  });

  app.get("/api/aggregates/top-actors", async (c) => {
    const q = validated(topQuery, c.req.query(), "query");
    return c.json({ items: await store.topActors({ since: q.since, until: q.until, modalities: q.modality, limit: q.limit }) });
  });

  app.get("/api/aggregates/top-dyads", async (c) => {
    const q = validated(topQuery, c.req.query(), "query");
    return c.json({ items: await store.topDyads({ since: q.since, until: q.until, modalities: q.modality, limit: q.limit }) });
  });

  app.post("/api/ingest", async (c) => {
    if (options.ingestToken === undefined) throw new HTTPException(405, { message: "ingest is off: start the server with --ingest-token" });
    if (!tokenMatches(c.req.header("authorization"), options.ingestToken)) throw new AttacheError({ code: "unauthorized", input: "Authorization" });
    const body = validated(ingestBody, await c.req.json().catch(() => null), "body");
    const published = body.date === undefined ? null : parseDateValue(body.date, "input");
    const inputs = await articleInputsOf(body, published, options.allowPrivateUrls === true);
    pipeline ??= options.pipeline();
    const saved = [];
    for (const input of inputs) {
      const doc = pipeline.run(createDocument(input));
      if (hasFailed(doc)) throw new AttacheError({ code: "invalid-request", input: input.origin, detail: doc.messages.find((m) => m.severity === "error")?.reason ?? "failed" });
      const outcome = await saveWithStory(store, doc);
      saved.push({ ...outcome, events: doc.layers.events?.length ?? 0, mentions: doc.layers.mentions?.length ?? 0 });
    }
    return c.json({ saved }, 201);
  });

  app.get("*", serveWeb);
  return app;
}

/** The articles a POST /api/ingest body stands for: one text or page, or every item of a fetched feed. */
async function articleInputsOf(body: z.infer<typeof ingestBody>, published: ReturnType<typeof parseDateValue>, allowPrivate: boolean) {
  const withMeta = <T extends object>(input: T) => ({ ...input, ...(body.title ? { title: body.title } : {}), ...(body.source ? { source: body.source } : {}) });
  if (body.text !== undefined) return [withMeta(parseText(body.text, "api:text", published))];
  if (body.html !== undefined) {
    const page = parseHtml(body.html, "api:html", {});
    if (!page.ok) throw new AttacheError(page.issues[0]!);
    return [withMeta({ ...page.value, published: page.value.published ?? published })];
  }
  const inputs = [];
  const guard = allowPrivate ? undefined : refusePrivateUrl;
  for await (const result of readInputs([body.url!], { date: published ?? undefined, fetch: { guard, timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 } })) {
    if (!result.ok) throw new AttacheError(result.issues[0]!, { cause: describeIssue(result.issues[0]!) });
    inputs.push(withMeta(result.value));
  }
  return inputs;
}
