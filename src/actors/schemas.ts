/**
 * The formats of the actor data files (data/actors/README.md), as zod schemas. The loader
 * checks every record against these; a bad one is reported with its file and line.
 */
import { z } from "zod";

/** YAML may hand a date over as a Date or a number (a bare year): keep it as an ISO string. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === "number" ? String(value) : value),
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date is YYYY, YYYY-MM or YYYY-MM-DD"),
);

const countryCode = z.string().regex(/^[A-Z]{3}$/, "a country is an ISO 3166 alpha-3 code such as BLR");
/** A CAMEO-style code: three-letter blocks, e.g. USAGOV, IGOUNO, NGOHRIAMN. */
const actorCode = z.string().regex(/^([A-Z0-9]{3})+$/, "an actor code is made of three-letter blocks such as USAGOV");
const sectorCode = z.string().regex(/^([A-Z]{3})+$/, "a sector is a CAMEO sector code such as GOV or BUS");
const name = z.string().trim().min(1);

export const datedRoleSchema = z.object({
  code: actorCode,
  title: z.string().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

/** data/actors/people/*.yaml */
export const personSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "an id is kebab-case"),
  name,
  aliases: z.array(name).default([]),
  country: z.string().regex(/^[A-Z]{3}$/, "a country is an ISO alpha-3 (or IGO) code"),
  code: actorCode.optional(),
  roles: z.array(datedRoleSchema).default([]),
});

/** data/actors/companies.yaml */
export const companySchema = z.object({
  id: z.string().min(1),
  name,
  aliases: z.array(name).default([]),
  country: countryCode,
  sector: sectorCode.default("BUS"),
  kind: z.string().optional(),
  state: z.boolean().optional(),
});

/** data/actors/organisations.yaml */
export const organisationSchema = z
  .object({
    id: z.string().min(1),
    name,
    aliases: z.array(name).default([]),
    code: actorCode,
    /** IMG: an international militarized group (al-Qaeda), no one country's. */
    type: z.enum(["IGO", "NGO", "IMG"]),
    country: countryCode.optional(),
  })
  .strict();

/**
 * data/actors/countries-extra.yaml: a name the world-countries package lacks, and what it
 * stands for. `kind` says how it is used: a name of the country itself, an adjective or
 * people (demonym), a seat of power used for the government (metonym), an institution
 * ("Kremlin"), a place in the country (a region or island the packages do not name, "Normandy"),
 * or `ignore`: a name the package gives that must not be read as this country (a capital that is
 * also a common first name).
 */
export const countryNameSchema = z
  .object({
    name,
    country: countryCode,
    code: actorCode.optional(),
    kind: z.enum(["name", "demonym", "seat", "body", "place", "ignore"]).default("name"),
    /** A region (CAMEO region code, "EUR"): a place and an owner of roles, but no country of context. */
    region: z.boolean().optional(),
  })
  .strict();

/**
 * data/actors/roles.yaml: role nouns and the sector they give an actor. `kind` says what the
 * noun names: one person, a group of people, an institution, or a measure taken by one
 * ("sanctions" — an act of the government, so "US sanctions" is USAGOV).
 */
export const roleSchema = z
  .object({
    words: z.array(name).min(1),
    sector: sectorCode.nullable(),
    kind: z.enum(["person", "group", "body", "act", "title"]),
  })
  .strict();

export type PersonRecord = z.infer<typeof personSchema>;
export type CompanyRecord = z.infer<typeof companySchema>;
export type OrganisationRecord = z.infer<typeof organisationSchema>;
export type CountryNameRecord = z.infer<typeof countryNameSchema>;
export type RoleRecord = z.infer<typeof roleSchema>;
export type DatedRole = z.infer<typeof datedRoleSchema>;
