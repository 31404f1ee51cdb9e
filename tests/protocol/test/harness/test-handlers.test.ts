import { describe, expect, it } from "vitest";
import { HttpRequest } from "@smithy/core/protocols";
import { readResponseCase } from "../../src/cases.js";
import { cannedResponseHandler } from "../../src/test-handlers.js";

async function bodyOf(fields: Record<string, unknown>): Promise<Buffer> {
  const test = readResponseCase({ id: "Case", protocol: "smithy.protocols#rpcv2Cbor", code: 200, ...fields } as never, "Case");
  const { response } = await cannedResponseHandler(test).handle(new HttpRequest({}));
  const chunks: Buffer[] = [];
  for await (const chunk of response.body as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe("cannedResponseHandler", () => {
  it("answers with the bytes a CBOR body's base64 stands for", async () => {
    expect((await bodyOf({ body: "oWFh+T4A", bodyMediaType: "application/cbor" })).toString("hex")).toBe("a16161f93e00");
    expect((await bodyOf({ body: "", bodyMediaType: "application/cbor" })).byteLength).toBe(0);
  });

  it("answers with the UTF-8 of any other body", async () => {
    expect((await bodyOf({ body: '{"a":"é"}', bodyMediaType: "application/json" })).toString("utf8")).toBe('{"a":"é"}');
    expect((await bodyOf({ body: "oWFh+T4A" })).toString("utf8")).toBe("oWFh+T4A");
  });
});
