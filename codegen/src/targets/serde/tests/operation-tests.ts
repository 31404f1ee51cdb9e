import { propertyAccess, propertyKey } from "../../../core/naming.js";
import type { TsFile } from "../../../core/ts-file.js";
import { shapeIdName } from "../../../model/shape-id.js";
import { getTrait } from "../../../model/model.js";
import { isNodeObject } from "../../../model/node.js";
import { UNIT, type OperationShape } from "../../../model/shapes.js";
import { roundTripFunction } from "./round-trip-tests.js";
import { containsHttpDate, idempotencyTokenMembers } from "./shape-facts.js";
import type { TestContext } from "./test-context.js";
import { wrongValue } from "./wrong-value.js";

export const OPERATION_TEST_FILE = "test/operations.test.ts";

/**
 * `test/operations.test.ts`: for each operation, the request it builds (method, path, headers,
 * JSON body), the output it reads with `$metadata`, and the typed errors for input of the wrong
 * type and for bodies that are not JSON, are truncated or have a value of the wrong type.
 */
export function writeOperationTests(context: TestContext): void {
  const { plan } = context;
  if (plan.supported.length === 0) return;
  const file = context.pkg.tsFile(OPERATION_TEST_FILE);
  file.declare("rejection");
  file.line(`${file.value(context.support.configureTests)}();`);
  file.line();
  file.line("/** What a promise rejects with (and `undefined` if it resolves). */");
  file.block("async function rejection(promise: Promise<unknown>): Promise<unknown> {", () => {
    file.line("return promise.then(() => undefined, (error: unknown) => error);");
  });
  writeEndpointTests(context, file, plan.supported[0]!);
  for (const operation of plan.supported) {
    file.line();
    writeOperationBlock(context, file, operation);
  }
}

/** The operation's `@endpoint(hostPrefix)`, if any. */
function hostPrefixOf(operation: OperationShape): string | undefined {
  const endpoint = getTrait(operation, "smithy.api#endpoint");
  return isNodeObject(endpoint) && typeof endpoint.hostPrefix === "string" ? endpoint.hostPrefix : undefined;
}

function vitest(file: TsFile, name: string): string {
  return file.value({ name, from: "vitest" });
}

/** Once per package: the endpoint's base path is kept; a non-JSON error body is a typed error too. */
function writeEndpointTests(context: TestContext, file: TsFile, operation: OperationShape): void {
  const { symbols, index } = context.target;
  const build = file.value(symbols.symbol(symbols.requestSerializerHome(operation), "serde"));
  const parse = file.value(symbols.symbol(symbols.responseDeserializerHome(operation), "serde"));
  const serdeContext = file.value(context.support.serdeContext);
  const response = file.value(context.support.response);
  const expect = vitest(file, "expect");
  const input = index.inputOf(operation) === UNIT ? "{}" : `{} as ${context.typeOf(file, index.inputOf(operation))}`;
  file.line();
  file.block(`${vitest(file, "describe")}("every operation", () => {`, () => {
    file.block(`${vitest(file, "it")}("keeps the base path and port of a custom endpoint", async () => {`, () => {
      file.line(`const context = { ...${serdeContext}({ hostname: "localhost", path: "/custom" }) };`);
      file.line(`const endpoint = { protocol: "http:", hostname: "localhost", port: 8080, path: "/custom" };`);
      file.line(`const request = await ${build}(${input}, { ...context, endpoint: async () => endpoint });`);
      const path = context.support.requestPath(shapeIdName(operation.id), "/custom");
      file.line(`${expect}(request).toMatchObject({ protocol: "http:", hostname: "localhost", port: 8080, path: ${JSON.stringify(path)} });`);
    }, "});");
    file.line();
    file.block(`${vitest(file, "it")}(${JSON.stringify(`an error response whose body is not ${context.support.bodyName} is a typed error with its status`)}, async () => {`, () => {
      file.line(`const thrown = await rejection(${parse}(${response}(502, "<html>Bad Gateway</html>"), ${serdeContext}()));`);
      file.line(`${expect}(thrown).toBeInstanceOf(${file.value(context.errors.deserialization)});`);
      file.line(`${expect}(thrown).toMatchObject({ path: "$", $fault: "server", $metadata: { httpStatusCode: 502 } });`);
    }, "});");
  }, "});");
}

function writeOperationBlock(context: TestContext, file: TsFile, operation: OperationShape): void {
  const { symbols, index, model } = context.target;
  const { support, errors } = context;
  const name = shapeIdName(operation.id);
  const describe = vitest(file, "describe");
  const it = vitest(file, "it");
  const expect = vitest(file, "expect");
  const assert = file.value({ name: "assert", from: "fast-check" });
  const asyncProperty = file.value({ name: "asyncProperty", from: "fast-check" });
  const fcParameters = file.value(support.fcParameters);
  const options = file.value(support.arbitraryOptions);
  const serdeContext = file.value(support.serdeContext);
  const response = file.value(support.response);
  const encode = file.value(support.encode);
  const build = file.value(symbols.symbol(symbols.requestSerializerHome(operation), "serde"));
  const parse = file.value(symbols.symbol(symbols.responseDeserializerHome(operation), "serde"));
  const input = index.inputOf(operation);
  const output = index.outputOf(operation);
  const metadata = `{ httpStatusCode: 200, requestId: "request-1" }`;

  file.block(`${describe}(${JSON.stringify(name)}, () => {`, () => {
    // The request.
    if (input === UNIT) {
      file.block(`${it}(${JSON.stringify(`sends {} to ${support.requestDescription(name)}`)}, async () => {`, () => {
        file.line(`const request = await ${build}({}, ${serdeContext}());`);
        file.line(`${expect}(${file.value(support.expectRequest)}(request, ${JSON.stringify(name)})).toEqual({});`);
      }, "});");
    } else {
      const inputShape = model.expectShape(input);
      const arbitrary = file.value(symbols.symbol(symbols.arbitraryHome(input), "serde"));
      const deserialize = file.value(context.converters.deserializer(input));
      const tokens = idempotencyTokenMembers(inputShape);
      const hostPrefix = hostPrefixOf(operation);
      // Generated host labels are rarely valid in a hostname: the body test leaves the prefix out.
      const bodyContext = hostPrefix === undefined ? `${serdeContext}()` : `{ ...${serdeContext}(), disableHostPrefix: true }`;
      file.block(`${it}(${JSON.stringify(`sends its input as ${support.bodyName} to ${support.requestDescription(name)}`)}, async () => {`, () => {
        file.block(`await ${assert}(`, () => {
          file.block(`${asyncProperty}(${arbitrary}(${options}), async (input) => {`, () => {
            file.line(`const request = await ${build}(input, ${bodyContext});`);
            file.line(`const sent = ${deserialize}(${file.value(support.expectRequest)}(request, ${JSON.stringify(name)}), "$");`);
            if (containsHttpDate(model, inputShape)) {
              file.line(`${expect}(sent).toEqual((${roundTripFunction(context, file, inputShape)})(input));`);
            } else if (tokens.length) {
              file.line("// Absent idempotency tokens are filled in with fresh UUIDs.");
              for (const member of tokens) {
                file.line(`if (${propertyAccess("input", member.name)} == null) ${expect}(${propertyAccess("sent", member.name)}).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);`);
              }
              const fills = tokens.map((member) => `${propertyKey(member.name)}: ${propertyAccess("input", member.name)} ?? ${propertyAccess("sent", member.name)}`);
              file.line(`${expect}(sent).toEqual({ ...${context.expected.of(file, input, "input")}, ${fills.join(", ")} });`);
            } else {
              // Read back, defaults left out come back filled in (the top-level ones by the reader).
              file.line(`${expect}(sent).toEqual(${context.expected.of(file, input, "input")});`);
            }
          }, "}),");
          file.line(`${fcParameters},`);
        }, ");");
      }, "});");
      if (hostPrefix !== undefined) {
        const labels = [...hostPrefix.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((match) => match[1]!);
        const hostname = `${hostPrefix.replace(/\{[A-Za-z_][A-Za-z0-9_]*\}/g, "label")}example.com`;
        file.line();
        file.block(`${it}(${JSON.stringify(`prefixes the hostname: ${hostname}`)}, async () => {`, () => {
          file.block(`await ${assert}(`, () => {
            file.block(`${asyncProperty}(${arbitrary}(${options}), async (generated) => {`, () => {
              file.line(`const input = { ...generated, ${labels.map((label) => `${propertyKey(label)}: "label"`).join(", ")} };`);
              file.line(`${expect}((await ${build}(input, ${serdeContext}())).hostname).toBe(${JSON.stringify(hostname)});`);
              file.line(`${expect}((await ${build}(input, { ...${serdeContext}(), disableHostPrefix: true })).hostname).toBe("example.com");`);
            }, "}),");
            file.line(`${fcParameters},`);
          }, ");");
        }, "});");
      }
      const wrong = wrongValue(model, inputShape, "input", context.propertyName);
      if (wrong) {
        file.line();
        file.block(`${it}(${JSON.stringify(`rejects input of the wrong type at ${wrong.path}`)}, async () => {`, () => {
          file.line(`const input = ${wrong.expression} as unknown as ${context.typeOf(file, input)};`);
          file.line(`const thrown = await rejection(${build}(input, ${serdeContext}()));`);
          file.line(`${expect}(thrown).toBeInstanceOf(${file.value(errors.serialization)});`);
          file.line(`${expect}(thrown).toMatchObject({ operation: ${JSON.stringify(name)}, path: ${JSON.stringify(wrong.path)} });`);
        }, "});");
      }
    }

    // The response.
    file.line();
    if (output === UNIT) {
      file.block(`${it}("reads its empty output, ignoring whatever body comes", async () => {`, () => {
        file.block(`for (const body of ["", "{}", '{"unexpected":true}', "not JSON"]) {`, () => {
          file.line(`const parsed = await ${parse}(${response}(200, body, { "x-amzn-requestid": "request-1" }), ${serdeContext}());`);
          file.line(`${expect}(parsed).toEqual({ $metadata: ${metadata} });`);
        });
      }, "});");
      return;
    }
    const outputShape = model.expectShape(output);
    const arbitrary = file.value(symbols.symbol(symbols.arbitraryHome(output), "serde"));
    const serialize = file.value(context.converters.serializer(output));
    file.block(`${it}("reads its output with $metadata", async () => {`, () => {
      file.block(`await ${assert}(`, () => {
        file.block(`${asyncProperty}(${arbitrary}(${options}), async (output) => {`, () => {
          file.line(`const body = ${encode}(${serialize}(output));`);
          file.line(`const parsed = await ${parse}(${response}(200, body, { "x-amzn-requestid": "request-1" }), ${serdeContext}());`);
          const expected = containsHttpDate(model, outputShape) ? `(${roundTripFunction(context, file, outputShape)})(output)` : context.expected.of(file, output, "output");
          file.line(`${expect}(parsed).toEqual({ ...${expected}, $metadata: ${metadata} });`);
        }, "}),");
        file.line(`${fcParameters},`);
      }, ");");
    }, "});");
    const deserializationError = file.value(errors.deserialization);
    const malformed = (title: string, body: string, path: string): void => {
      file.line();
      file.block(`${it}(${JSON.stringify(title)}, async () => {`, () => {
        file.line(`const thrown = await rejection(${parse}(${response}(200, ${body}, { "x-amzn-requestid": "request-1" }), ${serdeContext}()));`);
        file.line(`${expect}(thrown).toBeInstanceOf(${deserializationError});`);
        file.line(`${expect}(thrown).toMatchObject({ operation: ${JSON.stringify(name)}, path: ${JSON.stringify(path)}, $metadata: ${metadata} });`);
      }, "});");
    };
    malformed(`a body that is not ${support.bodyName} is a typed error at $`, `"<html>Service Unavailable</html>"`, "$");
    const wrong = wrongValue(model, outputShape, "output", context.propertyName);
    const sample = wrong ? `${encode}(${wrong.expression})` : `${encode}(${support.truncatableValue})`;
    malformed("a truncated body is a typed error at $", `${sample}.subarray(0, -1)`, "$");
    if (wrong) malformed(`a value of the wrong type is a typed error at ${wrong.path}`, `${encode}(${wrong.expression})`, wrong.path);
  }, "});");
}
