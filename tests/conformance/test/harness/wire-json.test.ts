import { flattenMixins, loadModelFromSources } from "@smithy-gen/codegen";
import { describe, expect, it } from "vitest";
import { toWireJson } from "../../src/differential/wire-json.js";

const model = flattenMixins(
  loadModelFromSources([
    {
      path: "wire.smithy",
      text: `$version: "2.0"
namespace example.wire
structure Out {
  epoch: Timestamp
  @timestampFormat("date-time") iso: Timestamp
  bytes: Blob
  ratio: Double
  choice: Choice
  tags: Tags
}
union Choice { a: String, b: Integer }
map Tags { key: String, value: String }
@error("client") structure Oops { message: String, code: String }
`,
    },
  ]).model,
);

describe("the harness's wire JSON, written from the model as a service writes it", () => {
  it("writes timestamps in their format, blobs as base64, non-finite floats as strings, unknown union members as members", () => {
    const value = { epoch: new Date(1_500), iso: new Date(1_500), bytes: new Uint8Array([104, 105]), ratio: Number.NaN, choice: { $unknown: ["c", { x: 1 }] }, tags: { k: "v" } };
    expect(toWireJson(model, "example.wire#Out", value)).toEqual({ epoch: 1.5, iso: "1970-01-01T00:00:01.500Z", bytes: "aGk=", ratio: "NaN", choice: { c: { x: 1 } }, tags: { k: "v" } });
    expect(toWireJson(model, "example.wire#Out", { ratio: -Infinity, choice: { b: 2 } })).toEqual({ ratio: "-Infinity", choice: { b: 2 } });
  });

  it("writes an error's own members only: no message when the error has none of its own", () => {
    const withMessage = Object.assign(new Error("boom"), { code: "E1" });
    expect(toWireJson(model, "example.wire#Oops", withMessage)).toEqual({ message: "boom", code: "E1" });
    expect(toWireJson(model, "example.wire#Oops", Object.assign(new Error(), { code: "E2" }))).toEqual({ code: "E2" });
  });
});
