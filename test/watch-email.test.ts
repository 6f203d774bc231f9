import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:net";
import type { AddressInfo, Socket } from "node:net";
import { emailSenderFromEnv, smtpSender } from "../src/watch/email.js";

/** A minimal SMTP server on loopback that keeps what it is sent. */
function startSmtpServer(): Promise<{ port: number; messages: string[]; close: () => void }> {
  const messages: string[] = [];
  const server = createServer((socket: Socket) => {
    let data: string | null = null;
    let buffer = "";
    socket.write("220 test ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (data !== null) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          messages.push(data + buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          data = null;
          socket.write("250 queued\r\n");
          continue;
        }
        const newline = buffer.indexOf("\r\n");
        if (newline < 0) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 test\r\n");
        else if (verb === "DATA") {
          data = "";
          socket.write("354 go on\r\n");
        } else if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve({ port: (server.address() as AddressInfo).port, messages, close: () => server.close() });
    });
  });
}

test("alerts by email go through the configured SMTP server", async () => {
  const smtp = await startSmtpServer();
  try {
    const send = smtpSender(`smtp://127.0.0.1:${smtp.port}`, "alerts@example.org");
    await send("analyst@example.org", "[attache] drones: Poland shoots down drones", "{\"rule\":\"drones\"}");
    assert.equal(smtp.messages.length, 1);
    assert.match(smtp.messages[0]!, /^Subject: \[attache\] drones: Poland shoots down drones$/m);
    assert.match(smtp.messages[0]!, /^To: analyst@example\.org$/m);
    assert.match(smtp.messages[0]!, /"rule":"drones"/);
  } finally {
    smtp.close();
  }
});

test("no SMTP URL means no email sender; a wrong scheme is a clear error", () => {
  assert.equal(emailSenderFromEnv({}), undefined);
  assert.throws(() => emailSenderFromEnv({ ATTACHE_SMTP_URL: "http://mail.example.org" }), /ATTACHE_SMTP_URL.*http: is not smtp/);
});
