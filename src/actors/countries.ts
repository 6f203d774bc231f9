/**
 * Countries and territories from the world-countries package: names (common, official and
 * alternative spellings in Latin script), English demonyms and capitals.
 */
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import type { CountrySource } from "./dictionary.js";

// The package's typings describe a CommonJS default export; its JSON is read as it is.
const countries = createRequire(import.meta.url)("world-countries/countries.json") as Country[];

const LATIN = /^[\p{Script=Latin}\p{N}\s.'’&()-]+$/u;

/** Alternative spellings worth matching: Latin script, and not a bare ISO code ("BY", "BLR"). */
function isUsefulSpelling(name: string): boolean {
  return LATIN.test(name) && !/^[A-Z]{2,3}$/.test(name);
}

/** Every country and territory of the package, as dictionary sources. */
export function countriesFromPackage(): CountrySource[] {
  return countries.map((c) => {
    const names = new Set([c.name.common, c.name.official, ...c.altSpellings.filter(isUsefulSpelling)]);
    const eng = c.demonyms?.["eng"];
    // "Bosnian, Herzegovinian": two demonyms in one field.
    const demonyms = new Set([eng?.m, eng?.f].flatMap((d) => d?.split(/,\s*/) ?? []).filter((d) => d && LATIN.test(d)));
    return {
      code: c.cca3,
      name: c.name.common,
      names: [...names],
      demonyms: [...demonyms],
      capitals: c.capital.filter((capital) => LATIN.test(capital)),
      independent: c.independent === true,
    };
  });
}
