import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import type { Issue } from "../errors.js";

/** Whether an IPv4 or IPv6 address is private, loopback, link-local or otherwise not public. */
export function isPrivateAddress(address: string): boolean {
  if (isIP(address) === 4) {
    const [a = 0, b = 0] = address.split(".").map(Number);
    return (
      a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 198 && (b === 18 || b === 19)) || a >= 224
    );
  }
  const v6 = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6);
  if (mapped) return isPrivateAddress(mapped[1]!);
  return v6 === "::" || v6 === "::1" || v6.startsWith("fe8") || v6.startsWith("fe9") || v6.startsWith("fea") || v6.startsWith("feb") || v6.startsWith("fc") || v6.startsWith("fd") || v6.startsWith("ff");
}

/**
 * A fetch guard that refuses URLs whose host is, or resolves to, a non-public address, so that
 * the API cannot be used to reach the machine's own network. Every address the name resolves
 * to is checked, and the guard runs again on every redirect.
 */
export async function refusePrivateUrl(url: URL): Promise<Issue | null> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) return { code: "url-unreachable", input: url.href, detail: "the name does not resolve" };
  const blocked = addresses.find(isPrivateAddress);
  return blocked === undefined ? null : { code: "url-forbidden", input: url.href, detail: blocked };
}
