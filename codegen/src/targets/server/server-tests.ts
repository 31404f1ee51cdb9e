import type { PackageBuilder } from "../../core/generated-package.js";
import { propertyAccess, propertyKey, stringLiteral } from "../../core/naming.js";
import { runtimeSymbol } from "../../core/runtime-symbols.js";
import type { TargetContext } from "../../core/target.js";
import type { TsFile } from "../../core/ts-file.js";
import { hasTrait } from "../../model/model.js";
import { shapeIdName } from "../../model/shape-id.js";
import { UNIT, type OperationShape, type StructureShape } from "../../model/shapes.js";
import { outputEventStream } from "../../protocols/features.js";
import { chooseExampleOperation } from "../examples/example-operation.js";
import type { SerdePlan } from "../serde/serde-plan.js";
import { createGeneratorContext } from "../serde/generator-context.js";
import { serdeErrorClasses } from "../serde/error-classes.js";
import { writeExpectedValues, type ExpectedValues } from "../serde/tests/expected-values.js";
import { memberProperties } from "../types/member-names.js";
import { requiredOnTheWire } from "./constraint-table.js";
import { errorStatus, validationErrorOf } from "./server-errors.js";

/**
 * `test/server.test.ts`: for every operation, through the generated client and the server in
 * process, any modelled input arrives at the handler deep-equal, any modelled output arrives at the
 * client deep-equal, and any modelled error the handler throws arrives as its class with its
 * members; an input missing a required member is answered with the operation's validation error
 * naming the member; the example operation once more over HTTP.
 */
export function writeServerTests(context: TargetContext, pkg: PackageBuilder, plan: SerdePlan): void {
  const { symbols, index, model } = context;
  const file = pkg.tsFile("test/server.test.ts");
  const vitest = (name: string) => file.value({ name, from: "vitest" });
  const fc = (name: string) => file.value({ name, from: "fast-check" });
  const describe = vitest("describe");
  const it = vitest("it");
  const expect = vitest("expect");
  const beforeAll = vitest("beforeAll");
  const createServer = file.value(symbols.symbol(symbols.createServerHome(), "server"));
  const handlersType = file.type(symbols.symbol(symbols.handlersHome(), "server"));
  const client = file.value(symbols.symbol(symbols.clientHome(), "server"));
  const arbitrary = (id: string) => file.value(symbols.symbol(symbols.arbitraryHome(id), "server"));
  const arbitraryOptions = file.type(runtimeSymbol("@smithy-gen/arbitraries", "ArbitraryOptions"));
  // What a value arrives as: members left out take their `@default` (the server fills in the input's,
  // the client writes nested ones and reads the output's), as the serde package's tests expect too.
  const view = createGeneratorContext(context, pkg, plan, serdeErrorClasses(context));
  const expectedValues = writeExpectedValues({ target: context, pkg, plan, typeOf: view.typeOf, propertyName: view.propertyName });

  file.line(`/** Runs per property; set \`FC_NUM_RUNS\` for more. fast-check prints the seed of a failing run. */`);
  file.line(`const fcParameters = { numRuns: Number(process.env.FC_NUM_RUNS ?? 10) };`);
  file.line(`/** Only the values the model lists: the server rejects an enum value it does not know, as the service does. */`);
  file.line(`const options: ${arbitraryOptions} = { maxDepth: Number(process.env.FC_MAX_DEPTH ?? 1) };`);
  file.line("const timeout = 120_000;");
  file.line();
  const nodeHandler = file.value({ name: "NodeHttpHandler", from: "@smithy/node-http-handler" });
  const httpHandler = file.type({ name: "HttpHandler", from: "@smithy/protocol-http" });
  file.doc(["Sends every request over HTTP to the listening server, wherever the endpoint rules point it (an account's host, say)."]);
  file.block(`function overHttp(url: string): ${httpHandler} {`, () => {
    file.line(`const handler = new ${nodeHandler}();`);
    file.line("const { hostname, port } = new URL(url);");
    file.block("return {", () => {
      file.line(`handle: (request, options) => handler.handle(Object.assign(Object.create(Object.getPrototypeOf(request) as object) as typeof request, request, { protocol: "http:", hostname, port: Number(port) }), options),`);
      file.line("updateHttpClientConfig: () => {},", "httpHandlerConfigs: () => ({}),");
    }, "};");
  });
  file.line();
  file.doc(["A client whose requests reach a server with `handlers`, in process, or the server at `listening` over HTTP."]);
  file.block(`function clientOf(handlers: Partial<${handlersType}>, listening?: string): ${client} {`, () => {
    file.block(`return new ${client}({`, () => {
      file.line(`region: "us-east-1",`, `credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },`, "maxAttempts: 1,");
      // An endpoint of our own: rules that read the input (an ARN's Region, say) would refuse arbitrary values.
      file.line(`endpoint: "https://localhost",`);
      file.line(`requestHandler: listening ? overHttp(listening) : ${createServer}(handlers).requestHandler,`);
    }, "});");
  });
  file.line();
  file.block(`${beforeAll}(() => {`, () => {
    file.line("// JSON writes 0 and -0 alike, and NaN as NaN: compare numbers as the wire keeps them.");
    file.line(`${expect}.addEqualityTesters([(a: unknown, b: unknown) => (typeof a === "number" && typeof b === "number" ? a === b || (Number.isNaN(a) && Number.isNaN(b)) : undefined)]);`);
  }, "});");

  file.line();
  file.block(`${describe}("through the client, in process: input, output and errors arrive deep-equal", () => {`, () => {
    plan.supported.forEach((operation, position) => {
      if (position > 0) file.line();
      writeRoundTrip(context, file, operation, { it, expect, fc, arbitrary, options: "options", expected: expectedValues });
    });
  }, "});");

  if (plan.eventStreams.length) {
    file.line();
    file.block(`${describe}("event streams, in process: the handler's events arrive deep-equal, its stream's errors as their classes", () => {`, () => {
      plan.eventStreams.forEach((operation, position) => {
        if (position > 0) file.line();
        writeEventStreamRoundTrip(context, file, operation, { it, expect, fc, arbitrary, options: "options", expected: expectedValues });
      });
    }, "});");
  }

  const required = plan.supported.filter((operation) => firstRequiredMember(context, operation) !== undefined);
  if (required.length) {
    file.line();
    file.block(`${describe}("input missing a required member is answered with the validation error, naming the member", () => {`, () => {
      const server = createServer;
      required.forEach((operation, position) => {
        if (position > 0) file.line();
        const member = firstRequiredMember(context, operation)!;
        const name = shapeIdName(operation.id);
        const validation = validationErrorOf(context, operation);
        const validationShape = validation ? index.errorsOf(operation).find((id) => shapeIdName(id) === validation) : undefined;
        const status = validationShape ? errorStatus(model.expectShape(validationShape) as StructureShape) : 400;
        file.block(`${it}(${stringLiteral(`${name}: {} lacks ${member}`)}, async () => {`, () => {
          file.block(`const response = await ${server}({}).handle({`, () => {
            file.line(`method: "POST",`, `protocol: "http:",`, `hostname: "localhost",`, `path: "/",`, "query: {},");
            file.line(`headers: { "content-type": ${stringLiteral(plan.protocol!.contentType)}, "x-amz-target": ${stringLiteral(`${shapeIdName(index.service.id)}.${name}`)} },`);
            file.line(`body: "{}",`);
          }, "});");
          file.line(`const body = JSON.parse(new TextDecoder().decode(response.body)) as { __type: string; message: string };`);
          file.line(`${expect}(response.statusCode).toBe(${status});`);
          file.line(`${expect}(body.__type).toBe(${stringLiteral(validation ?? "ValidationException")});`);
          file.line(`${expect}(body.message).toContain(${stringLiteral(`$.${member}`)});`);
        }, "});");
      });
    }, "});");
  }

  const example = chooseExampleOperation(context, plan.supported);
  if (example) {
    const command = file.value(symbols.symbol(symbols.commandHome(example), "server"));
    const input = index.inputOf(example);
    const output = index.outputOf(example);
    const method = symbols.methodName(example);
    file.line();
    file.block(`${describe}("over HTTP", () => {`, () => {
      file.block(`${it}(${stringLiteral(`${shapeIdName(example.id)}: input and output arrive deep-equal through a socket`)}, async () => {`, () => {
        const args = [input === UNIT ? `${fc("constant")}({})` : acceptedInputs(context, file, example, `${arbitrary(input)}(options)`), output === UNIT ? `${fc("constant")}(undefined)` : `${arbitrary(output)}(options)`];
        file.line("const calls: unknown[] = [];");
        file.line("let answer: unknown;");
        file.line(`const listening = await ${createServer}({ ${method}: async (input) => (calls.push(input), answer as never) }).listen(0);`);
        file.block("try {", () => {
          file.line(`const client = clientOf({}, listening.url);`);
          file.block(`await ${fc("assert")}(`, () => {
            file.block(`${fc("asyncProperty")}(${args.join(", ")}, async (input, output) => {`, () => {
              file.line("calls.length = 0;", "answer = output;");
              file.line(`const { $metadata, ...received } = await client.send(new ${command}(input));`);
              file.line(`${expect}($metadata.httpStatusCode).toBe(200);`);
              file.line(`${expect}(${receivedCalls(context, example)}).toEqual([${input === UNIT ? "input" : expectedValues.of(file, input, "input")}]);`);
              file.line(`${expect}(received).toEqual(${output === UNIT ? "{}" : expectedValues.of(file, output, "output")});`);
            }, "}),");
            file.line("fcParameters,");
          }, ");");
        }, "} finally {");
        file.indent(() => file.line("await listening.close();"));
        file.line("}");
      }, "}, timeout);");
    }, "});");
  }
}

interface TestSymbols {
  readonly it: string;
  readonly expect: string;
  readonly fc: (name: string) => string;
  readonly arbitrary: (id: string) => string;
  readonly options: string;
  readonly expected: ExpectedValues;
}

function writeRoundTrip(context: TargetContext, file: TsFile, operation: OperationShape, names: TestSymbols): void {
  const { symbols, index, model } = context;
  const { it, expect, fc, arbitrary, options, expected } = names;
  const name = shapeIdName(operation.id);
  const method = symbols.methodName(operation);
  const command = file.value(symbols.symbol(symbols.commandHome(operation), "server"));
  const input = index.inputOf(operation);
  const output = index.outputOf(operation);
  const errors = index.errorsOf(operation);
  const inputArbitrary = input === UNIT ? `${fc("constant")}({})` : acceptedInputs(context, file, operation, `${arbitrary(input)}(${options})`);
  const outputArbitrary = output === UNIT ? `${fc("constant")}(undefined)` : `${arbitrary(output)}(${options})`;
  file.block(`${it}(${stringLiteral(name)}, async () => {`, () => {
    file.block(`await ${fc("assert")}(`, () => {
      file.block(`${fc("asyncProperty")}(${inputArbitrary}, ${outputArbitrary}, async (input, output) => {`, () => {
        file.line("const calls: unknown[] = [];");
        file.line(`const client = clientOf({ ${method}: async (received) => (calls.push(received), output as never) });`);
        file.line(`const { $metadata, ...received } = await client.send(new ${command}(input));`);
        file.line(`${expect}($metadata.httpStatusCode).toBe(200);`);
        file.line(`${expect}(${receivedCalls(context, operation)}).toEqual([${input === UNIT ? "input" : expected.of(file, input, "input")}]);`);
        file.line(`${expect}(received).toEqual(${output === UNIT ? "{}" : expected.of(file, output, "output")});`);
      }, "}),");
      file.line("fcParameters,");
    }, ");");
    if (errors.length === 0) return;
    file.line();
    // One property over all of the operation's errors: each is thrown by the handler and caught by the client.
    const entries = errors.map((id) => {
      const shape = model.expectShape(id) as StructureShape;
      return { id, shape, status: errorStatus(shape) };
    });
    file.block("const errors = [", () => {
      for (const entry of entries) {
        const errorClass = file.value(symbols.symbol(symbols.typeHome(entry.id), "server"));
        // The members as they arrive: a left-out member takes its `@default`, an empty message reads as none.
        const members = memberProperties(model, entry.shape).map(({ member, property }) => {
          // Through a local: TypeScript narrows `caught.x` after `caught.x == null`, not `(error as X).x`.
          const access = `caught${propertyAccess("", property)}`;
          return property === "message" ? `...(thrown.message ? { message: (error as Error).message } : {})` : `${propertyKey(property)}: ${expected.ofMember(file, member, access)}`;
        });
        file.block("{", () => {
          file.line(`errorClass: ${errorClass},`, `status: ${entry.status},`, `arbitrary: ${arbitrary(entry.id)}(${options}),`);
          if (members.length === 0) file.line("members: (_error: unknown, _thrown: Error) => ({}),");
          else {
            file.block("members: (error: unknown, thrown: Error) => {", () => {
              file.line(`const caught = error as ${errorClass};`);
              file.block("return {", () => file.line(...members.map((member) => `${member},`)), "};");
            }, "},");
          }
        }, "},");
      }
    }, "] as const;");
    file.block(`await ${fc("assert")}(`, () => {
      const choice = `${fc("constantFrom")}(...errors).chain((entry) => ${fc("tuple")}(${fc("constant")}(entry), entry.arbitrary as ${fc("Arbitrary")}<Error>))`;
      file.block(`${fc("asyncProperty")}(${inputArbitrary}, ${choice}, async (input, [entry, thrown]) => {`, () => {
        file.line(`const client = clientOf({ ${method}: async () => { throw thrown; } });`);
        file.line(`const caught = await client.send(new ${command}(input)).then(() => undefined, (error: unknown) => error);`);
        file.line(`${expect}(caught).toBeInstanceOf(entry.errorClass);`);
        file.line(`${expect}((caught as { $metadata: { httpStatusCode?: number } }).$metadata.httpStatusCode).toBe(entry.status);`);
        file.line(`${expect}(entry.members(caught, thrown)).toEqual(entry.members(thrown, thrown));`);
      }, "}),");
      file.line("fcParameters,");
    }, ");");
  }, "}, timeout);");
}

/**
 * An operation whose output is an event stream: any modelled input arrives deep-equal, the events
 * the handler's async iterable yields arrive at the client's loop deep-equal and in order, and each
 * error of the union the iterable throws ends the client's loop as its class.
 */
function writeEventStreamRoundTrip(context: TargetContext, file: TsFile, operation: OperationShape, names: TestSymbols): void {
  const { symbols, index, model } = context;
  const { it, expect, fc, arbitrary, options, expected } = names;
  const stream = outputEventStream(model, operation)!;
  const property = stream.member.name;
  const method = symbols.methodName(operation);
  const command = file.value(symbols.symbol(symbols.commandHome(operation), "server"));
  const input = index.inputOf(operation);
  const inputArbitrary = input === UNIT ? `${fc("constant")}({})` : acceptedInputs(context, file, operation, `${arbitrary(input)}(${options})`);
  const members = [...stream.union.members.values()];
  const isError = (id: string) => hasTrait(model.expectShape(id), "smithy.api#error");
  const events = members.filter((member) => !isError(member.target));
  const errors = members.filter((member) => isError(member.target));
  const streamOf = (body: string) => `({ ${propertyKey(property)}: (async function* () { ${body} })() } as never)`;
  file.block(`${it}(${stringLiteral(shapeIdName(operation.id))}, async () => {`, () => {
    if (events.length) {
      const arms = events.map((member) => {
        const value = `${arbitrary(member.target)}(${options})`;
        return `${value}.map((value) => [{ ${propertyKey(member.name)}: value }, { ${propertyKey(member.name)}: ${expected.of(file, member.target, "value")} }] as const)`;
      });
      file.block(`await ${fc("assert")}(`, () => {
        file.block(`${fc("asyncProperty")}(${inputArbitrary}, ${fc("array")}(${fc("oneof")}(${arms.join(", ")}), { maxLength: 5 }), async (input, events) => {`, () => {
          file.line("const calls: unknown[] = [];");
          file.line(`const client = clientOf({ ${method}: async (received) => (calls.push(received), ${streamOf("for (const [event] of events) yield event;")}) });`);
          file.line(`const output = await client.send(new ${command}(input));`);
          file.line(`${expect}(output.$metadata.httpStatusCode).toBe(200);`);
          file.line(`${expect}(${receivedCalls(context, operation)}).toEqual([${input === UNIT ? "input" : expected.of(file, input, "input")}]);`);
          file.line("const received: unknown[] = [];");
          file.line(`for await (const event of output${propertyAccess("", property)} ?? []) received.push(event);`);
          file.line(`${expect}(received).toEqual(events.map(([, arrives]) => arrives));`);
        }, "}),");
        file.line("fcParameters,");
      }, ");");
    }
    if (errors.length === 0) return;
    if (events.length) file.line();
    file.block("const errors = [", () => {
      for (const member of errors) {
        const errorClass = file.value(symbols.symbol(symbols.typeHome(member.target), "server"));
        file.line(`{ errorClass: ${errorClass}, arbitrary: ${arbitrary(member.target)}(${options}) },`);
      }
    }, "] as const;");
    file.block(`await ${fc("assert")}(`, () => {
      const choice = `${fc("constantFrom")}(...errors).chain((entry) => ${fc("tuple")}(${fc("constant")}(entry), entry.arbitrary as ${fc("Arbitrary")}<Error>))`;
      file.block(`${fc("asyncProperty")}(${inputArbitrary}, ${choice}, async (input, [entry, thrown]) => {`, () => {
        file.line(`const client = clientOf({ ${method}: async () => ${streamOf("throw thrown;")} });`);
        file.line(`const output = await client.send(new ${command}(input));`);
        file.line("let caught: unknown;");
        file.line("try {");
        file.indent(() => file.line(`for await (const _event of output${propertyAccess("", property)} ?? []) throw new Error("no event was sent");`));
        file.line("} catch (error) {");
        file.indent(() => file.line("caught = error;"));
        file.line("}");
        file.line(`${expect}(caught).toBeInstanceOf(entry.errorClass);`);
        file.line(`${expect}((caught as Error).message).toBe(thrown.message || "UnknownError");`);
      }, "}),");
      file.line("fcParameters,");
    }, ");");
  }, "}, timeout);");
}

/** The first member of the operation's input that must be on the wire, if any. */
function firstRequiredMember(context: TargetContext, operation: OperationShape): string | undefined {
  const input = context.index.inputOf(operation);
  if (input === UNIT) return undefined;
  const shape = context.model.expectShape(input) as StructureShape;
  return [...shape.members.values()].find(requiredOnTheWire)?.name;
}

/**
 * The arbitrary of an operation's input as the server accepts it: `@required` members that are also
 * `@clientOptional` are optional in the types (and their arbitraries) but required on the wire, so
 * inputs that leave one out, at any depth, are filtered away (by the constraint table's `required`).
 */
export function acceptedInputs(context: TargetContext, file: TsFile, operation: OperationShape, arbitrary: string): string {
  return acceptedValues(context, file, context.index.inputOf(operation), arbitrary);
}

/** The same for any shape's values: those an output stub is checked against, say. */
export function acceptedValues(context: TargetContext, file: TsFile, input: string, arbitrary: string): string {
  const { model, symbols } = context;
  if (input === UNIT) return arbitrary;
  const seen = new Set<string>();
  let optionalInTypes = false;
  const visit = (id: string): void => {
    if (seen.has(id) || optionalInTypes) return;
    seen.add(id);
    const shape = model.getShape(id);
    if (!shape) return;
    if (shape.type === "structure" || shape.type === "union") {
      for (const member of shape.members.values()) {
        if (requiredOnTheWire(member) && hasTrait(member, "smithy.api#clientOptional")) optionalInTypes = true;
        visit(member.target);
      }
    } else if (shape.type === "list" || shape.type === "set") visit(shape.member.target);
    else if (shape.type === "map") visit(shape.value.target);
  };
  visit(input);
  if (!optionalInTypes) return arbitrary;
  const check = file.value(runtimeSymbol("@smithy-gen/aws-json-server", "checkConstraints"));
  const table = file.value(symbols.symbol(symbols.constraintsHome(), "server"));
  return `${arbitrary}.filter((value) => !${check}(${table}, ${stringLiteral(symbols.shapeName(input))}, value).some((violation) => violation.constraint === "required"))`;
}

/**
 * `calls`, the inputs the handler received, as the property compares them: the client fills an
 * `@idempotencyToken` member the input leaves out with a fresh token, which any value satisfies,
 * so such a member counts as absent (`toEqual` ignores properties set to undefined).
 */
function receivedCalls(context: TargetContext, operation: OperationShape): string {
  const input = context.index.inputOf(operation);
  if (input === UNIT) return "calls";
  const shape = context.model.getShape(input);
  if (shape?.type !== "structure") return "calls";
  const tokens = memberProperties(context.model, shape).filter(({ member }) => hasTrait(member, "smithy.api#idempotencyToken"));
  if (tokens.length === 0) return "calls";
  const cleared = tokens.map(({ property }) => `...(${propertyAccess("input", property)} == null ? { ${propertyKey(property)}: undefined } : {})`).join(", ");
  return `calls.map((call) => ({ ...(call as object), ${cleared} }))`;
}
