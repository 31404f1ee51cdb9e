import { describe, expect, it } from "vitest";
import { ClientConfigurationError, resolveRegion } from "../src/index.js";

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe("resolveRegion", () => {
  it.each(["us-east-1", "eu-central-2", "cn-north-1", "us-gov-west-1", "local", "a".repeat(63)])("accepts the Region %j", async (region) => {
    expect(await resolveRegion(region, "TestClient")()).toBe(region);
  });

  it.each(["us-east-1.attacker.example#", "us-east-1/", "us east 1", "us-east-1.", "-us-east-1", "us-east-1-", "a".repeat(64), "us_east_1", "ü"])(
    "rejects %j at once, naming the client and the option",
    (region) => {
      const error = thrownBy(() => resolveRegion(region, "TestClient"));
      expect(error).toBeInstanceOf(ClientConfigurationError);
      expect(error).toMatchObject({ name: "ClientConfigurationError", client: "TestClient", option: "region" });
      expect((error as Error).message).toBe(`TestClient: ${JSON.stringify(region)} is not a valid Region: a Region must be a host label (letters, digits and hyphens)`);
    },
  );

  it("rejects an empty Region at once as a missing one", () => {
    const error = thrownBy(() => resolveRegion("", "TestClient"));
    expect(error).toBeInstanceOf(ClientConfigurationError);
    expect((error as Error).message).toMatch(/^TestClient: no Region is configured; set `region`/);
  });

  it("checks the Region a provider gives, on each call", async () => {
    let value = "us-west-2";
    const provider = resolveRegion(async () => value, "TestClient");
    expect(await provider()).toBe("us-west-2");
    value = "us-west-2.evil.example";
    const error = await rejectionOf(provider());
    expect(error).toBeInstanceOf(ClientConfigurationError);
    expect(error).toMatchObject({ client: "TestClient", option: "region" });
    expect((error as Error).message).toContain('"us-west-2.evil.example" is not a valid Region');
  });

  it("does not call the provider before the first request", () => {
    let calls = 0;
    resolveRegion(async () => {
      calls++;
      return "us-east-1";
    }, "TestClient");
    expect(calls).toBe(0);
  });

  it("reports a missing Region when there is none, or the provider gives none", async () => {
    for (const provider of [resolveRegion(undefined, "TestClient"), resolveRegion(async () => undefined as unknown as string, "TestClient"), resolveRegion(async () => "", "TestClient")]) {
      const error = await rejectionOf(provider());
      expect(error).toBeInstanceOf(ClientConfigurationError);
      expect(error).toMatchObject({ client: "TestClient", option: "region" });
      expect((error as Error).message).toBe('TestClient: no Region is configured; set `region` (e.g. "us-east-1") or AWS_REGION');
    }
  });

  it("wraps a provider's error, keeping it as the cause", async () => {
    const cause = new Error("Could not load region from the profile");
    const error = await rejectionOf(
      resolveRegion(async () => {
        throw cause;
      }, "TestClient")(),
    );
    expect(error).toBeInstanceOf(ClientConfigurationError);
    expect(error).toMatchObject({ client: "TestClient", option: "region" });
    expect((error as Error).cause).toBe(cause);
    expect((error as Error).message).toBe("TestClient: no Region could be loaded (Could not load region from the profile); set `region` or AWS_REGION");
  });

  it("wraps a provider's non-error throw too", async () => {
    const error = await rejectionOf(
      resolveRegion(() => Promise.reject("nope"), "TestClient")(),
    );
    expect(error).toBeInstanceOf(ClientConfigurationError);
    expect((error as Error).message).toContain("(nope)");
  });
});
