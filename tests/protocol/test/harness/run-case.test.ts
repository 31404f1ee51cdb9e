import { HttpRequest, type HttpHandler, type HttpResponse } from "@smithy/core/protocols";
import { describe, expect, it } from "vitest";
import { caseName, clientCases, type ProtocolCase } from "../../src/cases.js";
import type { ClientModule } from "../../src/client-module.js";
import { runCase } from "../../src/run-case.js";
import { modelOf, SMALL_SERVICE } from "./models.js";

const model = modelOf(SMALL_SERVICE);
const cases = clientCases(model, "awsJson1_0");
const caseNamed = (name: string): ProtocolCase => cases.find((c) => caseName(c) === name)!;

class Missing extends Error {
  static readonly shapeId = "example.small#Missing";
  override readonly name = "Missing";
  readonly $fault = "client";
  readonly $metadata: { httpStatusCode?: number };
  readonly Message?: string;
  constructor(options: { Message?: string; $metadata: { httpStatusCode?: number } }) {
    super(options.Message);
    this.Message = options.Message;
    this.$metadata = options.$metadata;
  }
}

interface Behaviour {
  /** The JSON body the fake client sends for an input. */
  body?: (input: Record<string, unknown>) => unknown;
  /** What the fake client makes of a response. */
  read?: (response: HttpResponse, body: Record<string, unknown>) => unknown;
}

/** A stand-in for a generated client package, so that the checks can be shown to catch a wrong client. */
function fakeClientModule(behaviour: Behaviour, inputs: unknown[] = []): ClientModule {
  class Command {
    constructor(readonly input: Record<string, unknown>) {}
  }
  class SmallClient {
    constructor(private readonly config: { requestHandler: HttpHandler }) {}
    async send(command: Command) {
      inputs.push(command.input);
      const request = new HttpRequest({
        method: "POST",
        hostname: "localhost",
        path: "/",
        headers: { "content-type": "application/x-amz-json-1.0" },
        body: JSON.stringify((behaviour.body ?? ((input) => input))(command.input)),
      });
      const { response } = await this.config.requestHandler.handle(request);
      const chunks: Buffer[] = [];
      for await (const chunk of response.body as AsyncIterable<Buffer>) chunks.push(chunk);
      const text = Buffer.concat(chunks).toString("utf8");
      const read = behaviour.read ?? ((r) => ({ $metadata: { httpStatusCode: r.statusCode } }));
      return read(response, text ? (JSON.parse(text) as Record<string, unknown>) : {});
    }
    destroy() {}
  }
  return { packageName: "@smithy-gen/small-client", exports: { SmallClient, PutCommand: Command, GetCommand: Command, Missing } };
}

const run = (name: string, module: ClientModule) => runCase({ model, clientModule: async () => module }, caseNamed(name));

describe("runCase", () => {
  it("passes a client that sends the expected request", async () => {
    await expect(run("PutSendsName:Request", fakeClientModule({}))).resolves.toBeUndefined();
  });

  it("fails a client whose request lacks a member, naming it", async () => {
    await expect(run("PutSendsName:Request", fakeClientModule({ body: () => ({}) }))).rejects.toThrow('body.name: expected "a", got nothing');
  });

  it("sends response cases the smallest valid input and compares the output", async () => {
    const inputs: unknown[] = [];
    await expect(run("PutSendsName:Response", fakeClientModule({}, inputs))).resolves.toBeUndefined();
    expect(inputs).toEqual([{ count: 0 }]);
    const extra = fakeClientModule({ read: (r) => ({ $metadata: { httpStatusCode: r.statusCode }, surprise: 1 }) });
    await expect(run("PutSendsName:Response", extra)).rejects.toThrow(/the output/);
  });

  it("passes the modelled error class with its members, and fails anything else", async () => {
    const throwing = (make: (body: Record<string, unknown>, status: number) => Error) =>
      fakeClientModule({
        read: (response, body) => {
          throw make(body, response.statusCode);
        },
      });
    const missing = (body: Record<string, unknown>, status: number) => new Missing({ Message: body.Message as string, $metadata: { httpStatusCode: status } });
    await expect(run("MissingIsParsed:Error", throwing(missing))).resolves.toBeUndefined();
    await expect(run("MissingIsParsed:Error", throwing(() => new Error("boom")))).rejects.toThrow("expected an instance of Missing, got Error: boom");
    const wrongMember = (_body: Record<string, unknown>, status: number) => new Missing({ Message: "other", $metadata: { httpStatusCode: status } });
    await expect(run("MissingIsParsed:Error", throwing(wrongMember))).rejects.toThrow(/the modelled members of Missing/);
    const wrongStatus = (body: Record<string, unknown>) => new Missing({ Message: body.Message as string, $metadata: { httpStatusCode: 400 } });
    await expect(run("MissingIsParsed:Error", throwing(wrongStatus))).rejects.toThrow("$metadata.httpStatusCode: expected 404, got 400");
  });
});
