import { propertyAccess, propertyKey } from "../../../core/naming.js";
import { isErrorShape } from "../../../core/symbols.js";
import { getTrait } from "../../../model/model.js";
import { compareCodeUnits, isNodeObject } from "../../../model/node.js";
import type { ShapeId } from "../../../model/shape-id.js";
import { shapeIdName } from "../../../model/shape-id.js";
import type { OperationShape, Shape, StructureShape } from "../../../model/shapes.js";
import { memberProperties } from "../../types/member-names.js";
import { containsHttpDate } from "./shape-facts.js";
import type { TestContext } from "./test-context.js";

export const ERROR_TEST_FILE = "test/errors.test.ts";

/** The status a service sends an error with: `@httpError`, else 400 for client errors and 500 for server errors. */
export function errorStatus(shape: Shape): number {
  const status = getTrait(shape, "smithy.api#httpError");
  if (typeof status === "number") return status;
  return getTrait(shape, "smithy.api#error") === "server" ? 500 : 400;
}

/**
 * `test/errors.test.ts`: every modelled error, sent in every way the protocol allows, becomes
 * its class with the same members; every operation maps each of its error codes to the right
 * class; an unknown code becomes the service exception with the code as its name.
 */
export function writeErrorTests(context: TestContext): void {
  const { symbols, model, index } = context.target;
  const { plan, support } = context;
  if (plan.supported.length === 0) return;
  const file = context.pkg.tsFile(ERROR_TEST_FILE);
  const describe = file.value({ name: "describe", from: "vitest" });
  const it = file.value({ name: "it", from: "vitest" });
  const expect = file.value({ name: "expect", from: "vitest" });
  const assert = file.value({ name: "assert", from: "fast-check" });
  const asyncProperty = file.value({ name: "asyncProperty", from: "fast-check" });
  const fcParameters = file.value(support.fcParameters);
  const serdeContext = file.value(support.serdeContext);
  const response = file.value(support.response);
  const serviceException = file.value(symbols.symbol(symbols.serviceExceptionHome(), "serde"));
  const parserOf = (operation: OperationShape): string => file.value(symbols.symbol(symbols.responseDeserializerHome(operation), "serde"));
  file.declare("rejection");
  file.line(`${file.value(support.configureTests)}();`);
  file.line();
  file.line("/** What a promise rejects with (and `undefined` if it resolves). */");
  file.block("async function rejection(promise: Promise<unknown>): Promise<unknown> {", () => {
    file.line("return promise.then(() => undefined, (error: unknown) => error);");
  });

  // Each error once, through the first operation (by id) that can return it.
  const firstOperation = new Map<ShapeId, OperationShape>();
  for (const operation of plan.supported) for (const error of index.errorsOf(operation)) if (!firstOperation.has(error)) firstOperation.set(error, operation);
  const errors = [...firstOperation.keys()].sort(compareCodeUnits).map((id) => model.expectShape(id)).filter(isErrorShape) as StructureShape[];
  if (errors.length) {
    file.line();
    file.block(`${describe}("a modelled error, however the response names it, becomes its class with the same members", () => {`, () => {
      errors.forEach((shape, i) => {
        if (i > 0) file.line();
        const operation = firstOperation.get(shape.id)!;
        const errorClass = file.value(symbols.symbol(symbols.typeHome(shape.id), "serde"));
        const arbitrary = file.value(symbols.symbol(symbols.arbitraryHome(shape.id), "serde"));
        const serialize = file.value(context.converters.serializer(shape.id));
        const status = errorStatus(shape);
        const entries = memberProperties(model, shape);
        const properties = entries.map((entry) => entry.property);
        const members = (name: string): string =>
          `{ ${properties.map((property) => `${propertyKey(property)}: ${propertyAccess(name, property)}`).join(", ")} }`;
        // What the parsed error's members should be: the generated ones, left-out defaults filled in;
        // the message is the first non-empty of `message` and `Message`, else "UnknownError".
        const messageFallback = entries.find((entry) => entry.member.name === "Message" && model.expectShape(entry.member.target).type === "string");
        const expectedMessage = (name: string): string =>
          [propertyAccess(name, "message"), ...(messageFallback ? [propertyAccess(name, messageFallback.property)] : []), '"UnknownError"'].join(" || ");
        const expectedMembers = (name: string): string =>
          `{ ${entries
            .map(({ member, property, inherited }) =>
              `${propertyKey(property)}: ${inherited ? expectedMessage(name) : context.expected.ofMember(file, member, propertyAccess(name, property))}`,
            )
            .join(", ")} }`;
        file.block(`${it}(${JSON.stringify(`${symbols.shapeName(shape.id)} (${shape.id}), from ${shapeIdName(operation.id)}`)}, async () => {`, () => {
          file.block(`await ${assert}(`, () => {
            file.block(`${asyncProperty}(${arbitrary}(${file.value(support.arbitraryOptions)}), async (error) => {`, () => {
              const options: string[] = [];
              if ([...shape.members.keys()].some((name) => name.toLowerCase() === "code")) options.push("hasCodeMember: true");
              const queryError = getTrait(shape, "aws.protocols#awsQueryError");
              if (isNodeObject(queryError) && typeof queryError.code === "string") options.push(`queryCode: ${JSON.stringify(queryError.code)}`);
              const optionsArgument = options.length ? `, { ${options.join(", ")} }` : "";
              file.line(`const variants = ${file.value(support.errorResponses)}(${status}, ${JSON.stringify(shape.id)}, ${serialize}(error)${optionsArgument});`);
              file.block("for (const { description, response } of variants) {", () => {
                file.line(`const thrown = await rejection(${parserOf(operation)}(response, ${serdeContext}()));`);
                file.line(`${expect}(thrown, description).toBeInstanceOf(${errorClass});`);
                file.line(`const parsed = thrown as ${errorClass};`);
                if (properties.length && containsHttpDate(model, shape)) {
                  // http-date timestamps have no fraction of a second: expect what a direct round trip keeps.
                  const deserialize = file.value(context.converters.deserializer(shape.id));
                  const wire = `${file.value(support.decode)}(${file.value(support.encode)}(${serialize}(error)))`;
                  file.line(`const expected = ${deserialize}(${wire}, "$", {});`);
                  file.line(`${expect}(${members("parsed")}, description).toEqual(${members("expected")});`);
                } else if (properties.length) {
                  file.line(`${expect}(${members("parsed")}, description).toEqual(${expectedMembers("error")});`);
                }
                file.line(`${expect}(parsed.$metadata.httpStatusCode).toBe(${status});`);
                file.line(`${expect}(parsed.$fault).toBe(error.$fault);`);
              });
            }, "}),");
            file.line(`${fcParameters},`);
          }, ");");
        }, "});");
      });
    }, "});");
  }

  file.line();
  file.block(`${describe}("each operation maps each of its error codes to the error's class", () => {`, () => {
    plan.supported.forEach((operation, i) => {
      if (i > 0) file.line();
      const codes = index
        .errorsOf(operation)
        .map((id) => model.expectShape(id))
        .filter(isErrorShape)
        .sort((a, b) => compareCodeUnits(shapeIdName(a.id), shapeIdName(b.id)));
      file.block(`${it}(${JSON.stringify(shapeIdName(operation.id))}, async () => {`, () => {
        if (codes.length) {
          file.block("const errors = [", () => {
            for (const shape of codes) {
              file.line(`[${JSON.stringify(shapeIdName(shape.id))}, ${errorStatus(shape)}, ${file.value(symbols.symbol(symbols.typeHome(shape.id), "serde"))}],`);
            }
          }, "] as const;");
          file.block("for (const [code, status, errorClass] of errors) {", () => {
            file.line(`const thrown = await rejection(${parserOf(operation)}(${response}(status, ${support.body(file, "{ __type: code }")}), ${serdeContext}()));`);
            file.line(`${expect}(thrown, code).toBeInstanceOf(errorClass);`);
          });
        }
        file.line(`const unknown = await rejection(${parserOf(operation)}(${response}(400, ${support.body(file, '{ __type: "NotInTheModel" }')}), ${serdeContext}()));`);
        file.line(`${expect}(unknown).toBeInstanceOf(${serviceException});`);
        file.line(`${expect}((unknown as Error).name).toBe("NotInTheModel");`);
      }, "});");
    });
  }, "});");

  const operation = plan.supported[0]!;
  const parse = parserOf(operation);
  file.line();
  file.block(`${describe}("an error code the model does not describe becomes a ${symbols.serviceExceptionHome().name}", () => {`, () => {
    file.block(`${it}("named by the code, with the message, status, request id and the fault of the status", async () => {`, () => {
      file.line(`const body = ${support.body(file, '{ __type: "com.example#Unmodelled", message: "it broke" }')};`);
      file.line(`const thrown = await rejection(${parse}(${response}(503, body, { "x-amzn-requestid": "request-1" }), ${serdeContext}()));`);
      file.line(`${expect}(thrown).toBeInstanceOf(${serviceException});`);
      file.line(`const error = thrown as InstanceType<typeof ${serviceException}>;`);
      file.line(`${expect}(error.name).toBe("Unmodelled");`);
      file.line(`${expect}(error.message).toBe("it broke");`);
      file.line(`${expect}(error.$fault).toBe("server");`);
      file.line(`${expect}(error.$metadata).toMatchObject({ httpStatusCode: 503, requestId: "request-1" });`);
    }, "});");
    file.line();
    file.block(`${it}("a 4xx response without any code is a client fault named Unknown", async () => {`, () => {
      file.line(`const thrown = await rejection(${parse}(${response}(429, ""), ${serdeContext}()));`);
      file.line(`${expect}(thrown).toBeInstanceOf(${serviceException});`);
      file.line(`${expect}(thrown).toMatchObject({ name: "Unknown", $fault: "client", $metadata: { httpStatusCode: 429 } });`);
    }, "});");
  }, "});");
}
