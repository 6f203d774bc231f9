// The dashboard's only way to the server: GET a JSON endpoint, with query parameters.

/** An error the API answered with: its code, the parameter it concerns and its message. */
export class ApiError extends Error {
  constructor(status, error) {
    super(error?.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = error?.code ?? "http";
    this.input = error?.input ?? null;
  }
}

/** GETs `/api/...` with the given query (empty values left out) and returns the JSON body. */
export async function getJson(path, query = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  const search = params.toString();
  const response = await fetch(search ? `${path}?${search}` : path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body?.error);
  return body;
}
