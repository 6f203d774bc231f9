// `attache dict import`: PETRARCH/Phoenix dictionaries into a folder that --dict can use.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadActorDictionary } from "../src/actors/index.js";
import { importPetrarch, petrarchDate } from "../src/actors/petrarch.js";
import { mentionNamed, mentionsOf } from "./helpers/actors.js";
import { CLI, HAS_SHARED, SHARED } from "./paths.js";

// A small sample of the format, written for this test.
const ACTORS = `# a comment
RURITANIA_ [RUR]
+RURITANIAN_
RURITANIAN_ARMY_
+RURITANIAN_TROOPS_
\t[RURMIL]
RUDOLF_RASSENDYLL_  # a note
+RASSENDYLL_
\t[RURELI 870101-941231]
\t[RURGOV >950101]
LEAGUE_OF_ZENDA_ [IGOZEN]
`;
const AGENTS = `!PERSON! = MAN, MEN
HALBERDIER [~MIL]
SWORDS!PERSON! [~MIL]
CASTLE_STEWARD {CASTLE_STEWARDS} [~GOV]
`;

test("dates in PETRARCH's two forms", () => {
  assert.equal(petrarchDate("950101"), "1995-01-01");
  assert.equal(petrarchDate("210120"), "2021-01-20");
  assert.equal(petrarchDate("19940720"), "1994-07-20");
  assert.equal(petrarchDate("2004017"), null);
});

test("actors and agents become people, organisations, country names and roles", () => {
  const imported = importPetrarch([ACTORS, AGENTS]);
  assert.deepEqual(imported.people, [{ id: "rudolf-rassendyll", name: "Rudolf Rassendyll", aliases: ["Rassendyll"], country: "RUR", roles: [{ code: "RURELI", from: "1987-01-01", to: "1994-12-31" }, { code: "RURGOV", from: "1995-01-01" }] }]);
  assert.deepEqual(imported.organisations, [{ id: "league-of-zenda", name: "League of Zenda", aliases: [], code: "IGOZEN", type: "IGO" }]);
  assert.deepEqual(imported.countryNames.map((c) => [c.name, c.code ?? c.country]), [["Ruritania", "RUR"], ["Ruritanian", "RUR"], ["Ruritanian Army", "RURMIL"], ["Ruritanian Troops", "RURMIL"]]);
  assert.deepEqual(imported.roles.map((r) => [r.words, r.sector]), [
    [["halberdier", "halberdiers"], "MIL"],
    [["swordsman", "swordsmen", "swordsmans", "swordsmens"], "MIL"],
    [["castle steward", "castle stewards"], "GOV"],
  ]);
});

test("the command writes a folder that --dict loads", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-import-"));
  writeFileSync(join(dir, "sample.actors.txt"), ACTORS);
  writeFileSync(join(dir, "sample.agents.txt"), AGENTS);
  const out = join(dir, "dict");
  execFileSync("node", [CLI, "dict", "import", join(dir, "sample.actors.txt"), join(dir, "sample.agents.txt"), "--out", out]);
  assert.ok(existsSync(join(out, "actors", "people", "imported.yaml")));
  const dictionary = loadActorDictionary({ userDirs: [out] });
  const mentions = mentionsOf("Rudolf Rassendyll met a halberdier of the League of Zenda.", "2000-05-01", dictionary);
  assert.equal(mentionNamed(mentions, "Rudolf Rassendyll")?.actor?.code, "RURGOV");
  assert.equal(mentionNamed(mentions, "League of Zenda")?.actor?.code, "IGOZEN");
  assert.equal(mentionNamed(mentions, "halberdier")?.actor?.sector, "MIL");
});

test("the Phoenix dictionaries import, and the folder loads", { skip: HAS_SHARED ? false : "../shared/data/phoenix is not here" }, () => {
  const phoenix = join(SHARED, "data", "phoenix");
  const out = mkdtempSync(join(tmpdir(), "attache-phoenix-"));
  const files = ["Phoenix.International.actors.txt", "Phoenix.agents.txt"].map((f) => join(phoenix, f));
  const report = execFileSync("node", [CLI, "dict", "import", ...files, "--out", out], { encoding: "utf8" });
  const counts = /(\d+) people, (\d+) organisations, (\d+) country names, (\d+) role nouns; (\d+) entries skipped/.exec(report);
  assert.ok(counts, report);
  assert.ok(Number(counts[2]) > 500 && Number(counts[4]) > 500, report);
  const dictionary = loadActorDictionary({ userDirs: [out] });
  assert.equal(mentionNamed(mentionsOf("Amnesty International protested.", "2020-01-01", dictionary), "Amnesty International")?.actor?.code, "NGOHRIAMN");
});
