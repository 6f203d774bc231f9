/**
 * One error type for everything that can go wrong at the edges (files, URLs, flags,
 * dictionaries, database). Each has a stable `code`, the input it concerns, and a message
 * a user can act on. The English text lives in `describeIssue`, in one place.
 */

export type IssueCode =
  | "input-not-found"
  | "input-empty"
  | "input-binary"
  | "input-too-large"
  | "input-unreadable"
  | "encoding-unknown"
  | "html-no-article"
  | "feed-invalid"
  | "jsonl-invalid"
  | "url-unsupported"
  | "url-unreachable"
  | "url-status"
  | "url-timeout"
  | "url-too-large"
  | "url-too-many-redirects"
  | "url-forbidden"
  | "unauthorized"
  | "invalid-request"
  | "date-invalid"
  | "data-invalid"
  | "usage"
  | "store-failed"
  | "not-found";

export interface Issue {
  readonly code: IssueCode;
  /** The file, URL, line or flag the issue concerns. */
  readonly input: string;
  /** Specific detail: "line 4: Unexpected token", "HTTP 404". */
  readonly detail?: string;
}

/** What a library call that may fail on input returns. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...issues: Issue[]): Result<T> => ({ ok: false, issues });

const REASONS: Record<IssueCode, string> = {
  "input-not-found": "no such file or folder",
  "input-empty": "the input is empty",
  "input-binary": "the input is binary, not text, HTML or a feed",
  "input-too-large": "the input is larger than the size limit (see --max-bytes)",
  "input-unreadable": "the input could not be read",
  "encoding-unknown": "the character encoding could not be determined",
  "html-no-article": "the page has no article text",
  "feed-invalid": "this is not an RSS, Atom or JSON feed",
  "jsonl-invalid": "invalid JSON Lines record",
  "url-unsupported": "only http and https URLs can be fetched",
  "url-unreachable": "the URL could not be reached",
  "url-status": "the server answered with an error status",
  "url-timeout": "the server did not answer in time",
  "url-too-large": "the response is larger than the size limit",
  "url-too-many-redirects": "too many redirects",
  "url-forbidden": "private, loopback and link-local addresses are refused (see --allow-private-urls)",
  unauthorized: "a valid ingest token is required",
  "invalid-request": "invalid request",
  "date-invalid": "not a date (use YYYY-MM-DD)",
  "data-invalid": "invalid data file",
  usage: "invalid usage",
  "store-failed": "the database refused the write",
  "not-found": "nothing found",
};

/** The sentence a user reads for an issue: input, reason, detail. */
export function describeIssue(issue: Issue): string {
  const detail = issue.detail ? ` (${issue.detail})` : "";
  return `${issue.input}: ${REASONS[issue.code]}${detail}`;
}

/** Thrown where a Result would only be rethrown: carries the issue and the original cause. */
export class AttacheError extends Error {
  readonly code: IssueCode;
  readonly input: string;
  readonly detail: string | undefined;

  constructor(issue: Issue, options?: { cause?: unknown }) {
    super(describeIssue(issue), options);
    this.name = "AttacheError";
    this.code = issue.code;
    this.input = issue.input;
    this.detail = issue.detail;
  }

  get issue(): Issue {
    return this.detail === undefined
      ? { code: this.code, input: this.input }
      : { code: this.code, input: this.input, detail: this.detail };
  }
}
