/**
 * Reads the actor data (data/actors/ and each `--dict` folder's actors/) through the one typed
 * loader, adds the world-countries package, and builds the dictionary once per set of folders.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import type { DataRecord } from "../knowledge/read-data.js";
import { DATA_DIR, readDataFile, readLayeredData } from "../knowledge/read-data.js";
import { countriesFromPackage } from "./countries.js";
import { minorPlaceNames, placesFromPackages } from "./places.js";
import type { ActorDictionary } from "./dictionary.js";
import { buildActorDictionary } from "./dictionary.js";
import { companySchema, countryNameSchema, organisationSchema, personSchema, roleSchema } from "./schemas.js";

export interface LoadOptions {
  /** User dictionary folders, in order; each may hold actors/people/, actors/companies.yaml… */
  readonly userDirs?: readonly string[];
}

/**
 * Reads one data file (`actors/companies.yaml`, .yml or .json) from data/ and then from each
 * user folder; a later record with the same key replaces an earlier one.
 */
function readLayeredFile<S extends z.ZodType>(stem: string, schema: S, userDirs: readonly string[], keyOf: (value: z.infer<S>) => string): DataRecord<z.infer<S>>[] {
  const byKey = new Map<string, DataRecord<z.infer<S>>>();
  for (const root of [DATA_DIR, ...userDirs]) {
    for (const ext of [".yaml", ".yml", ".json"]) {
      const path = join(root, `${stem}${ext}`);
      if (!existsSync(path)) continue;
      for (const record of readDataFile(path, schema)) byKey.set(keyOf(record.value), record);
    }
  }
  return [...byKey.values()];
}

const withWhere = <T>(records: readonly DataRecord<T>[]): { value: T; where: string }[] => records.map((r) => ({ value: r.value, where: `${r.file}:${r.line}` }));

const cache = new Map<string, ActorDictionary>();

/**
 * The actor dictionary for these user folders, built on first use and kept: the pipeline
 * calls this once, tests and commands as often as they like. Throws an AttacheError naming
 * the file and line of a bad record.
 */
export function loadActorDictionary(options: LoadOptions = {}): ActorDictionary {
  const userDirs = options.userDirs ?? [];
  const key = JSON.stringify(userDirs);
  const cached = cache.get(key);
  if (cached) return cached;
  const dictionary = buildActorDictionary({
    countries: countriesFromPackage(),
    places: placesFromPackages(),
    minorPlaces: minorPlaceNames(),
    countryNames: withWhere(readLayeredFile("actors/countries-extra", countryNameSchema, userDirs, (r) => `${r.name.toLowerCase()}:${r.country}`)),
    people: withWhere(readLayeredData("actors/people", personSchema, userDirs, (p) => p.id)),
    companies: withWhere(readLayeredFile("actors/companies", companySchema, userDirs, (c) => c.id)),
    organisations: withWhere(readLayeredFile("actors/organisations", organisationSchema, userDirs, (o) => o.id)),
    roles: withWhere(readLayeredFile("actors/roles", roleSchema, userDirs, (r) => r.words[0]!.toLowerCase())),
  });
  cache.set(key, dictionary);
  return dictionary;
}
