import { randomBytes } from "node:crypto";
import type { Command } from "commander";
import { AttacheError } from "../errors.js";
import type { AlertDelivery, Store } from "../store/store.js";
import { isoOf, SYSTEM_CLOCK } from "../watch/clock.js";
import type { AlertPayload } from "../watch/firings.js";
import { articleContextOf, describeFiring, firingsOf } from "../watch/firings.js";
import type { AlertRule } from "../watch/rules.js";
import { parseAlertRule, readRuleFile, ruleKindOf, ruleOfStored } from "../watch/rules.js";
import { EXIT_SOME_FAILED } from "./shared.js";
import { openStoreForQuery, openStoreForWrite, parseLimit, withDbOption } from "./store-flags.js";
import { printRows } from "./table.js";

interface AddFlags {
  readonly db?: string;
  readonly file?: string;
  readonly actor?: string[];
  readonly dyad?: string[];
  readonly code?: string[];
  readonly root?: string[];
  readonly plover?: string[];
  readonly modality?: string[];
  readonly minGoldstein?: string;
  readonly claimSubject?: string[];
  readonly query?: string;
  readonly webhook?: string;
  readonly email?: string;
  readonly secret?: string;
}

/** The rule the flags describe, checked by the same schema as rule files. */
function ruleOfFlags(name: string, flags: AddFlags): AlertRule {
  const value: Record<string, unknown> = { name };
  const set = (key: string, v: unknown) => { if (v !== undefined) value[key] = v; };
  set("actors", flags.actor);
  set("dyad", flags.dyad);
  set("codes", flags.code);
  set("roots", flags.root);
  set("plover", flags.plover);
  set("modality", flags.modality);
  set("minGoldstein", flags.minGoldstein === undefined ? undefined : Number(flags.minGoldstein));
  set("claimSubjects", flags.claimSubject);
  set("query", flags.query);
  set("webhook", flags.webhook);
  set("email", flags.email);
  try {
    return parseAlertRule(value, `alerts add ${name}`);
  } catch (error) {
    // From flags, a bad value is a usage error (exit 2), as for any other command.
    if (error instanceof AttacheError) throw new AttacheError({ code: "usage", input: error.input, detail: error.detail ?? "invalid rule" }, { cause: error });
    throw error;
  }
}

/** The conditions of a rule in one line: "actors=POL plover=ASSAULT". */
function conditionsOf(rule: AlertRule): string {
  const { name: _name, webhook: _webhook, email: _email, ...conditions } = rule;
  return Object.entries(conditions).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(",") : String(v)}`).join(" ");
}

async function saveRule(store: Store, rule: AlertRule, secret: string | undefined): Promise<void> {
  const existing = (await store.listAlertRules()).find((r) => r.name === rule.name);
  const kept = secret ?? existing?.secret ?? randomBytes(24).toString("hex");
  await store.saveAlertRule({ name: rule.name, rule: JSON.stringify(rule), secret: kept, createdAt: existing?.createdAt ?? isoOf(SYSTEM_CLOCK.now()) });
  const signed = rule.webhook ? `; webhook signed with secret ${kept} (header X-Attache-Signature: sha256=<hex HMAC of the body>)` : "";
  process.stdout.write(`${existing ? "replaced" : "added"} rule ${rule.name} (fires per ${ruleKindOf(rule)})${signed}\n`);
}

async function ruleNamed(store: Store, name: string): Promise<AlertRule> {
  const stored = (await store.listAlertRules()).find((r) => r.name === name);
  if (!stored) throw new AttacheError({ code: "not-found", input: name, detail: "no such alert rule (see attache alerts list)" });
  return ruleOfStored(stored);
}

/** What a rule would have fired on over everything stored, each canonical event, figure or story once. */
async function testRule(store: Store, rule: AlertRule, limit: number): Promise<AlertPayload[]> {
  const found = new Map<string, AlertPayload>();
  for (const summary of await store.listArticles({})) {
    const ctx = await articleContextOf(store, summary.id);
    if (!ctx) continue;
    for (const firing of firingsOf(rule, ctx)) if (!found.has(firing.payload.key)) found.set(firing.payload.key, firing.payload);
    if (found.size >= limit) break;
  }
  return [...found.values()].slice(0, limit);
}

/** `attache alerts add|list|remove|test|deliveries`: rules that fire when matching events are stored. */
export function registerAlerts(program: Command): void {
  const alerts = program
    .command("alerts")
    .description("alert rules: what `attache watch` tells you about (format in data/alerts/README.md)")
    .addHelpText(
      "after",
      "\nExamples:\n  attache alerts add pol-assault --actor POL --plover ASSAULT --webhook https://hooks.example/attache\n" +
        "  attache alerts add belarus-release --dyad BLR USA --root 08 --modality asserted\n" +
        "  attache alerts add prisoners --claim-subject \"political prisoners\" --query Belarus\n" +
        "  attache alerts add --file rules.yaml\n  attache alerts test pol-assault",
    );

  withDbOption(alerts.command("add").description("add (or replace) a rule from flags, or the rules of a YAML/JSON file").argument("[name]", "the rule's name"))
    .option("--file <rules.yaml>", "a YAML or JSON list of rules")
    .option("--actor <codes...>", "source or target code starts with one of these (POL, BLRGOV)")
    .option("--dyad <codes...>", "two codes, in either direction: --dyad USA BLR")
    .option("--code <cameo...>", "CAMEO code starts with one of these (0841, 19)")
    .option("--root <nn...>", "CAMEO root, 01 to 20")
    .option("--plover <types...>", "PLOVER type (ASSAULT, AGREE, …)")
    .option("--modality <m...>", "asserted | intended | requested | hypothetical | negated | reported")
    .option("--min-goldstein <n>", "Goldstein magnitude at least this (0 to 10), cooperation or conflict")
    .option("--claim-subject <words...>", "a numeric claim whose subject has these words (\"political prisoners\")")
    .option("--query <words>", "every word in the article's title or text")
    .option("--webhook <url>", "POST each firing as signed JSON to this URL")
    .option("--email <address>", "mail each firing (needs an SMTP server: not available yet, such deliveries are recorded as failed)")
    .option("--secret <secret>", "the webhook signing secret (default: kept, or made up and shown once)")
    .action(async (name: string | undefined, flags: AddFlags) => {
      let rules: AlertRule[];
      if (flags.file !== undefined) {
        if (name !== undefined) throw new AttacheError({ code: "usage", input: name, detail: "give a rule name or --file, not both" });
        rules = readRuleFile(flags.file);
      } else {
        if (name === undefined) throw new AttacheError({ code: "usage", input: "alerts add", detail: "give a rule name and its conditions, or --file rules.yaml" });
        rules = [ruleOfFlags(name, flags)];
      }
      const store = openStoreForWrite(flags.db);
      try {
        for (const rule of rules) await saveRule(store, rule, flags.secret);
      } finally {
        await store.close();
      }
    });

  withDbOption(alerts.command("list").description("the rules, with their conditions and where they deliver"))
    .option("--json", "print JSON instead of a table")
    .action(async (flags: { db?: string; json?: boolean }) => {
      const store = openStoreForQuery(flags.db);
      try {
        const rules = (await store.listAlertRules()).map(ruleOfStored);
        printRows<AlertRule>(
          rules,
          [
            { header: "NAME", value: (r) => r.name },
            { header: "FIRES PER", value: (r) => ruleKindOf(r) },
            { header: "CONDITIONS", value: conditionsOf, maxWidth: 70 },
            { header: "DELIVERY", value: (r) => ["log", r.webhook && `webhook ${r.webhook}`, r.email && `email ${r.email}`].filter(Boolean).join(", ") },
          ],
          { json: flags.json === true, noun: "alert rules" },
        );
      } finally {
        await store.close();
      }
    });

  withDbOption(alerts.command("remove").description("remove rules (and what they fired on)").argument("<names...>"))
    .action(async (names: string[], flags: { db?: string }) => {
      const store = openStoreForQuery(flags.db);
      try {
        for (const name of names) {
          if (await store.removeAlertRule(name)) process.stdout.write(`removed rule ${name}\n`);
          else {
            process.stderr.write(`attache: ${name}: no such alert rule\n`);
            process.exitCode = EXIT_SOME_FAILED;
          }
        }
      } finally {
        await store.close();
      }
    });

  withDbOption(alerts.command("test").description("run a rule over what is stored: what it would have fired on").argument("<name>"))
    .option("--limit <n>", "at most this many", parseLimit, 50)
    .option("--json", "print the payloads a webhook would receive")
    .action(async (name: string, flags: { db?: string; limit: number; json?: boolean }) => {
      const store = openStoreForQuery(flags.db);
      try {
        const found = await testRule(store, await ruleNamed(store, name), flags.limit);
        if (flags.json) process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
        else if (found.length === 0) process.stderr.write(`rule ${name} would not have fired on anything stored\n`);
        else process.stdout.write(`${found.map(describeFiring).join("\n")}\n`);
      } finally {
        await store.close();
      }
    });

  withDbOption(alerts.command("deliveries").description("webhook and email deliveries, latest first, with their status").argument("[name]", "of this rule only"))
    .option("--limit <n>", "at most this many", parseLimit, 50)
    .option("--json", "print JSON instead of a table")
    .action(async (name: string | undefined, flags: { db?: string; limit: number; json?: boolean }) => {
      const store = openStoreForQuery(flags.db);
      try {
        printRows<AlertDelivery>(
          await store.listDeliveries(name, flags.limit),
          [
            { header: "RULE", value: (d) => d.ruleName },
            { header: "CHANNEL", value: (d) => d.channel },
            { header: "TARGET", value: (d) => d.target, maxWidth: 40 },
            { header: "STATUS", value: (d) => d.status },
            { header: "ATTEMPTS", value: (d) => d.attempts },
            { header: "UPDATED", value: (d) => d.updatedAt.slice(0, 19) },
            { header: "ERROR", value: (d) => d.lastError, maxWidth: 50 },
          ],
          { json: flags.json === true, noun: "deliveries" },
        );
      } finally {
        await store.close();
      }
    });
}
