/** The row of an actor listing, as both stores select it. */
export interface ActorRow {
  code: string;
  id: string;
  name: string | null;
  country: string | null;
  sector: string | null;
  mentions: number;
  articles: number;
}

/** Joins mentions or claims (`alias`) to latest versions, with the article fields every listing shows. */
export const LATEST_OF = (alias: string): string =>
  `JOIN articles a ON a.latest_version_id = ${alias}.version_id JOIN versions v ON v.id = ${alias}.version_id`;
