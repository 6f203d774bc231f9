/** Code prefixes that stand for a kind of organisation rather than a country. */
const NON_STATE_PREFIXES: ReadonlySet<string> = new Set(["IGO", "NGO", "MNC", "IMG", "UIS", "BUS"]);

/** The parts of a CAMEO-style actor code, as GDELT and PLOVER columns want them. */
export interface ActorCodeParts {
  /** ISO alpha-3, or null for IGOs, NGOs and the like. */
  readonly country: string | null;
  /** Three-letter sector codes after the country: "USAGOVMIL" → ["GOV", "MIL"]; "IGOUNO" → ["IGO", "UNO"]. */
  readonly sectors: readonly string[];
}

/** Splits "BLRGOV" into country BLR and sector GOV, "IGOUNO" into no country and IGO, UNO. */
export function actorCodeParts(code: string | null): ActorCodeParts {
  if (code === null || code.length < 3) return { country: null, sectors: [] };
  const chunks = code.match(/.{1,3}/g) ?? [];
  const first = chunks[0]!;
  return NON_STATE_PREFIXES.has(first) ? { country: null, sectors: chunks } : { country: first, sectors: chunks.slice(1) };
}
