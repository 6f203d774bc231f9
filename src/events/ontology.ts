import { z } from "zod";
import type { QuadClass } from "../document.js";
import { readLayeredData } from "../knowledge/read-data.js";

const cameoSchema = z
  .object({
    code: z.string().regex(/^\d{3,4}$/),
    name: z.string().min(1),
    goldstein: z.number().min(-10).max(10),
    plover: z.string(),
    mode: z.string().optional(),
    context: z.array(z.string()).optional(),
    joint: z.boolean().optional(),
  })
  .strict();

const ploverTypeSchema = z.object({ type: z.string().regex(/^[A-Z]+$/), quad: z.number().int().min(1).max(4), modes: z.array(z.string()) }).strict();
const ploverContextSchema = z.object({ context: z.string().min(1) }).strict();

/** One CAMEO event code with everything an event coded with it carries. */
export interface CameoCode {
  readonly code: string;
  readonly name: string;
  /** "01" … "20". */
  readonly root: string;
  readonly quad: QuadClass;
  readonly goldstein: number;
  /** PLOVER type of the crosswalk; "" for public statements (root 01), which PLOVER does not code. */
  readonly plover: string;
  readonly ploverMode: string | null;
  readonly ploverContexts: readonly string[];
  /** A deed done together ("X and Y agreed", "held talks", "fought"): coordinated actors do it to each other. */
  readonly joint: boolean;
}

export interface PloverType {
  readonly type: string;
  readonly quad: QuadClass;
  readonly modes: readonly string[];
}

export interface Ontology {
  /** A code as written ("0841", "19" for the root's general code "190"), or undefined when unknown. */
  cameo(code: string): CameoCode | undefined;
  readonly codes: readonly CameoCode[];
  readonly ploverTypes: readonly PloverType[];
  readonly ploverContexts: readonly string[];
}

/** QuadClass of a CAMEO root: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict. */
export function quadOfRoot(root: string): QuadClass {
  const n = Number(root);
  if (n <= 5) return 1;
  if (n <= 8) return 2;
  if (n <= 13) return 3;
  return 4;
}

/** Loads the CAMEO codes, PLOVER types and contexts from data/events/ontology (and user folders). */
export function loadOntology(userDirs: readonly string[] = []): Ontology {
  const codes = readLayeredData("events/ontology/cameo", cameoSchema, userDirs, (c) => c.code).map(({ value: c }): CameoCode => {
    const root = c.code.slice(0, 2);
    return Object.freeze({
      code: c.code,
      name: c.name,
      root,
      quad: quadOfRoot(root),
      goldstein: c.goldstein,
      plover: c.plover,
      ploverMode: c.mode ?? null,
      ploverContexts: Object.freeze(c.context ?? []),
      joint: c.joint ?? false,
    });
  });
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const ploverTypes = readLayeredData("events/ontology/plover-types", ploverTypeSchema, userDirs, (t) => t.type).map(
    ({ value: t }): PloverType => Object.freeze({ type: t.type, quad: t.quad as QuadClass, modes: Object.freeze(t.modes) }),
  );
  const ploverContexts = readLayeredData("events/ontology/plover-contexts", ploverContextSchema, userDirs, (c) => c.context).map((r) => r.value.context);
  return Object.freeze({
    cameo: (code: string) => byCode.get(code.length === 2 ? `${code}0` : code),
    codes: Object.freeze(codes),
    ploverTypes: Object.freeze(ploverTypes),
    ploverContexts: Object.freeze(ploverContexts),
  });
}
