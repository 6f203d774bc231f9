import nodemailer from "nodemailer";
import { AttacheError } from "../errors.js";

/** Sends one plain-text message. */
export type EmailSender = (to: string, subject: string, text: string) => Promise<void>;

/**
 * The email sender configured by the environment, or undefined when there is none:
 * `ATTACHE_SMTP_URL` (`smtp://user:password@host:587`, or `smtps://` for TLS from the start) and
 * `ATTACHE_SMTP_FROM` (the sender address; `attache@localhost` when absent).
 */
export function emailSenderFromEnv(env: NodeJS.ProcessEnv = process.env): EmailSender | undefined {
  const url = env["ATTACHE_SMTP_URL"];
  if (!url) return undefined;
  return smtpSender(url, env["ATTACHE_SMTP_FROM"] ?? "attache@localhost");
}

/** A sender that delivers through the SMTP server at `url`. */
export function smtpSender(url: string, from: string): EmailSender {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AttacheError({ code: "usage", input: "ATTACHE_SMTP_URL", detail: "not a URL such as smtp://user:password@host:587" });
  }
  if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:") {
    throw new AttacheError({ code: "usage", input: "ATTACHE_SMTP_URL", detail: `${parsed.protocol} is not smtp: or smtps:` });
  }
  const transport = nodemailer.createTransport(url);
  return async (to, subject, text) => {
    await transport.sendMail({ from, to, subject, text });
  };
}
