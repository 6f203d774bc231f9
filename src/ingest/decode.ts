import chardet from "chardet";
import iconv from "iconv-lite";
import type { Result } from "../errors.js";
import { fail, ok } from "../errors.js";

/** Text decoded from bytes, with the charset used and how it was chosen. */
export interface DecodedText {
  readonly text: string;
  readonly charset: string;
  /** "bom", "http", "meta" (HTML meta or XML declaration), "utf-8" (valid as UTF-8) or "detected". */
  readonly via: "bom" | "http" | "meta" | "utf-8" | "detected";
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The charset named in a Content-Type value ("text/html; charset=windows-1251"), lower-cased. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const match = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return match ? match[1]!.toLowerCase() : null;
}

/** The charset a page or feed declares in its first 2 KB: `<meta charset>`, http-equiv, or `<?xml encoding>`. */
function declaredCharset(bytes: Buffer): string | null {
  // The declaration itself is ASCII in every charset we accept, so latin1 reads it safely.
  const head = bytes.subarray(0, 2048).toString("latin1");
  const match =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

function bomCharset(bytes: Buffer): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: "utf-16be", skip: 2 };
  return null;
}

function isUtf8(label: string): boolean {
  return label === "utf-8" || label === "utf8";
}

function tryUtf8(bytes: Buffer): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes bytes as text: a BOM first, then the HTTP header, then what the document declares,
 * then UTF-8 if the bytes are valid UTF-8, then statistical detection. A declared UTF-8 that
 * the bytes contradict is ignored (a common server mistake); a declared single-byte charset
 * is trusted, since any bytes are valid in it.
 */
export function decodeBytes(bytes: Buffer, input: string, contentType?: string | null): Result<DecodedText> {
  const bom = bomCharset(bytes);
  if (bom) return ok({ text: iconv.decode(bytes.subarray(bom.skip), bom.charset), charset: bom.charset, via: "bom" });
  const declarations: [string | null, DecodedText["via"]][] = [
    [charsetOfContentType(contentType), "http"],
    [declaredCharset(bytes), "meta"],
  ];
  for (const [label, via] of declarations) {
    if (!label || !iconv.encodingExists(label)) continue;
    if (isUtf8(label)) {
      const text = tryUtf8(bytes);
      if (text !== null) return ok({ text, charset: "utf-8", via });
      continue;
    }
    return ok({ text: iconv.decode(bytes, label), charset: label, via });
  }
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return ok({ text: utf8, charset: "utf-8", via: "utf-8" });
  const detected = chardet.detect(bytes);
  if (!detected || !iconv.encodingExists(detected)) return fail({ code: "encoding-unknown", input, detail: detected ?? "no likely charset" });
  return ok({ text: iconv.decode(bytes, detected), charset: detected.toLowerCase(), via: "detected" });
}
