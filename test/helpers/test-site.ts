/** A loopback web server and a scratch folder for the tests of one file. */
import { after, before } from "node:test";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TestSite {
  /** `http://127.0.0.1:<port>`, known once the file's tests start. */
  readonly base: string;
  /** A fresh temporary folder, removed after the file's tests. */
  readonly dir: string;
}

/**
 * Serves `handler` on a free loopback port from before the file's first test until after its
 * last, with a scratch folder for the same span, then runs `setUp` (to write input files, say).
 * Handlers may read `site.base` to write links.
 */
export function testSite(handler: RequestListener, setUp: (site: TestSite) => void = () => {}): TestSite {
  const server = createServer(handler);
  const site = { base: "", dir: "" };
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    site.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    site.dir = mkdtempSync(join(tmpdir(), "attache-test-"));
    setUp(site);
  });
  after(() => {
    server.closeAllConnections();
    server.close();
    rmSync(site.dir, { recursive: true, force: true });
  });
  return site;
}
