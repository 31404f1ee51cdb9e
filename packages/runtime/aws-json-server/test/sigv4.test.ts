import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import type { HttpRequest } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { createAwsJsonServer, sigV4Verifier, type AwsJsonServerService } from "../src/index.js";

const service: AwsJsonServerService = {
  serviceName: "Example",
  targetPrefix: "Example_2024",
  contentType: "application/x-amz-json-1.0",
  signingName: "example",
  constraints: {},
  operations: { Ping: { name: "Ping", method: "ping", errors: [] } },
};

const NOW = Date.UTC(2024, 0, 2, 3, 4, 5);

async function signed(options: { secret?: string; accessKeyId?: string; date?: number; body?: string; region?: string } = {}): Promise<HttpRequest> {
  const signer = new SignatureV4({
    credentials: { accessKeyId: options.accessKeyId ?? "AKID", secretAccessKey: options.secret ?? "SECRET" },
    region: options.region ?? "us-east-1",
    service: "example",
    sha256: Sha256,
  });
  return (await signer.sign(
    {
      method: "POST",
      protocol: "http:",
      hostname: "127.0.0.1",
      port: 8080,
      path: "/",
      query: {},
      headers: { host: "127.0.0.1:8080", "content-type": "application/x-amz-json-1.0", "x-amz-target": "Example_2024.Ping" },
      body: options.body ?? "{}",
    },
    { signingDate: new Date(options.date ?? NOW) },
  )) as HttpRequest;
}

describe("SigV4 verification", () => {
  const server = createAwsJsonServer(service, { ping: async () => undefined }, { authenticate: sigV4Verifier({ credentials: { AKID: "SECRET" }, service: "example", now: () => NOW }) });
  const status = async (request: HttpRequest) => {
    const response = await server.handle(request);
    const text = new TextDecoder().decode(response.body);
    return { status: response.statusCode, type: text ? (JSON.parse(text) as { __type: string }).__type : undefined };
  };

  it("accepts a request signed with a known key", async () => {
    expect(await status(await signed())).toEqual({ status: 200, type: undefined });
  });

  it("refuses a wrong secret, a changed body, an unknown key, an expired or missing signature, as AWS does", async () => {
    expect(await status(await signed({ secret: "WRONG" }))).toEqual({ status: 403, type: "InvalidSignatureException" });
    expect(await status({ ...(await signed()), body: "{ }" })).toEqual({ status: 400, type: "XAmzContentSHA256Mismatch" });
    const { "x-amz-content-sha256": _hash, ...withoutHash } = (await signed()).headers;
    const unhashed = { ...(await signed()), headers: withoutHash };
    expect(await status(unhashed)).toEqual({ status: 403, type: "InvalidSignatureException" });
    expect(await status(await signed({ accessKeyId: "OTHER" }))).toEqual({ status: 403, type: "UnrecognizedClientException" });
    expect(await status(await signed({ date: NOW - 6 * 60_000 }))).toEqual({ status: 403, type: "InvalidSignatureException" });
    const { authorization: _dropped, ...unsigned } = (await signed()).headers;
    expect(await status({ ...(await signed()), headers: unsigned })).toEqual({ status: 403, type: "MissingAuthenticationTokenException" });
    expect(await status({ ...(await signed()), headers: { ...unsigned, authorization: "Bearer x" } })).toEqual({ status: 400, type: "IncompleteSignatureException" });
  });

  it("checks the Region when told one, and the service always", async () => {
    const strict = createAwsJsonServer(service, { ping: async () => undefined }, { credentials: { AKID: "SECRET" }, region: "eu-west-1" });
    const response = await strict.handle(await signed({ date: Date.now() }));
    expect(response.statusCode).toBe(403);
    const loose = createAwsJsonServer(service, { ping: async () => undefined }, { credentials: { AKID: "SECRET" } });
    expect((await loose.handle(await signed({ date: Date.now() }))).statusCode).toBe(200);
  });
});
