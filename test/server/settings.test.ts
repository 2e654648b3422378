import { describe, expect, it } from "vitest";
import { DEFAULT_SERVER_LIMITS, resolveServerSettings, SettingsError } from "../../src/config.js";

describe("resolveServerSettings", () => {
  it("has safe defaults", () => {
    const settings = resolveServerSettings({}, {}, "/work");
    expect(settings).toMatchObject({
      host: "127.0.0.1",
      port: 8888,
      token: null,
      allowOrigins: [],
      allowHosts: [],
      logLevel: "info",
      staticDir: null,
      projectsDir: "/work/generations",
      limits: DEFAULT_SERVER_LIMITS,
    });
    expect(DEFAULT_SERVER_LIMITS).toEqual({
      maxSessions: 100,
      idleTimeoutMs: 3_600_000,
      maxFrameBytes: 40 * 1024 * 1024,
      maxMessageLength: 100_000,
      maxAttachments: 5,
      maxAttachmentBytes: 5 * 1024 * 1024,
      messagesPerSecond: 20,
      messageBurst: 40,
      shutdownTimeoutMs: 5_000,
      maxConnections: 200,
      maxConnectionsPerAddress: 50,
      maxSendBufferBytes: 8 * 1024 * 1024,
    });
  });

  it("reads every flag from SPECWRIGHT_<FLAG>, lists comma-separated, and lets flags win", () => {
    const env = {
      SPECWRIGHT_HOST: "[::1]",
      SPECWRIGHT_PORT: "0",
      SPECWRIGHT_TOKEN: "secret",
      SPECWRIGHT_ALLOW_ORIGIN: "http://localhost:5173, https://studio.example",
      SPECWRIGHT_ALLOW_HOST: "Studio.Example,::1",
      SPECWRIGHT_LOG_LEVEL: "warn",
      SPECWRIGHT_STATIC_DIR: "web/out",
      SPECWRIGHT_MAX_SESSIONS: "7",
      SPECWRIGHT_IDLE_TIMEOUT_MS: "1000",
      SPECWRIGHT_MAX_FRAME_BYTES: "4096",
      SPECWRIGHT_MAX_MESSAGE_LENGTH: "50",
      SPECWRIGHT_MAX_ATTACHMENTS: "0",
      SPECWRIGHT_MAX_ATTACHMENT_BYTES: "100",
      SPECWRIGHT_MESSAGES_PER_SECOND: "0.5",
      SPECWRIGHT_MESSAGE_BURST: "2",
      SPECWRIGHT_SHUTDOWN_TIMEOUT_MS: "900",
      SPECWRIGHT_MAX_CONNECTIONS: "9",
      SPECWRIGHT_MAX_CONNECTIONS_PER_ADDRESS: "4",
      SPECWRIGHT_MAX_SEND_BUFFER_BYTES: "65536",
    };
    expect(resolveServerSettings({}, env, "/work")).toMatchObject({
      host: "::1",
      port: 0,
      token: "secret",
      allowOrigins: ["http://localhost:5173", "https://studio.example"],
      allowHosts: ["studio.example", "[::1]"],
      logLevel: "warn",
      staticDir: "/work/web/out",
      limits: {
        maxSessions: 7,
        idleTimeoutMs: 1000,
        maxFrameBytes: 4096,
        maxMessageLength: 50,
        maxAttachments: 0,
        maxAttachmentBytes: 100,
        messagesPerSecond: 0.5,
        messageBurst: 2,
        shutdownTimeoutMs: 900,
        maxConnections: 9,
        maxConnectionsPerAddress: 4,
        maxSendBufferBytes: 65_536,
      },
    });
    const flagged = resolveServerSettings(
      { port: "9000", "allow-origin": ["http://127.0.0.1:3000/"], "max-sessions": "3" },
      env,
      "/work",
    );
    expect(flagged).toMatchObject({
      port: 9000,
      allowOrigins: ["http://127.0.0.1:3000"],
      limits: { maxSessions: 3 },
    });
  });

  it("refuses values it cannot use, naming the flag and its variable", () => {
    const cases: [Record<string, string | string[]>, RegExp][] = [
      [{ port: "-1" }, /--port \(SPECWRIGHT_PORT\)/],
      [{ port: "65536" }, /at most 65535/],
      [{ "allow-origin": ["http://localhost:5173/app"] }, /not an origin/],
      [{ "allow-origin": ["ftp://files.example"] }, /not an origin/],
      [{ "allow-host": ["box.lan:80"] }, /without a port/],
      [{ "log-level": "chatty" }, /--log-level/],
      [{ "messages-per-second": "0" }, /above 0/],
      [{ "max-frame-bytes": "10" }, /at least 1024/],
      [{ "max-connections": "0" }, /--max-connections \(SPECWRIGHT_MAX_CONNECTIONS\)/],
      [{ "max-send-buffer-bytes": "100" }, /at least 1024/],
    ];
    for (const [flags, message] of cases) {
      expect(() => resolveServerSettings(flags, {}, "/work"), JSON.stringify(flags)).toThrow(SettingsError);
      expect(() => resolveServerSettings(flags, {}, "/work")).toThrow(message);
    }
  });
});
