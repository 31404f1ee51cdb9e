import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Sha256 } from "@smithy/core/checksum";
import { HttpRequest } from "@smithy/core/protocols";
import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentityProvider, EndpointV2 } from "@smithy/types";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isolateAwsEnvironment } from "./env.js";
import { failure, GetThingCommand, getThingCommand, ok, staticCredentials, StubHandler, TestClient, testService, type TestEndpointParameters } from "./fixtures.js";

beforeEach(() => {
  isolateAwsEnvironment();
  // No backoff between retries: the retry strategy's jitter is Math.random() times the delay.
  vi.spyOn(Math, "random").mockReturnValue(0);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const client = (handler: StubHandler, options: ConstructorParameters<typeof TestClient>[0] = {}, service = testService): TestClient =>
  new TestClient({ region: "us-west-2", credentials: staticCredentials, requestHandler: handler, ...options }, service);

/** The date of a request's `x-amz-date` (`20240501T120000Z`). */
function amzDate(request: HttpRequest): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(request.headers["x-amz-date"] ?? "");
  if (!match) throw new Error(`no x-amz-date: ${JSON.stringify(request.headers)}`);
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

describe("a client with useAwsClientMiddleware", () => {
  it("sends the request to the endpoint the rules resolve for the Region", async () => {
    const handler = new StubHandler();
    const output = await client(handler).send(new GetThingCommand({ name: "n" }));
    expect(output).toMatchObject({ value: "v", $metadata: { httpStatusCode: 200 } });
    const [request] = handler.requests;
    expect(request).toMatchObject({ protocol: "https:", hostname: "test.us-west-2.amazonaws.com", method: "POST", path: "/", body: '{"name":"n"}' });
  });

  it("sends to a custom endpoint, and to an endpointProvider's endpoint", async () => {
    const custom = new StubHandler();
    await client(custom, { endpoint: "https://localhost:8443/base" }).send(new GetThingCommand({}));
    expect(custom.requests[0]).toMatchObject({ hostname: "localhost", port: 8443, path: "/base/" });
    const overridden = new StubHandler();
    const endpointProvider = (params: TestEndpointParameters): EndpointV2 => ({ url: new URL(`https://override.${params.Region}.example.com`) });
    await client(overridden, { endpointProvider }).send(new GetThingCommand({}));
    expect(overridden.requests[0]!.hostname).toBe("override.us-west-2.example.com");
  });

  it("signs the request with SigV4 for the service's signing name and the Region", async () => {
    const handler = new StubHandler();
    await client(handler, { credentials: { ...staticCredentials, sessionToken: "SESSION" } }).send(new GetThingCommand({}));
    const [request] = handler.requests;
    const authorization = request!.headers.authorization!;
    expect(authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-west-2\/testservice\/aws4_request, SignedHeaders=[^,]*\bhost\b[^,]*, Signature=[0-9a-f]{64}$/);
    expect(authorization).toMatch(/SignedHeaders=[^,]*\bx-amz-date\b/);
    expect(request!.headers["x-amz-security-token"]).toBe("SESSION");
    expect(request!.headers.host).toBe("test.us-west-2.amazonaws.com");
    expect(Math.abs(amzDate(request!) - Date.now())).toBeLessThan(5000);
  });

  it("signs the request as it is sent: no middleware changes it after signing", async () => {
    const handler = new StubHandler();
    await client(handler).send(new GetThingCommand({ name: "x" }));
    const sent = handler.requests[0]!;
    const { authorization, ...unsigned } = sent.headers;
    const signer = new SignatureV4({ credentials: staticCredentials, region: "us-west-2", service: "testservice", sha256: Sha256, uriEscapePath: true });
    const again = await signer.sign(new HttpRequest({ ...sent, headers: unsigned }), { signingDate: new Date(amzDate(sent)) });
    expect(again.headers.authorization).toBe(authorization);
  });

  it("signs with the signing name and Region of the endpoint's sigv4 auth scheme", async () => {
    const handler = new StubHandler();
    const endpointProvider = (): EndpointV2 => ({
      url: new URL("https://custom.example.com"),
      properties: { authSchemes: [{ name: "sigv4", signingName: "othername", signingRegion: "eu-central-1", properties: {} }] },
    });
    await client(handler, { endpointProvider }).send(new GetThingCommand({}));
    expect(handler.requests[0]!.headers.authorization).toContain("Credential=AKIDEXAMPLE/");
    expect(handler.requests[0]!.headers.authorization).toMatch(/\/eu-central-1\/othername\/aws4_request/);
  });

  it("sends the requests of a service without SigV4 unsigned, without looking for credentials", async () => {
    const handler = new StubHandler();
    const credentials = vi.fn<AwsCredentialIdentityProvider>(async () => staticCredentials);
    await client(handler, { credentials }, { ...testService, unsigned: true }).send(new GetThingCommand({}));
    expect(handler.requests[0]!.headers.authorization).toBeUndefined();
    expect(handler.requests[0]!.headers["x-amz-date"]).toBeUndefined();
    expect(credentials).not.toHaveBeenCalled();
  });

  it("sends the requests of an operation with @auth([]) (anonymous) unsigned", async () => {
    const handler = new StubHandler();
    const credentials = vi.fn<AwsCredentialIdentityProvider>(async () => staticCredentials);
    const AnonymousCommand = getThingCommand({ anonymous: true });
    await client(handler, { credentials }).send(new AnonymousCommand({}));
    expect(handler.requests[0]!.headers.authorization).toBeUndefined();
    expect(credentials).not.toHaveBeenCalled();
    // The other operations of the client are still signed.
    await client(handler, { credentials }).send(new GetThingCommand({}));
    expect(handler.requests[1]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });

  it("sends an @optionalAuth operation unsigned when there are no credentials, and fails another", async () => {
    const handler = new StubHandler();
    const credentials = async () => {
      throw new Error("no credentials anywhere");
    };
    const OptionalAuthCommand = getThingCommand({ optionalAuth: true });
    await client(handler, { credentials }).send(new OptionalAuthCommand({}));
    expect(handler.requests[0]!.headers.authorization).toBeUndefined();
    await expect(client(handler, { credentials }).send(new GetThingCommand({}))).rejects.toThrow("no credentials anywhere");
    expect(handler.requests).toHaveLength(1);
  });

  it("sends the AWS SDK's user agent: user-agent with SDK, ua, OS, language, runtime, API, app id and custom; x-amz-user-agent with SDK and custom", async () => {
    const os = await import("node:os");
    const platform = `ua/2.1 os/${os.platform()}#${os.release().replace(/[^!$%&'*+\-.^_`|~\w#]/g, "-")} lang/js md/nodejs#${process.versions.node}`;
    const plain = new StubHandler();
    await client(plain).send(new GetThingCommand({}));
    expect(plain.requests[0]!.headers["user-agent"]).toBe(`smithy-gen ${platform} api/test#2024-01-01`);
    expect(plain.requests[0]!.headers["x-amz-user-agent"]).toBe("smithy-gen");
    const custom = new StubHandler();
    await client(custom, { customUserAgent: "my-app/1.2.3", userAgentAppId: "checkout" }).send(new GetThingCommand({}));
    expect(custom.requests[0]!.headers["user-agent"]).toBe(`smithy-gen ${platform} api/test#2024-01-01 app/checkout my-app/1.2.3`);
    expect(custom.requests[0]!.headers["x-amz-user-agent"]).toBe("smithy-gen my-app/1.2.3");
    const pairs = new StubHandler();
    await client(pairs, { customUserAgent: [["app", "2.0"], ["extra"], ["md/with space", "1 2"]] }).send(new GetThingCommand({}));
    expect(pairs.requests[0]!.headers["x-amz-user-agent"]).toBe("smithy-gen app/2.0 extra md/with-space#1-2");
  });

  it("takes the app id from AWS_SDK_UA_APP_ID and the execution environment from AWS_EXECUTION_ENV", async () => {
    vi.stubEnv("AWS_SDK_UA_APP_ID", "from-env");
    vi.stubEnv("AWS_EXECUTION_ENV", "AWS_Lambda_nodejs20.x");
    try {
      const handler = new StubHandler();
      await client(handler).send(new GetThingCommand({}));
      expect(handler.requests[0]!.headers["user-agent"]).toMatch(/ api\/test#2024-01-01 exec-env\/AWS_Lambda_nodejs20\.x app\/from-env$/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("rejects an app id over 50 characters with a typed error, and leaves out a provider's bad one", async () => {
    expect(() => client(new StubHandler(), { userAgentAppId: "x".repeat(51) })).toThrow(expect.objectContaining({ name: "ClientConfigurationError", option: "userAgentAppId" }));
    const warnings: unknown[] = [];
    const logger = { debug() {}, info() {}, warn: (message: unknown) => warnings.push(message), error() {} };
    const handler = new StubHandler();
    await client(handler, { userAgentAppId: async () => "y".repeat(51), logger }).send(new GetThingCommand({}));
    expect(handler.requests[0]!.headers["user-agent"]).not.toContain("app/");
    expect(warnings).toHaveLength(1);
  });

  it("sends content-length", async () => {
    const handler = new StubHandler();
    await client(handler).send(new GetThingCommand({ name: "é" }));
    expect(handler.requests[0]!.headers["content-length"]).toBe(String(Buffer.byteLength('{"name":"é"}')));
  });

  it("fails with the Region's configuration error when no Region is configured", async () => {
    const handler = new StubHandler();
    const noRegion = new TestClient({ credentials: staticCredentials, requestHandler: handler });
    await expect(noRegion.send(new GetThingCommand({}))).rejects.toMatchObject({ name: "ClientConfigurationError", option: "region" });
    expect(handler.requests).toHaveLength(0);
  });
});

describe("retries", () => {
  it("retries a 500 and reports the attempts in $metadata", async () => {
    const handler = new StubHandler((_request, attempt) => (attempt < 3 ? failure(500, "InternalFailure") : ok()));
    const output = await client(handler).send(new GetThingCommand({}));
    expect(output.$metadata.attempts).toBe(3);
    expect(handler.requests).toHaveLength(3);
    expect(handler.requests.map((request) => request.headers["amz-sdk-request"])).toEqual(["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"]);
    // Every attempt is signed afresh.
    for (const request of handler.requests) expect(request.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });

  it("retries a throttling error", async () => {
    const handler = new StubHandler((_request, attempt) => (attempt === 1 ? failure(400, "ThrottlingException") : ok()));
    const output = await client(handler).send(new GetThingCommand({}));
    expect(output.$metadata.attempts).toBe(2);
  });

  it("gives up after maxAttempts, with the attempts in the error's $metadata", async () => {
    const handler = new StubHandler(() => failure(503, "ServiceUnavailable"));
    const error = await client(handler, { maxAttempts: 2 }).send(new GetThingCommand({})).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ name: "ServiceUnavailable", $metadata: { httpStatusCode: 503, attempts: 2 } });
    expect(handler.requests).toHaveLength(2);
  });

  it("does not retry a client error", async () => {
    const handler = new StubHandler(() => failure(400, "ValidationException"));
    const error = await client(handler).send(new GetThingCommand({})).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ name: "ValidationException", $metadata: { attempts: 1 } });
    expect(handler.requests).toHaveLength(1);
  });
});

describe("clock skew", () => {
  const HOUR = 3_600_000;

  it("moves the clock offset to the server's Date when they differ by more than 5 minutes", async () => {
    const handler = new StubHandler(() => ok({}, { date: new Date(Date.now() + HOUR).toUTCString() }));
    const skewed = client(handler);
    await skewed.send(new GetThingCommand({}));
    expect(Math.abs(skewed.config.systemClockOffset - HOUR)).toBeLessThan(2000);
    await skewed.send(new GetThingCommand({}));
    expect(Math.abs(amzDate(handler.requests[1]!) - (Date.now() + HOUR))).toBeLessThan(5000);
  });

  it("leaves the offset alone for a small difference, and reads a Date header in any case", async () => {
    const small = client(new StubHandler(() => ok({}, { Date: new Date(Date.now() + 60_000).toUTCString() })));
    await small.send(new GetThingCommand({}));
    expect(small.config.systemClockOffset).toBe(0);
    const capital = client(new StubHandler(() => ok({}, { Date: new Date(Date.now() - HOUR).toUTCString() })));
    await capital.send(new GetThingCommand({}));
    expect(Math.abs(capital.config.systemClockOffset + HOUR)).toBeLessThan(2000);
  });

  it("retries a request rejected for a skewed clock, signed with the corrected time", async () => {
    const serverTime = () => Date.now() + HOUR;
    const handler = new StubHandler((request) =>
      Math.abs(amzDate(request) - serverTime()) > 5 * 60_000
        ? failure(403, "InvalidSignatureException", { date: new Date(serverTime()).toUTCString() })
        : ok({ value: "in time" }),
    );
    const skewed = client(handler);
    const output = await skewed.send(new GetThingCommand({}));
    expect(output).toMatchObject({ value: "in time", $metadata: { attempts: 2 } });
    expect(Math.abs(amzDate(handler.requests[0]!) - Date.now())).toBeLessThan(5000);
    expect(Math.abs(amzDate(handler.requests[1]!) - serverTime())).toBeLessThan(5000);
  });

  it("marks an error whose response corrected the clock", async () => {
    const handler = new StubHandler(() => failure(403, "InvalidSignatureException", { date: new Date(Date.now() + HOUR).toUTCString() }));
    const error = await client(handler, { maxAttempts: 1 }).send(new GetThingCommand({})).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ name: "InvalidSignatureException", $metadata: { clockSkewCorrected: true } });
  });
});

describe("the default Node.js request handler", () => {
  let server: Server;
  let port: number;

  beforeEach(async () => {
    server = createServer((request, response) => {
      // Answers after 1 s: longer than the request timeout below.
      const timer = setTimeout(() => response.end('{"value":"late"}'), 1000);
      request.on("close", () => clearTimeout(timer));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("fails a request that outlasts requestTimeout with a TimeoutError", async () => {
    const timed = new TestClient({ region: "us-west-2", credentials: staticCredentials, endpoint: `http://127.0.0.1:${port}`, requestTimeout: 100, maxAttempts: 1 });
    const started = Date.now();
    const error = await timed.send(new GetThingCommand({})).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ name: "TimeoutError" });
    expect(Date.now() - started).toBeLessThan(900);
    timed.destroy();
  });
});
