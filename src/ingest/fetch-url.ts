import type { Issue, Result } from "../errors.js";
import { fail, ok } from "../errors.js";

/** How pages and feeds are fetched. */
export interface FetchSettings {
  /** Milliseconds for the whole exchange, redirects and body included. */
  readonly timeoutMs: number;
  /** Largest body accepted, in bytes. */
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly userAgent: string;
  /**
   * Asked before every request, redirects included: an issue refuses the URL. The HTTP API
   * uses it to refuse private and loopback addresses.
   */
  readonly guard?: ((url: URL) => Promise<Issue | null>) | undefined;
}

export const DEFAULT_FETCH: FetchSettings = {
  timeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: "attache/0.1 (+https://github.com/attache)",
};

/** A fetched body and what the server said about it. */
export interface FetchedBody {
  /** The URL the body came from, after redirects. */
  readonly url: string;
  readonly bytes: Buffer;
  readonly contentType: string | null;
  readonly lastModified: string | null;
}

/** Whether an input names a URL (any scheme), rather than a file. */
export function isUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<Result<Buffer>> {
  const declared = Number(response.headers.get("content-length") ?? "NaN");
  if (declared > maxBytes) {
    await response.body?.cancel();
    return fail({ code: "url-too-large", input: url, detail: `${declared} bytes, limit ${maxBytes}` });
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); reader && part && !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > maxBytes) {
      // Stop reading at once: a server may send far more than it announced.
      await reader.cancel().catch(() => undefined);
      return fail({ code: "url-too-large", input: url, detail: `more than ${maxBytes} bytes` });
    }
    chunks.push(part.value);
  }
  return ok(Buffer.concat(chunks));
}

/**
 * Fetches an http(s) URL with a timeout, a size cap and a redirect limit, saying who we are.
 * Every failure is an issue naming the URL: unsupported scheme, unreachable, timeout, HTTP
 * error status, too large, too many redirects.
 */
export async function fetchUrl(input: string, settings: FetchSettings = DEFAULT_FETCH): Promise<Result<FetchedBody>> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return fail({ code: "url-unsupported", input, detail: "not a valid URL" });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return fail({ code: "url-unsupported", input, detail: url.protocol });
  const signal = AbortSignal.timeout(settings.timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      const refused = settings.guard ? await settings.guard(url) : null;
      if (refused) return fail(refused);
      const response = await fetch(url, {
        redirect: "manual",
        signal,
        headers: { "user-agent": settings.userAgent, accept: "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/json, text/plain;q=0.9, */*;q=0.5" },
      });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= settings.maxRedirects) return fail({ code: "url-too-many-redirects", input, detail: `more than ${settings.maxRedirects}` });
        const next = new URL(location, url);
        if (next.protocol !== "http:" && next.protocol !== "https:") return fail({ code: "url-unsupported", input, detail: `redirect to ${next.protocol}` });
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return fail({ code: "url-status", input, detail: `HTTP ${response.status}` });
      }
      const body = await readCapped(response, input, settings.maxBytes);
      if (!body.ok) return body;
      return ok({ url: url.href, bytes: body.value, contentType: response.headers.get("content-type"), lastModified: response.headers.get("last-modified") });
    }
  } catch (error) {
    if (signal.aborted) return fail({ code: "url-timeout", input, detail: `${settings.timeoutMs} ms` });
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    return fail({ code: "url-unreachable", input, detail: cause?.code ?? cause?.message ?? (error as Error).message });
  }
}
