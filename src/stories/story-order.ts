/** Where an article stands in its story: by day, undated last, then by id. */
export interface Dated {
  readonly id: string;
  readonly day: string | null;
}

/** Whether `a` comes before `b`: the earliest article names the story and represents it. */
export function isEarlier(a: Dated, b: Dated): boolean {
  const da = a.day ?? "9999-99-99";
  const db = b.day ?? "9999-99-99";
  return da < db || (da === db && a.id < b.id);
}
