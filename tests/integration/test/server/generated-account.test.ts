import { InvalidInputException, LightsailClient, GetExportSnapshotRecordsCommand } from "@smithy-gen/lightsail-client";
import { paginateGetExportSnapshotRecordsItems } from "@smithy-gen/lightsail-paginators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportSnapshotRecordName } from "../../src/fake-lightsail/index.js";
import { startLightsailAccount, type LightsailAccount } from "../../src/generated-server/lightsail-account.js";

/** The demo's account on the generated server, over HTTP, behind SigV4 verification. */
describe("the generated server over HTTP with SigV4", () => {
  let account: LightsailAccount;
  beforeAll(async () => {
    account = await startLightsailAccount({ recordCount: 250, pageSize: 40 });
  });
  afterAll(() => account.close());
  const client = (credentials = account.credentials) => new LightsailClient({ region: "us-east-1", endpoint: account.endpoint, credentials, maxAttempts: 1 });

  it("pages every record to the generated paginator, in order", async () => {
    const names: string[] = [];
    for await (const record of paginateGetExportSnapshotRecordsItems({ client: client() }, {})) names.push(record.name!);
    expect(names).toEqual(Array.from({ length: 250 }, (_, index) => exportSnapshotRecordName(index)));
    expect(account.problems()).toEqual([]);
  });

  it("refuses a wrong secret and an unknown access key as AWS does", async () => {
    const wrongSecret = await client({ ...account.credentials, secretAccessKey: "not-the-secret" }).send(new GetExportSnapshotRecordsCommand({})).catch((error: unknown) => error);
    expect(wrongSecret).toMatchObject({ name: "InvalidSignatureException", $metadata: { httpStatusCode: 403 } });
    const unknownKey = await client({ accessKeyId: "AKIDUNKNOWN", secretAccessKey: "x" }).send(new GetExportSnapshotRecordsCommand({})).catch((error: unknown) => error);
    expect(unknownKey).toMatchObject({ name: "UnrecognizedClientException", $metadata: { httpStatusCode: 403 } });
  });

  it("answers a forged page token with the modelled InvalidInputException", async () => {
    const error = await client().send(new GetExportSnapshotRecordsCommand({ pageToken: "forged" })).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvalidInputException);
    expect((error as InvalidInputException).message).toContain("forged");
  });
});
