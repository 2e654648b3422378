import { describe, expect, it } from "vitest";
import { resolveSettings, SettingsError } from "../../src/config.js";

describe("the project lock's timing as settings", () => {
  it("defaults to the store's own timing", () => {
    expect(resolveSettings({}, {}, "/work")).toMatchObject({ lockHeartbeatMs: 15_000, lockStaleMs: 60_000 });
  });

  it("reads SPECWRIGHT_LOCK_HEARTBEAT_MS and SPECWRIGHT_LOCK_STALE_MS", () => {
    const env = { SPECWRIGHT_LOCK_HEARTBEAT_MS: "500", SPECWRIGHT_LOCK_STALE_MS: "2000" };
    expect(resolveSettings({}, env, "/work")).toMatchObject({ lockHeartbeatMs: 500, lockStaleMs: 2000 });
  });

  it("refuses a stale age a live process's heartbeat could miss, and values that are no numbers", () => {
    const refused = (env: NodeJS.ProcessEnv) => () => resolveSettings({}, env, "/work");
    expect(refused({ SPECWRIGHT_LOCK_STALE_MS: "20000" })).toThrow(
      /at least twice SPECWRIGHT_LOCK_HEARTBEAT_MS/,
    );
    expect(refused({ SPECWRIGHT_LOCK_HEARTBEAT_MS: "40000" })).toThrow(SettingsError);
    expect(refused({ SPECWRIGHT_LOCK_HEARTBEAT_MS: "soon" })).toThrow(/SPECWRIGHT_LOCK_HEARTBEAT_MS must be/);
    expect(refused({ SPECWRIGHT_LOCK_STALE_MS: "0" })).toThrow(/SPECWRIGHT_LOCK_STALE_MS must be/);
  });
});
