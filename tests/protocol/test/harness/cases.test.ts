import { describe, expect, it } from "vitest";
import { caseName, clientCases, readRequestCase, TestCaseError } from "../../src/cases.js";
import { modelOf, SMALL_SERVICE } from "./models.js";

describe("clientCases", () => {
  it("takes the client cases of the protocol, named by id and kind, sorted", () => {
    const cases = clientCases(modelOf(SMALL_SERVICE), "awsJson1_0");
    expect(cases.map(caseName)).toEqual(["MissingIsParsed:Error", "PutSendsName:Request", "PutSendsName:Response"]);
  });

  it("binds an error's cases to the first operation, by shape id, that can return it", () => {
    const error = clientCases(modelOf(SMALL_SERVICE), "awsJson1_0").find((c) => c.kind === "error")!;
    expect(error).toMatchObject({ kind: "error", service: "example.small#Small", operation: "example.small#Get", error: "example.small#Missing" });
  });

  it("finds nothing for a protocol no service uses", () => {
    expect(clientCases(modelOf(SMALL_SERVICE), "awsJson1_1")).toEqual([]);
  });

  it("refuses two cases of one kind with the same id", () => {
    const twice = SMALL_SERVICE.replace(`{ id: "PutOnServers"`, `{ id: "PutSendsName", protocol: awsJson1_0, method: "POST", uri: "/" }\n    { id: "PutOnServers"`);
    expect(() => clientCases(modelOf(twice), "awsJson1_0")).toThrow(/PutSendsName: the test case id is used twice/);
  });
});

describe("readRequestCase", () => {
  it("names the case and the field that is malformed", () => {
    expect(() => readRequestCase({ id: "Broken", protocol: "aws.protocols#awsJson1_0", method: "POST", uri: 3 }, "Broken")).toThrow(
      new TestCaseError("Broken", "`uri` must be a string"),
    );
  });

  it("fills absent lists and maps with empty ones", () => {
    const test = readRequestCase({ id: "Plain", protocol: "aws.protocols#awsJson1_0", method: "POST", uri: "/" }, "Plain");
    expect(test).toMatchObject({ headers: {}, forbidHeaders: [], requireHeaders: [], queryParams: [], tags: [] });
    expect(test.body).toBeUndefined();
  });
});
