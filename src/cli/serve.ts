import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { serve } from "@hono/node-server";
import { createPipeline } from "../pipeline.js";
import { createApp } from "../server/app.js";
import { openStoreForWrite, withDbOption } from "./store-flags.js";
import { runWatcher } from "./watch.js";
import { reportProblem } from "./shared.js";

interface ServeFlags {
  readonly db?: string;
  readonly port: number;
  readonly host: string;
  readonly ingestToken?: string;
  readonly allowPrivateUrls?: boolean;
  readonly dict?: string[];
  readonly watch?: boolean;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("a port number from 0 to 65535");
  return n;
}

/** `attache serve`: the HTTP API and the dashboard over the database. */
export function registerServe(program: Command): void {
  withDbOption(program.command("serve").description("serve the HTTP API and the web dashboard"))
    .option("--port <n>", "port to listen on (0 picks a free one)", parsePort, 8787)
    .option("--host <address>", "address to listen on", "127.0.0.1")
    .option("--ingest-token <token>", "turn on POST /api/ingest for requests that carry this bearer token (or $ATTACHE_INGEST_TOKEN)")
    .option("--allow-private-urls", "let POST /api/ingest fetch private, loopback and link-local addresses")
    .option("--dict <folder...>", "user dictionaries that extend or override data/")
    .option("--watch", "also follow the feeds and folders of `attache feeds` and run the alert rules, as `attache watch` does")
    .addHelpText("after", "\nRead-only unless an ingest token is set.\n\nExample:\n  attache serve --db news.db --port 8787\n  ATTACHE_INGEST_TOKEN=s3cret attache serve")
    .action(async (flags: ServeFlags) => {
      const store = openStoreForWrite(flags.db);
      const dictionaries = flags.dict ?? [];
      const app = createApp({
        store,
        pipeline: () => createPipeline({ dictionaries }),
        ingestToken: flags.ingestToken ?? process.env["ATTACHE_INGEST_TOKEN"],
        allowPrivateUrls: flags.allowPrivateUrls,
        dictionaries,
      });
      const server = serve({ fetch: app.fetch, port: flags.port, hostname: flags.host }, (info) => {
        process.stdout.write(`attache: serving http://${flags.host}:${info.port}/ (API docs at /api/docs); Ctrl-C to stop\n`);
      });
      const watching = new AbortController();
      // A watcher that stops on an error says so; the API goes on serving.
      const watcher = flags.watch
        ? runWatcher(store, dictionaries, watching.signal).then(
            () => undefined,
            (error: unknown) => reportProblem(`watch stopped: ${error instanceof Error ? error.message : String(error)}`),
          )
        : Promise.resolve();
      const stop = () => {
        watching.abort();
        server.close(() => void watcher.finally(() => store.close()));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
