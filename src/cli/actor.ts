import type { Command } from "commander";
import { loadActorDictionary } from "../actors/index.js";
import { AttacheError } from "../errors.js";
import type { ActorProfile } from "../query/actor-profile.js";
import { actorProfile } from "../query/actor-profile.js";
import { openStoreForQuery, parseLimit, withDbOption } from "./store-flags.js";
import { formatTable } from "./table.js";

interface ActorFlags {
  readonly db?: string;
  readonly dict?: string[];
  readonly limit: number;
  readonly json?: boolean;
}

function describe(profile: ActorProfile): string {
  const parts: string[] = [];
  for (const known of profile.known) {
    parts.push(`${known.name} (${known.id}) · ${known.kind} · code ${known.code}${known.country ? ` · ${known.country}` : ""}`);
    if (known.aliases.length > 0) parts.push(`  also: ${known.aliases.join(", ")}`);
    for (const r of known.roles) parts.push(`  ${r.code.padEnd(9)} ${r.from ?? "…"} – ${r.to ?? "today"}${r.title ? `  ${r.title}` : ""}`);
    parts.push(`  from ${known.source}`);
  }
  if (profile.known.length === 0) parts.push(`${profile.query}: not in the dictionaries; stored mentions with this code or name:`);
  if (profile.articles.length > 0) {
    parts.push("", "Recent articles", formatTable(profile.articles, [
      { header: "ID", value: (a) => a.id },
      { header: "DATE", value: (a) => a.date?.slice(0, 10) ?? null },
      { header: "MENTIONS", value: (a) => a.mentions },
      { header: "TITLE", value: (a) => a.title, maxWidth: 70 },
    ]));
    parts.push("", "Recent mentions", formatTable(profile.mentions, [
      { header: "ARTICLE", value: (m) => m.articleId },
      { header: "TEXT", value: (m) => m.text, maxWidth: 50 },
      { header: "CODE", value: (m) => m.actor?.code ?? null },
      { header: "VIA", value: (m) => m.via ?? null },
    ]));
  } else {
    parts.push("", "no stored mentions");
  }
  return parts.join("\n");
}

/** `attache actor`: an actor's aliases and dated roles, and where the stored articles mention it. */
export function registerActor(program: Command): void {
  withDbOption(
    program
      .command("actor")
      .description("show an actor: aliases, roles over time, recent mentions and articles")
      .argument("<name-or-code>", "a name, alias, dictionary id or actor code"),
  )
    .option("--dict <folder...>", "user dictionaries that extend or override data/")
    .option("--limit <n>", "at most this many mentions", parseLimit, 20)
    .option("--json", "print JSON")
    .addHelpText("after", '\nExample:\n  attache actor "Alexander Lukashenko"\n  attache actor BLRGOV --json')
    .action(async (query: string, flags: ActorFlags) => {
      const store = openStoreForQuery(flags.db);
      try {
        const profile = await actorProfile(store, loadActorDictionary({ userDirs: flags.dict ?? [] }), query, flags.limit);
        if (profile.known.length === 0 && profile.mentions.length === 0) {
          throw new AttacheError({ code: "not-found", input: query, detail: "no such actor in the dictionaries or the stored mentions" });
        }
        process.stdout.write(flags.json ? `${JSON.stringify(profile, null, 2)}\n` : `${describe(profile)}\n`);
      } finally {
        await store.close();
      }
    });
}
