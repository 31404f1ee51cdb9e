import { describe, expect, it } from "vitest";
import { caseName, clientCases, serverCases } from "../../src/cases.js";
import { KNOWN_FAILURES } from "../../src/known-failures.js";
import { loadSuite } from "../../src/load-suite.js";
import { nowPassesMessage, runExpectingKnownFailure } from "../../src/protocol-suite.js";
import { hasSide, PROTOCOL_NAMES } from "../../src/protocols.js";

describe("the known failures list", () => {
  it("names only cases of the suite on their side, once each, each with a reason", () => {
    const names = new Set(
      PROTOCOL_NAMES.flatMap((protocol) => {
        const { model } = loadSuite(protocol);
        return [
          ...clientCases(model, protocol).map((c) => `client ${protocol} ${caseName(c)}`),
          // A protocol without a server side runs no server case: an entry for one would never run.
          ...(hasSide(protocol, "server") ? serverCases(model, protocol).map((c) => `server ${protocol} ${caseName(c)}`) : []),
        ];
      }),
    );
    for (const entry of KNOWN_FAILURES) {
      const key = `${entry.side ?? "client"} ${entry.protocol} ${entry.name}`;
      expect(names, `${key} is not a case`).toContain(key);
      expect(entry.reason.trim().length, `${entry.name} has no reason`).toBeGreaterThan(20);
    }
    const keys = KNOWN_FAILURES.map((entry) => `${entry.side ?? "client"} ${entry.protocol} ${entry.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("runExpectingKnownFailure", () => {
  const known = { protocol: "awsJson1_0", name: "A:Request", reason: "the serializer drops it" } as const;
  const fails = async () => {
    throw new Error("mismatch");
  };
  const passes = async () => {};

  it("passes or fails a case that is not listed as it is", async () => {
    await expect(runExpectingKnownFailure("A:Request", undefined, passes)).resolves.toBe("passed");
    await expect(runExpectingKnownFailure("A:Request", undefined, fails)).rejects.toThrow("mismatch");
  });

  it("reports a listed case that still fails, and fails one that now passes", async () => {
    await expect(runExpectingKnownFailure("A:Request", known, fails)).resolves.toBe("still failing");
    await expect(runExpectingKnownFailure("A:Request", known, passes)).rejects.toThrow(nowPassesMessage("A:Request"));
    expect(nowPassesMessage("A:Request")).toBe("A:Request now passes; remove it from the list in tests/protocol/src/known-failures.ts");
  });
});
