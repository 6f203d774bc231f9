#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { AttacheError } from "../errors.js";
import { registerCode } from "./code.js";
import { registerDict } from "./dict.js";
import { registerIngest } from "./ingest.js";
import { registerArticles } from "./articles.js";
import { registerShow } from "./show.js";
import { registerSearch } from "./search.js";
import { registerEvents } from "./events.js";
import { registerExport } from "./export.js";
import { registerActors } from "./actors.js";
import { registerActor } from "./actor.js";
import { registerClaims } from "./claims.js";
import { registerStories } from "./stories.js";
import { registerRelated } from "./related.js";
import { registerExplain } from "./explain.js";
import { registerServe } from "./serve.js";
import { registerFeeds } from "./feeds.js";
import { registerAlerts } from "./alerts.js";
import { registerWatch } from "./watch.js";
import { EXIT_USAGE, reportProblem } from "./shared.js";

const program = new Command("attache")
  .description("Reads the news and keeps a sourced record of who did what to whom, when and where.")
  .version("0.1.0")
  .exitOverride()
  .showHelpAfterError();

registerCode(program);
registerDict(program);
registerIngest(program);
registerArticles(program);
registerShow(program);
registerSearch(program);
registerEvents(program);
registerExport(program);
registerActors(program);
registerActor(program);
registerClaims(program);
registerStories(program);
registerRelated(program);
registerExplain(program);
registerServe(program);
registerFeeds(program);
registerAlerts(program);
registerWatch(program);

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
