import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ClientConfigurationError, resolveCredentials } from "../src/index.js";

const credentials = (accessKeyId: string, expiration?: Date): AwsCredentialIdentity => ({
  accessKeyId,
  secretAccessKey: "secret",
  ...(expiration ? { expiration } : {}),
});

const noDefaultChain = (): AwsCredentialIdentityProvider => {
  throw new Error("the default chain must not be created");
};

const MINUTE = 60_000;
const START = new Date("2024-05-01T12:00:00.000Z");

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(START);
});

afterEach(() => {
  vi.useRealTimers();
});

describe("static credentials", () => {
  it("are returned as they are, without the default chain", async () => {
    const identity = { accessKeyId: "AKID", secretAccessKey: "SECRET", sessionToken: "TOKEN" };
    const provider = resolveCredentials(identity, noDefaultChain, "TestClient");
    expect(await provider()).toBe(identity);
    expect(await provider()).toBe(identity);
  });

  it.each<[string, unknown]>([
    ["no secret key", { accessKeyId: "AKID" }],
    ["no access key", { secretAccessKey: "S" }],
    ["a numeric key", { accessKeyId: 1, secretAccessKey: "S" }],
    ["a string", "AKID:SECRET"],
  ])("are checked at once: %s is rejected", (_what, value) => {
    let error: unknown;
    try {
      resolveCredentials(value as AwsCredentialIdentity, noDefaultChain, "TestClient");
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ClientConfigurationError);
    expect(error).toMatchObject({ client: "TestClient", option: "credentials" });
    expect((error as Error).message).toBe("TestClient: credentials need a string `accessKeyId` and `secretAccessKey`");
  });
});

describe("a credential provider", () => {
  it("is called once, and its credentials kept while they have no expiration", async () => {
    const source = vi.fn(async () => credentials("A"));
    const provider = resolveCredentials(source, noDefaultChain, "TestClient");
    expect(source).not.toHaveBeenCalled();
    expect((await provider()).accessKeyId).toBe("A");
    vi.setSystemTime(START.getTime() + 1000 * 24 * 60 * MINUTE);
    expect((await provider()).accessKeyId).toBe("A");
    expect(source).toHaveBeenCalledTimes(1);
  });

  it("is called once for concurrent requests", async () => {
    let release!: () => void;
    const source = vi.fn(() => new Promise<AwsCredentialIdentity>((resolve) => (release = () => resolve(credentials("A")))));
    const provider = resolveCredentials(source, noDefaultChain, "TestClient");
    const all = Promise.all([provider(), provider(), provider()]);
    release();
    expect((await all).map((identity) => identity.accessKeyId)).toEqual(["A", "A", "A"]);
    expect(source).toHaveBeenCalledTimes(1);
  });

  it("is called again 5 minutes before the credentials expire, not earlier", async () => {
    let n = 0;
    const source = vi.fn(async () => credentials(`A${++n}`, new Date(Date.now() + 15 * MINUTE)));
    const provider = resolveCredentials(source, noDefaultChain, "TestClient");
    expect((await provider()).accessKeyId).toBe("A1");
    vi.setSystemTime(START.getTime() + 10 * MINUTE - 1);
    expect((await provider()).accessKeyId).toBe("A1");
    vi.setSystemTime(START.getTime() + 10 * MINUTE);
    expect((await provider()).accessKeyId).toBe("A2");
    expect(source).toHaveBeenCalledTimes(2);
    // The new credentials expire 15 minutes after they were fetched.
    vi.setSystemTime(START.getTime() + 19 * MINUTE);
    expect((await provider()).accessKeyId).toBe("A2");
    vi.setSystemTime(START.getTime() + 20 * MINUTE);
    expect((await provider()).accessKeyId).toBe("A3");
  });

  it("is called again for credentials that have already expired", async () => {
    let n = 0;
    const source = vi.fn(async () => credentials(`A${++n}`, new Date(START.getTime() - MINUTE)));
    const provider = resolveCredentials(source, noDefaultChain, "TestClient");
    expect((await provider()).accessKeyId).toBe("A1");
    expect((await provider()).accessKeyId).toBe("A2");
  });

  it("is called again on forceRefresh, with the options", async () => {
    let n = 0;
    const source = vi.fn(async (_options?: { forceRefresh?: boolean }) => credentials(`A${++n}`));
    const provider = resolveCredentials(source, noDefaultChain, "TestClient");
    expect((await provider()).accessKeyId).toBe("A1");
    expect((await provider({ forceRefresh: true })).accessKeyId).toBe("A2");
    expect(source).toHaveBeenLastCalledWith({ forceRefresh: true });
    expect((await provider()).accessKeyId).toBe("A2");
    expect(source).toHaveBeenCalledTimes(2);
  });

  it("does not keep a failure: the next request calls it again", async () => {
    const source = vi.fn<AwsCredentialIdentityProvider>().mockRejectedValueOnce(new Error("IMDS timed out")).mockResolvedValue(credentials("B"));
    const provider = resolveCredentials(source, noDefaultChain, "TestClient");
    await expect(provider()).rejects.toThrow("IMDS timed out");
    expect((await provider()).accessKeyId).toBe("B");
    expect(source).toHaveBeenCalledTimes(2);
  });

  it("rejects malformed credentials it returns", async () => {
    const provider = resolveCredentials(async () => ({ accessKeyId: "A" }) as AwsCredentialIdentity, noDefaultChain, "TestClient");
    const error = await provider().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ClientConfigurationError);
    expect(error).toMatchObject({ client: "TestClient", option: "credentials" });
  });

  it("does not keep a rejection of malformed credentials: the next request calls it again", async () => {
    const source = vi
      .fn<AwsCredentialIdentityProvider>()
      .mockResolvedValueOnce({ accessKeyId: "A" } as AwsCredentialIdentity)
      .mockResolvedValue(credentials("B"));
    const provider = resolveCredentials(source, noDefaultChain, "TestClient");
    await expect(provider()).rejects.toBeInstanceOf(ClientConfigurationError);
    expect((await provider()).accessKeyId).toBe("B");
  });
});

describe("the default chain", () => {
  it("is created on the first request only, and once", async () => {
    const chain = vi.fn(async () => credentials("D"));
    const defaultChain = vi.fn(() => chain);
    const provider = resolveCredentials(undefined, defaultChain, "TestClient");
    expect(defaultChain).not.toHaveBeenCalled();
    expect((await provider()).accessKeyId).toBe("D");
    expect((await provider()).accessKeyId).toBe("D");
    expect(defaultChain).toHaveBeenCalledTimes(1);
    expect(chain).toHaveBeenCalledTimes(1);
  });

  it("is asked again after a failure, without being created again", async () => {
    const chain = vi.fn<AwsCredentialIdentityProvider>().mockRejectedValueOnce(new Error("no credentials")).mockResolvedValue(credentials("D"));
    const defaultChain = vi.fn(() => chain);
    const provider = resolveCredentials(undefined, defaultChain, "TestClient");
    await expect(provider()).rejects.toThrow("no credentials");
    expect((await provider()).accessKeyId).toBe("D");
    expect(defaultChain).toHaveBeenCalledTimes(1);
    expect(chain).toHaveBeenCalledTimes(2);
  });

  it("is refreshed 5 minutes before expiration like any provider", async () => {
    let n = 0;
    const chain = vi.fn(async () => credentials(`D${++n}`, new Date(Date.now() + 6 * MINUTE)));
    const provider = resolveCredentials(undefined, () => chain, "TestClient");
    expect((await provider()).accessKeyId).toBe("D1");
    vi.setSystemTime(START.getTime() + MINUTE);
    expect((await provider()).accessKeyId).toBe("D2");
  });
});
