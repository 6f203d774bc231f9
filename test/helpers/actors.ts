import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Document, Mention } from "../../src/document.js";
import { createDocument } from "../../src/ingest/create-document.js";
import { tokenize } from "../../src/language/tokens.js";
import type { ActorDictionary } from "../../src/actors/index.js";
import { findMentions, loadActorDictionary } from "../../src/actors/index.js";

/** Writes a user dictionary folder: `{ "actors/people/test.yaml": "…" }` → its path. */
export function writeDictionary(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "attache-dict-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** People our tests rely on, written here so the tests do not depend on data/actors/people. */
export const TEST_PEOPLE = `
- id: donald-trump
  name: Donald Trump
  aliases: [Trump]
  country: USA
  roles:
    - { code: USAGOV, title: President, from: 2017-01-20, to: 2021-01-20 }
    - { code: USAGOV, title: President, from: 2025-01-20 }
- id: alexander-lukashenko
  name: Alexander Lukashenko
  aliases: [Lukashenko]
  country: BLR
  roles:
    - { code: BLRGOV, title: President, from: 1994-07-20 }
- id: vladimir-putin
  name: Vladimir Putin
  aliases: [Putin]
  country: RUS
  roles:
    - { code: RUSGOV, title: President, from: 2012-05-07 }
`;

export const TEST_COMPANIES = `
- { id: belavia, name: Belavia, country: BLR, sector: BUS, kind: airline, state: true }
`;

let testDictionary: ActorDictionary | undefined;
/** The shipped dictionary plus the test people and companies. */
export function dictionaryForTests(): ActorDictionary {
  testDictionary ??= loadActorDictionary({ userDirs: [writeDictionary({ "actors/people/test.yaml": TEST_PEOPLE, "actors/companies.yaml": TEST_COMPANIES })] });
  return testDictionary;
}

/** A tokenised document of `text` published on `date`. */
export function docOf(text: string, date: string | null = "2025-09-12"): Document {
  return tokenize(createDocument({ text, format: "text", origin: "test", published: date ? { value: date, precision: "day", origin: "flag" } : null }));
}

/** The mentions of `text`, found with `dictionary`. */
export function mentionsOf(text: string, date: string | null = "2025-09-12", dictionary = dictionaryForTests()): Mention[] {
  return findMentions(docOf(text, date), dictionary);
}

/** The mention whose text is exactly `text`, or undefined. */
export function mentionNamed(mentions: readonly Mention[], text: string): Mention | undefined {
  return mentions.find((m) => m.text === text);
}
