// Checks the shipped people and company dictionaries (data/actors/people/*.yaml,
// data/actors/companies.yaml) against the format of data/actors/README.md and against
// properties the data must have: unique ids, well-formed codes, sound dates, one holder of
// each single-holder office at a time, current heads for the G20 and the EU, unambiguous aliases.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { readDataFile, type DataRecord } from "../src/knowledge/read-data.js";
import { ROOT } from "./paths.js";

const ACTORS = join(ROOT, "data", "actors");
const PEOPLE = join(ACTORS, "people");
const COMPANIES = join(ACTORS, "companies.yaml");

// ---------------------------------------------------------------- the format (README.md)

/** ISO date: a day, a month or a year. */
const isoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case id");
const upper3 = z.string().regex(/^[A-Z]{3}$/, "an ISO 3166 alpha-3 code");
const actorCode = z.string().regex(/^([A-Z]{3})+$/, "a CAMEO actor code (groups of three capitals)");

const roleSchema = z.object({
  code: actorCode,
  title: z.string().min(1),
  from: isoDate,
  to: isoDate.optional(),
}).strict();

const personSchema = z.object({
  id: kebab,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  country: upper3,
  code: actorCode.optional(),
  roles: z.array(roleSchema).default([]),
}).strict();

const companySchema = z.object({
  id: kebab,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  country: upper3,
  sector: z.enum(["BUS", "MED"]),
  kind: z.enum(["airline", "energy", "defence", "tech", "finance", "media", "mining", "auto", "shipping", "telecom", "agri", "pharma", "other"]),
  state: z.boolean(),
}).strict();

type Person = z.infer<typeof personSchema>;
type Role = z.infer<typeof roleSchema>;
type Company = z.infer<typeof companySchema>;

function peopleFiles(): string[] {
  return readdirSync(PEOPLE).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(PEOPLE, name));
}

const people: DataRecord<Person>[] = peopleFiles().flatMap((file) => readDataFile(file, personSchema));
const companies: DataRecord<Company>[] = existsSync(COMPANIES) ? readDataFile(COMPANIES, companySchema) : [];

// ---------------------------------------------------------------- codes

/** States that no longer exist (ISO 3166-3 codes, as in countries-extra.yaml): Soviet Union, Yugoslavia, Czechoslovakia, East Germany. */
const FORMER_STATES = ["SUN", "YUG", "CSK", "DDR"];
/** ISO alpha-3 codes of world-countries, plus the CAMEO codes for places without one. */
const countries = JSON.parse(readFileSync(join(ROOT, "node_modules", "world-countries", "countries.json"), "utf8")) as { cca3: string }[];
const COUNTRY_CODES = new Set<string>([
  ...countries.map((c) => c.cca3),
  "XKX", // Kosovo, as in data/actors/countries-extra.yaml (CAMEO and Phoenix write KSV; world-countries has UNK)
  ...FORMER_STATES,
]);
/** CAMEO sector and group codes that may follow a country code. */
const SECTORS = new Set([
  "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "MED", "EDU", "BUS", "CRM", "CVL",
  "HRI", "LAB", "REF", "AGR", "ENV", "HLH", "DEV", "REL", "ELI", "MOD", "RAD", "UAF", "INS", "IGO", "NGO",
  "MNC", "IMG", "SEP", "MOS", "SHI", "SUN", "CHR", "JEW",
]);

function codeProblem(code: string): string | null {
  const groups = code.match(/.{3}/g) ?? [];
  const [head, ...rest] = groups;
  if (head === undefined) return "empty code";
  if (head === "IGO" || head === "NGO") return rest.length > 0 ? null : `${code}: an ${head} code names its organisation`;
  if (!COUNTRY_CODES.has(head)) return `${code}: ${head} is not a country code`;
  const unknown = rest.find((group) => !SECTORS.has(group));
  return unknown === undefined ? null : `${code}: unknown sector ${unknown}`;
}

// ---------------------------------------------------------------- dates

/** A date as a day number; a month or year starts on its first day. */
function dayOf(date: string): number {
  const [y, m = "01", d = "01"] = date.split("-");
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
}
const OPEN = Number.POSITIVE_INFINITY;
const endOf = (role: Role): number => (role.to === undefined ? OPEN : dayOf(role.to));
const covers = (role: Role, date: string): boolean => dayOf(role.from) <= dayOf(date) && dayOf(date) <= endOf(role);
const where = (record: DataRecord<unknown>): string => `${record.file}:${record.line}`;

// ---------------------------------------------------------------- the tests

test("the people files load with the README format and are not empty", () => {
  assert.ok(peopleFiles().length >= 10, "one file per country or group");
  assert.ok(people.length >= 500, `only ${people.length} people`);
  assert.ok(companies.length >= 200, `only ${companies.length} companies`);
});

test("ids are unique across all people files and companies", () => {
  const seen = new Map<string, string>();
  for (const record of [...people, ...companies]) {
    const before = seen.get(record.value.id);
    assert.equal(before, undefined, `${record.value.id} at ${where(record)} and at ${before}`);
    seen.set(record.value.id, where(record));
  }
});

test("countries and codes are well formed", () => {
  const problems: string[] = [];
  for (const record of people) {
    const p = record.value;
    if (!COUNTRY_CODES.has(p.country)) problems.push(`${where(record)} ${p.id}: country ${p.country}`);
    for (const code of [p.code, ...p.roles.map((r) => r.code)]) {
      const problem = code === undefined ? null : codeProblem(code);
      if (problem) problems.push(`${where(record)} ${p.id}: ${problem}`);
    }
  }
  for (const record of companies) {
    if (!COUNTRY_CODES.has(record.value.country)) problems.push(`${where(record)} ${record.value.id}: country ${record.value.country}`);
  }
  assert.deepEqual(problems, []);
});

test("every role starts no later than it ends, and none ends in the future", () => {
  const today = dayOf(new Date().toISOString().slice(0, 10));
  const problems: string[] = [];
  for (const record of people) {
    for (const role of record.value.roles) {
      if (dayOf(role.from) > endOf(role)) problems.push(`${where(record)} ${record.value.id}: ${role.title} ${role.from} > ${role.to}`);
      if (role.to !== undefined && dayOf(role.to) > today) problems.push(`${where(record)} ${record.value.id}: ${role.title} ends ${role.to}`);
      if (dayOf(role.from) > today) problems.push(`${where(record)} ${record.value.id}: ${role.title} starts ${role.from}`);
    }
  }
  assert.deepEqual(problems, []);
});

test("a person's roles for the same office do not overlap", () => {
  const problems: string[] = [];
  for (const record of people) {
    const byOffice = new Map<string, Role[]>();
    for (const role of record.value.roles) {
      const key = `${role.code}|${role.title}`;
      byOffice.set(key, [...(byOffice.get(key) ?? []), role]);
    }
    for (const [office, roles] of byOffice) {
      const sorted = [...roles].sort((a, b) => dayOf(a.from) - dayOf(b.from));
      for (let i = 1; i < sorted.length; i++) {
        if (dayOf(sorted[i]!.from) < endOf(sorted[i - 1]!)) problems.push(`${where(record)} ${record.value.id}: ${office} twice at once`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

/**
 * Offices held by one person at a time. Collective or shared offices are left out on
 * purpose: Bosnia's three-member Presidency ("Member of the Presidency"), co-princes,
 * captains regent; acting officials carry their own title ("Acting President").
 */
const SINGLE_HOLDER = new Set([
  "President", "Prime Minister", "Premier", "Chancellor", "King", "Queen", "Emperor", "Emir", "Grand Duke",
  "Crown Prince", "Pope", "Sultan", "Supreme Leader", "President of the Confederation", "Foreign Minister", "Secretary of State",
  "Foreign Secretary", "Defence Minister", "Defence Secretary", "Secretary of Defense", "Secretary of the Treasury",
  "National Security Adviser", "Vice President", "Chief of the General Staff", "Ambassador to the United Nations",
  "UN Secretary-General", "NATO Secretary General", "President of the European Commission",
  "President of the European Council", "EU High Representative", "President of the European Parliament",
  "IAEA Director General", "ICC Prosecutor", "IMF Managing Director", "WHO Director-General", "World Bank President",
  "Chairperson of the African Union Commission", "UN High Commissioner for Human Rights",
]);
/** Days two successive holders may overlap: handovers are often dated on the same day or a day apart. */
const HANDOVER_DAYS = 1;

/** Pairs of different people who held one single-holder office of one country on more than HANDOVER_DAYS common days. */
function singleHolderClashes(list: readonly Pick<Person, "id" | "roles">[]): string[] {
  const holders = new Map<string, { id: string; role: Role }[]>();
  for (const person of list) {
    for (const role of person.roles) {
      if (!SINGLE_HOLDER.has(role.title)) continue;
      const office = `${role.code.slice(0, 3)} ${role.title}`;
      holders.set(office, [...(holders.get(office) ?? []), { id: person.id, role }]);
    }
  }
  const problems: string[] = [];
  for (const [office, entries] of holders) {
    const sorted = [...entries].sort((a, b) => dayOf(a.role.from) - dayOf(b.role.from));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i]!;
        const b = sorted[j]!;
        if (a.id === b.id) continue;
        const overlap = Math.min(endOf(a.role), endOf(b.role)) - dayOf(b.role.from);
        if (overlap > HANDOVER_DAYS) {
          problems.push(`${office}: ${a.id} (${a.role.from}…${a.role.to ?? ""}) and ${b.id} (${b.role.from}…${b.role.to ?? ""})`);
        }
      }
    }
  }
  return problems;
}

test("the single-holder check allows a same-day handover and finds a real overlap", () => {
  const outgoing = { id: "a", roles: [{ code: "XXXGOV", title: "President", from: "2017-01-20", to: "2021-01-20" }] };
  const incoming = { id: "b", roles: [{ code: "XXXGOV", title: "President", from: "2021-01-20" }] };
  const usurper = { id: "c", roles: [{ code: "XXXGOV", title: "President", from: "2019-06", to: "2019-12" }] };
  const acting = { id: "d", roles: [{ code: "XXXGOV", title: "Acting President", from: "2018-01-01", to: "2018-02-01" }] };
  assert.deepEqual(singleHolderClashes([outgoing, incoming, acting]), []);
  assert.equal(singleHolderClashes([outgoing, incoming, usurper]).length, 1);
});

test("one holder at a time of each single-holder office in each country", () => {
  assert.deepEqual(singleHolderClashes(people.map((r) => r.value)), []);
});

const G20 = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"];
const EU = ["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"];
const OTHER_EUROPE = ["GBR", "NOR", "CHE", "ISL", "UKR", "BLR", "RUS", "MDA", "GEO", "ARM", "AZE", "SRB", "BIH", "MNE", "MKD", "ALB", "XKX", "TUR"];
const HEAD_TITLES = new Set(["President", "Prime Minister", "Premier", "Chancellor", "Emir", "Supreme Leader", "King", "Queen", "Emperor", "Grand Duke", "President of the Confederation", "Chairman of the Presidency", "Member of the Presidency"]);
const FOREIGN_TITLES = new Set(["Foreign Minister", "Secretary of State", "Foreign Secretary"]);

function holdersOn(country: string, titles: Set<string>, date: string): string[] {
  return people
    .filter((r) => r.value.roles.some((role) => role.code.startsWith(country) && titles.has(role.title) && covers(role, date)))
    .map((r) => r.value.id);
}

test("every G20, EU and European country has a head of state or government in 2015, on 2025-01-01 and today", () => {
  const missing: string[] = [];
  for (const country of new Set([...G20, ...EU, ...OTHER_EUROPE])) {
    for (const date of ["2015-06-01", "2025-01-01", new Date().toISOString().slice(0, 10)]) {
      if (holdersOn(country, HEAD_TITLES, date).length === 0) missing.push(`${country} ${date}`);
    }
  }
  assert.deepEqual(missing, []);
});

test("every G20, EU and European country has a foreign minister on 2025-01-01", () => {
  const missing = [...new Set([...G20, ...EU, ...OTHER_EUROPE])].filter((c) => holdersOn(c, FOREIGN_TITLES, "2025-01-01").length === 0);
  assert.deepEqual(missing, []);
});

test("the EU and the AU have their leaders on 2025-01-01", () => {
  const eu = people.filter((r) => r.value.roles.some((role) => role.code === "IGOEUREEC" && role.title === "President of the European Commission" && covers(role, "2025-01-01")));
  assert.equal(eu.length, 1);
  const au = people.filter((r) => r.value.roles.some((role) => role.code === "IGOAFRAFU" && covers(role, "2025-01-01")));
  assert.ok(au.length >= 1);
});

/**
 * Aliases that two people may share: left empty on purpose; a shared alias makes the
 * matcher guess, so each exception must be argued here.
 */
const SHARED_ALIASES = new Set<string>([]);

test("no alias or name names two people, and no bare alias is a common word", () => {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  const COMMON = new Set(["President", "King", "Queen", "Prince", "Minister", "Will", "May", "Bush", "Rice", "Power", "Brown", "Young", "Strong", "Free"]);
  for (const record of people) {
    const names = new Set([record.value.name, ...record.value.aliases].map((n) => n.toLowerCase()));
    for (const name of names) {
      const before = owner.get(name);
      if (before !== undefined && before !== record.value.id && !SHARED_ALIASES.has(name)) problems.push(`"${name}": ${before} and ${record.value.id}`);
      owner.set(name, record.value.id);
    }
    for (const alias of record.value.aliases) {
      if (COMMON.has(alias)) problems.push(`${record.value.id}: the bare alias "${alias}" is a common word`);
    }
  }
  assert.deepEqual(problems, []);
});

test("companies: no name or alias names two companies, and media outlets carry MED", () => {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const record of companies) {
    const c = record.value;
    for (const name of new Set([c.name, ...c.aliases].map((n) => n.toLowerCase()))) {
      const before = owner.get(name);
      if (before !== undefined && before !== c.id) problems.push(`"${name}": ${before} and ${c.id}`);
      owner.set(name, c.id);
    }
    if ((c.kind === "media") !== (c.sector === "MED")) problems.push(`${c.id}: kind ${c.kind} with sector ${c.sector}`);
  }
  assert.deepEqual(problems, []);
});

test("known facts: Trump's roles, Lukashenko and Belavia", () => {
  const byId = new Map(people.map((r) => [r.value.id, r.value]));
  const trump = byId.get("donald-trump");
  assert.ok(trump);
  const codeOn = (p: Person, date: string) => p.roles.find((r) => covers(r, date))?.code ?? p.code ?? p.country;
  assert.equal(codeOn(trump, "2018-06-01"), "USAGOV");
  assert.equal(codeOn(trump, "2022-06-01"), "USA");
  assert.equal(codeOn(trump, "2025-09-11"), "USAGOV");
  const coale = byId.get("john-coale");
  assert.ok(coale);
  assert.equal(codeOn(coale, "2025-09-11"), "USAGOV");
  const lukashenko = byId.get("alexander-lukashenko");
  assert.ok(lukashenko);
  assert.equal(codeOn(lukashenko, "2025-09-11"), "BLRGOV");
  assert.ok(lukashenko.aliases.includes("Lukashenka"));
  const belavia = companies.find((c) => c.value.id === "belavia")?.value;
  assert.deepEqual([belavia?.country, belavia?.sector], ["BLR", "BUS"]);
});

test("no company name or alias is also a person's name or alias", () => {
  const personNames = new Map<string, string>();
  for (const record of people) {
    for (const name of [record.value.name, ...record.value.aliases]) personNames.set(name.toLowerCase(), record.value.id);
  }
  const clashes = companies.flatMap((record) =>
    [record.value.name, ...record.value.aliases]
      .filter((name) => personNames.has(name.toLowerCase()))
      .map((name) => `"${name}": company ${record.value.id} and person ${personNames.get(name.toLowerCase())}`),
  );
  assert.deepEqual(clashes, []);
});

test("people and companies are spread over the world", () => {
  const countries = new Set(people.map((r) => r.value.country));
  assert.ok(countries.size >= 75, `people from ${countries.size} countries`);
  const kinds = new Set(companies.map((r) => r.value.kind));
  for (const kind of ["airline", "energy", "defence", "tech", "finance", "media", "shipping", "telecom", "mining"]) {
    assert.ok(kinds.has(kind as Company["kind"]), `no ${kind} company`);
  }
});

/** People who held an office of another state; each is argued here. */
const FOREIGN_OFFICE = new Map([["mark-carney", "Governor of the Bank of England 2013-2020, a Canadian in a British office"]]);

test("a person's national roles belong to the person's country", () => {
  const problems = people.flatMap((record) =>
    record.value.roles
      // A role in a former state may belong to a citizen of one of its successors (Shevardnadze, SUNGOV).
      .filter((role) => !role.code.startsWith("IGO") && !role.code.startsWith(record.value.country) && !FORMER_STATES.includes(role.code.slice(0, 3)) && !FOREIGN_OFFICE.has(record.value.id))
      .map((role) => `${where(record)} ${record.value.id} (${record.value.country}): ${role.code} ${role.title}`),
  );
  assert.deepEqual(problems, []);
});

/** IGO codes of roles whose organisation organisations.yaml does not list; each is argued here. */
const EXTRA_IGO_CODES = new Map([["IGOBUSNDB", "New Development Bank (BRICS bank), led by Dilma Rousseff"]]);

test("every IGO role code is the code of a known organisation", { skip: !existsSync(join(ACTORS, "organisations.yaml")) }, () => {
  const organisation = z.looseObject({ code: z.string() });
  const known = new Set(readDataFile(join(ACTORS, "organisations.yaml"), organisation).map((r) => r.value.code));
  const unknown = people.flatMap((record) =>
    record.value.roles
      .filter((role) => role.code.startsWith("IGO") && !known.has(role.code) && !EXTRA_IGO_CODES.has(role.code))
      .map((role) => `${where(record)} ${record.value.id}: ${role.code} (${role.title})`),
  );
  assert.deepEqual(unknown, []);
});
