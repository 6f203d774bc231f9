/** The HTTP API and dashboard: `createApp` over any Store; `attache serve` starts it. */
export { createApp } from "./app.js";
export type { ServerOptions } from "./app.js";
export { isPrivateAddress, refusePrivateUrl } from "./ssrf.js";
