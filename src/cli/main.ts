#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { AttacheError } from "../errors.js";
import { EXIT_USAGE, reportProblem } from "./shared.js";

const program = new Command("attache")
  .description("Reads the news and keeps a sourced record of who did what to whom, when and where.")
  .version("0.1.0")
  .exitOverride()
  .showHelpAfterError();

/**
 * Each command and how to load the module that registers it, in the order `--help` lists them.
 * A command's module (and what it imports: the pipeline, a store, the server) is loaded only
 * when that command runs, so `attache events` does not pay for the wink-nlp model.
 */
const COMMANDS: ReadonlyMap<string, () => Promise<(program: Command) => void>> = new Map([
  ["code", async () => (await import("./code.js")).registerCode],
  ["dict", async () => (await import("./dict.js")).registerDict],
  ["ingest", async () => (await import("./ingest.js")).registerIngest],
  ["articles", async () => (await import("./articles.js")).registerArticles],
  ["show", async () => (await import("./show.js")).registerShow],
  ["search", async () => (await import("./search.js")).registerSearch],
  ["events", async () => (await import("./events.js")).registerEvents],
  ["export", async () => (await import("./export.js")).registerExport],
  ["actors", async () => (await import("./actors.js")).registerActors],
  ["actor", async () => (await import("./actor.js")).registerActor],
  ["claims", async () => (await import("./claims.js")).registerClaims],
  ["stories", async () => (await import("./stories.js")).registerStories],
  ["related", async () => (await import("./related.js")).registerRelated],
  ["explain", async () => (await import("./explain.js")).registerExplain],
  ["serve", async () => (await import("./serve.js")).registerServe],
  ["feeds", async () => (await import("./feeds.js")).registerFeeds],
  ["alerts", async () => (await import("./alerts.js")).registerAlerts],
  ["watch", async () => (await import("./watch.js")).registerWatch],
  ["enqueue", async () => (await import("./enqueue.js")).registerEnqueue],
  ["worker", async () => (await import("./worker.js")).registerWorker],
  ["queue", async () => (await import("./queue.js")).registerQueue],
]);

// `attache events …` registers `events` alone; anything else (help, a typo, no command) needs
// them all, for the list of commands and the "did you mean" suggestion.
const asked = COMMANDS.get(process.argv[2] ?? "");
const registers = await Promise.all((asked ? [asked] : [...COMMANDS.values()]).map((load) => load()));
for (const register of registers) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else if (error instanceof AttacheError) {
    reportProblem(error.message);
    process.exitCode = error.code === "usage" || error.code === "date-invalid" ? EXIT_USAGE : 1;
  } else {
    throw error;
  }
}
