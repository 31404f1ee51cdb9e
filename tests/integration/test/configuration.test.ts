import {
  ClientConfigurationError,
  GetExportSnapshotRecordsCommand,
  LightsailClient,
  LightsailServiceException,
} from "@smithy-gen/lightsail-client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CONTENT_TYPE, type FakeLightsail, TARGET, startFakeLightsail } from "../src/fake-lightsail/index.js";
import { createTestClient, rejectionOf } from "./support/test-client.js";

let fake: FakeLightsail;

beforeAll(async () => {
  fake = await startFakeLightsail({ recordCount: 3 });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const listRecords = new GetExportSnapshotRecordsCommand({});

describe("what the client sends", () => {
  afterEach(() => expect(fake.problems()).toEqual([]));

  it("POSTs to / with the operation's X-Amz-Target, the awsJson1_1 content type and a SigV4 signature aws4 agrees with", async () => {
    await createTestClient(fake).send(new GetExportSnapshotRecordsCommand({ pageToken: undefined }));
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ method: "POST", path: "/", target: TARGET, contentType: CONTENT_TYPE, body: "{}", problems: [] });
  });

  it("keeps the path of an endpoint override, which the signature covers", async () => {
    const client = createTestClient(fake, { endpoint: `${fake.endpoint}/lightsail-proxy/v1` });
    const output = await client.send(listRecords);
    expect(output.exportSnapshotRecords).toHaveLength(3);
    expect(fake.requests.map((request) => request.path)).toEqual(["/lightsail-proxy/v1/"]);
  });

  it("keeps the path of an endpoint override that ends with a slash", async () => {
    await createTestClient(fake, { endpoint: `${fake.endpoint}/lightsail-proxy/` }).send(listRecords);
    expect(fake.requests.map((request) => request.path)).toEqual(["/lightsail-proxy/"]);
  });
});

describe("the fake service's own checks", () => {
  it("rejects a request signed with the wrong secret, so a broken signer could not pass unnoticed", async () => {
    const client = createTestClient(fake, { credentials: { accessKeyId: fake.credentials.accessKeyId, secretAccessKey: "not-the-secret" } });
    const error = await rejectionOf(client.send(listRecords));
    expect(error).toBeInstanceOf(LightsailServiceException);
    expect(error).toMatchObject({ name: "InvalidSignatureException", $metadata: { httpStatusCode: 403 } });
    expect(fake.problems()).toEqual([expect.stringMatching(/^request 1: signature: signature [0-9a-f]{64} does not match/)]);
  });

  it("rejects a request signed for another Region", async () => {
    const client = createTestClient(fake, { region: "eu-west-1" });
    const error = await rejectionOf(client.send(listRecords));
    expect(error).toMatchObject({ name: "InvalidSignatureException" });
    expect(fake.problems()).toEqual([expect.stringContaining("eu-west-1")]);
  });
});

describe("Regions that are not host labels", () => {
  afterEach(() => expect(fake.requests).toEqual([]));

  it("rejects us-east-1.attacker.example# when the client is built", () => {
    let error: unknown;
    try {
      createTestClient(fake, { region: "us-east-1.attacker.example#" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ClientConfigurationError);
    expect(error).toMatchObject({ option: "region" });
    expect((error as Error).message).toContain('"us-east-1.attacker.example#" is not a valid Region');
  });

  it("rejects a bad Region from a provider on the first call, before any request", async () => {
    const client = createTestClient(fake, { region: async () => "us-east-1/../../attacker" });
    const error = await rejectionOf(client.send(listRecords));
    expect(error).toBeInstanceOf(ClientConfigurationError);
    expect(error).toMatchObject({ option: "region" });
  });

  it("rejects a Region that would change the host without an endpoint override", async () => {
    expect(() => new LightsailClient({ region: "attacker.example#", credentials: fake.credentials })).toThrow(ClientConfigurationError);
  });
});
