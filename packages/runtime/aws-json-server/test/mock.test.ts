import type { ValuePath } from "@smithy-gen/serde-core";
import { writeInteger, writeObject, writeString, type JsonObject } from "@smithy-gen/serde-json";
import { Client, Command } from "@smithy/core/client";
import type { MetadataBearer } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { mockAwsJsonClient, MockStubError, type AwsJsonServerService } from "../src/index.js";

/** A small hand-written client and command on @smithy/core, with one operation. */
interface ThingInput {
  name?: string;
  size?: number;
}
interface ThingOutput {
  label?: string;
  count?: number;
}

class ExampleClient extends Client<never, object, MetadataBearer, never> {
  constructor() {
    super({ requestHandler: { handle: async () => ({ response: undefined as never }) } } as never);
  }
}

class GetThingCommand extends Command.classBuilder<ThingInput, ThingOutput & MetadataBearer, never, object, MetadataBearer>()
  .m(() => [])
  .s("Example", "GetThing")
  .n("ExampleClient", "GetThingCommand")
  .build() {}

class NotFound extends Error {
  static readonly shapeId = "example#NotFound";
  override readonly name = "NotFound";
  constructor(readonly resource?: string) {
    super("not found");
  }
}

function writeThingOutput(value: ThingOutput, path: ValuePath = "$"): JsonObject {
  writeObject(value, path);
  const json: JsonObject = {};
  if (value.label != null) json.label = writeString(value.label, path, "label");
  if (value.count != null) json.count = writeInteger(value.count, path, "count");
  return json;
}

const service: AwsJsonServerService = {
  serviceName: "Example",
  targetPrefix: "Example_2024",
  contentType: "application/x-amz-json-1.0",
  constraints: {
    ThingOutput: { type: "structure", members: { label: { shape: "Label" }, count: { shape: "Count" } } },
    Label: { type: "string", length: { max: 3 } },
    Count: { type: "number", range: { min: 0 } },
    NotFound: { type: "structure", members: { resource: { shape: "Label" } } },
  },
  operations: {
    GetThing: {
      name: "GetThing",
      method: "getThing",
      outputShape: "ThingOutput",
      writeOutput: writeThingOutput as never,
      errors: [
        {
          code: "NotFound",
          errorClass: NotFound,
          status: 404,
          serialize: ((value: NotFound) => (value.resource != null ? { resource: value.resource } : {})) as never,
        },
      ],
    },
  },
};

describe("mockAwsJsonClient", () => {
  it("answers from the latest stub whose partial input matches, and records the calls", async () => {
    const client = new ExampleClient();
    const mock = mockAwsJsonClient(service, client);
    mock.on(GetThingCommand).resolves({ label: "any" });
    mock.on(GetThingCommand, { name: "big" }).resolves({ label: "big", count: 9 });
    expect(await client.send(new GetThingCommand({ name: "big", size: 1 }))).toEqual({ label: "big", count: 9, $metadata: expect.objectContaining({ httpStatusCode: 200 }) });
    expect(await client.send(new GetThingCommand({ name: "small" }))).toMatchObject({ label: "any" });
    expect(mock.callsOf(GetThingCommand)).toEqual([{ name: "big", size: 1 }, { name: "small" }]);
    mock.reset();
    await expect(client.send(new GetThingCommand({}))).rejects.toThrow("Example.GetThing: no stub answers the input {}");
  });

  it("refuses outputs the model forbids, naming the path", () => {
    const mock = mockAwsJsonClient(service, new ExampleClient());
    expect(() => mock.on(GetThingCommand).resolves({ label: 5 } as never)).toThrow(MockStubError);
    expect(() => mock.on(GetThingCommand).resolves({ label: 5 } as never)).toThrow("GetThing: the stubbed output: $.label: expected string, received number 5");
    expect(() => mock.on(GetThingCommand).resolves({ label: "toolong" })).toThrow("$.label length 7 is above the maximum 3");
    expect(() => mock.on(GetThingCommand).resolves({ count: -1 })).toThrow("$.count value -1 is below the minimum 0");
    expect(() => mock.on(GetThingCommand).resolves({ colour: "red" } as never)).toThrow("$.colour is not a member of the model");
  });

  it("refuses errors the operation does not throw, and checks the members of those it does", async () => {
    const client = new ExampleClient();
    const mock = mockAwsJsonClient(service, client);
    expect(() => mock.on(GetThingCommand).rejects(new RangeError("x"))).toThrow("GetThing does not throw RangeError: its errors are NotFound");
    expect(() => mock.on(GetThingCommand).rejects(new NotFound("much too long"))).toThrow("the stubbed NotFound: $.resource length 13 is above the maximum 3");
    const error = new NotFound("r1");
    mock.on(GetThingCommand).rejects(error);
    await expect(client.send(new GetThingCommand({}))).rejects.toBe(error);
  });

  it("mocks every instance of a class until restored", async () => {
    const send = ExampleClient.prototype.send;
    const mock = mockAwsJsonClient(service, ExampleClient).on(GetThingCommand).resolves({ count: 1 });
    expect(await new ExampleClient().send(new GetThingCommand({}))).toMatchObject({ count: 1 });
    mock.restore();
    expect(ExampleClient.prototype.send).toBe(send);
  });
});
