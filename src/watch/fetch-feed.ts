import type { Result } from "../errors.js";
import { fail, ok } from "../errors.js";

/** What a conditional request answered: nothing new (304), or a body with its validators. */
export type FeedResponse =
  | { readonly changed: false }
  | { readonly changed: true; readonly url: string; readonly bytes: Buffer; readonly contentType: string | null; readonly etag: string | null; readonly lastModified: string | null };

export interface FeedFetchSettings {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly userAgent: string;
}

/**
 * Fetches a feed with If-None-Match / If-Modified-Since from the last answer, so that an
 * unchanged feed costs the server a 304. Failures are issues naming the URL.
 */
export async function fetchFeed(
  url: string,
  validators: { etag: string | null; lastModified: string | null },
  settings: FeedFetchSettings,
): Promise<Result<FeedResponse>> {
  const headers: Record<string, string> = {
    "user-agent": settings.userAgent,
    accept: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, application/json;q=0.9, */*;q=0.5",
  };
  if (validators.etag) headers["if-none-match"] = validators.etag;
  if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
  const signal = AbortSignal.timeout(settings.timeoutMs);
  try {
    const response = await fetch(url, { headers, signal, redirect: "follow" });
    if (response.status === 304) {
      await response.body?.cancel();
      return ok({ changed: false });
    }
    if (!response.ok) {
      await response.body?.cancel();
      return fail({ code: "url-status", input: url, detail: `HTTP ${response.status}` });
    }
    const declared = Number(response.headers.get("content-length") ?? "NaN");
    if (declared > settings.maxBytes) {
      await response.body?.cancel();
      return fail({ code: "url-too-large", input: url, detail: `${declared} bytes` });
    }
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length > settings.maxBytes) return fail({ code: "url-too-large", input: url, detail: `${bytes.length} bytes` });
    return ok({
      changed: true,
      url: response.url || url,
      bytes,
      contentType: response.headers.get("content-type"),
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
    });
  } catch (error) {
    if (signal.aborted) return fail({ code: "url-timeout", input: url, detail: `${settings.timeoutMs} ms` });
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    return fail({ code: "url-unreachable", input: url, detail: cause?.code ?? cause?.message ?? (error as Error).message });
  }
}
