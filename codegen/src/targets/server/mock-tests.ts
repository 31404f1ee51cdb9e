import type { PackageBuilder } from "../../core/generated-package.js";
import { stringLiteral } from "../../core/naming.js";
import type { TargetContext } from "../../core/target.js";
import { shapeIdName } from "../../model/shape-id.js";
import { UNIT, type OperationShape, type StructureShape } from "../../model/shapes.js";
import type { TsFile } from "../../core/ts-file.js";
import type { SerdePlan } from "../serde/serde-plan.js";
import { acceptedValues } from "./server-tests.js";
import { memberProperties } from "../types/member-names.js";

/**
 * `test/mock-client.test.ts`: for every operation, a stubbed output (any modelled one) is what the
 * client's call returns, and the call is recorded; a stub with a value of the wrong type or a member
 * the model does not define, or an error the operation does not throw, is refused naming the path;
 * a modelled error is thrown as it is; mocking the class reaches every instance, until restored.
 */
export function writeMockTests(context: TargetContext, pkg: PackageBuilder, plan: SerdePlan): void {
  const { symbols, index, model } = context;
  const withOutput = plan.supported.filter((operation) => index.outputOf(operation) !== UNIT);
  if (withOutput.length === 0) return;
  const file = pkg.tsFile("test/mock-client.test.ts");
  const vitest = (name: string) => file.value({ name, from: "vitest" });
  const fc = (name: string) => file.value({ name, from: "fast-check" });
  const [describe, it, expect] = [vitest("describe"), vitest("it"), vitest("expect")];
  const mock = file.value(symbols.symbol(symbols.mockClientHome(), "server"));
  const client = file.value(symbols.symbol(symbols.clientHome(), "server"));
  const arbitrary = (id: string) => file.value(symbols.symbol(symbols.arbitraryHome(id), "server"));
  const options = file.type({ name: "ArbitraryOptions", from: `${symbols.packageName("types")}/arbitraries` });

  file.line(`const fcParameters = { numRuns: Number(process.env.FC_NUM_RUNS ?? 10) };`);
  file.line(`const options: ${options} = { maxDepth: Number(process.env.FC_MAX_DEPTH ?? 1) };`);
  file.line("const timeout = 120_000;");
  file.line(`const newClient = () => new ${client}({ region: "us-east-1", credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" } });`);
  file.line();
  file.block(`${describe}("a stubbed output is what the call returns, and the call is recorded", () => {`, () => {
    withOutput.forEach((operation, position) => {
      if (position > 0) file.line();
      const command = file.value(symbols.symbol(symbols.commandHome(operation), "server"));
      const input = index.inputOf(operation);
      const output = index.outputOf(operation);
      const inputs = input === UNIT ? `${fc("constant")}({})` : `${arbitrary(input)}(options)`;
      file.block(`${it}(${stringLiteral(shapeIdName(operation.id))}, async () => {`, () => {
        file.block(`await ${fc("assert")}(`, () => {
          const outputs = acceptedValues(context, file, output, `${arbitrary(output)}(options)`);
          file.block(`${fc("asyncProperty")}(${inputs}, ${outputs}, async (input, output) => {`, () => {
            file.line("const client = newClient();");
            file.line(`const mocked = ${mock}(client).on(${command}).resolves(output);`);
            file.line(`const { $metadata, ...received } = await client.send(new ${command}(input));`);
            file.line(`${expect}(received).toEqual(output);`);
            file.line(`${expect}(mocked.callsOf(${command})).toEqual([input]);`);
          }, "}),");
          file.line("fcParameters,");
        }, ");");
      }, "}, timeout);");
    });
  }, "});");

  // A member of an output to break: the first that is not a document (which takes any value).
  const target = withOutput
    .map((operation) => {
      const shape = model.expectShape(index.outputOf(operation)) as StructureShape;
      const entry = memberProperties(model, shape).find(({ member }) => model.expectShape(member.target).type !== "document");
      return entry ? { operation, entry } : undefined;
    })
    .find((found) => found !== undefined);
  const first = target?.operation ?? withOutput[0]!;
  const command = file.value(symbols.symbol(symbols.commandHome(first), "server"));
  const mockStubError = file.value({ name: "MockStubError", from: "@smithy-gen/aws-json-server" });
  file.line();
  file.block(`${describe}("stubs are checked against the model", () => {`, () => {
    if (target) {
      file.block(`${it}("a value of the wrong type", () => {`, () => {
        file.line(`const stub = () => ${mock}(newClient()).on(${command}).resolves({ ${target.entry.property}: Symbol("not a value") } as never);`);
        file.line(`${expect}(stub).toThrow(${mockStubError});`);
        file.line(`${expect}(stub).toThrow(${stringLiteral(`$.${target.entry.member.name}`)});`);
      }, "});");
      file.line();
    }
    file.block(`${it}("a member the model does not define", () => {`, () => {
      file.line(`${expect}(() => ${mock}(newClient()).on(${command}).resolves({ notAMemberOfTheModel: 1 } as never)).toThrow("$.notAMemberOfTheModel is not a member of the model");`);
    }, "});");
    file.line();
    file.block(`${it}("an error the operation does not throw", () => {`, () => {
      file.line(`${expect}(() => ${mock}(newClient()).on(${command}).rejects(new TypeError("boom"))).toThrow(${stringLiteral(`${shapeIdName(first.id)} does not throw TypeError`)});`);
    }, "});");
    const errors = index.errorsOf(first);
    if (errors.length) {
      const errorId = errors[0]!;
      file.line();
      file.block(`${it}("a modelled error is thrown as it is", async () => {`, () => {
        file.line(`const error = ${fc("sample")}(${arbitrary(errorId)}(options), { seed: 1, numRuns: 1 })[0]!;`);
        file.line("const client = newClient();");
        file.line(`${mock}(client).on(${command}).rejects(error);`);
        file.line(`await ${expect}(client.send(new ${command}(${inputLiteral(context, file, first)}))).rejects.toBe(error);`);
      }, "});");
    }
  }, "});");

  const output = index.outputOf(first);
  file.line();
  file.block(`${it}("mocking the class answers every instance, until restored", async () => {`, () => {
    file.line(`const output = ${fc("sample")}(${arbitrary(output)}(options), { seed: 1, numRuns: 1 })[0]!;`);
    file.line(`const original = ${client}.prototype.send;`);
    file.line(`const mocked = ${mock}(${client}).on(${command}).resolves(output);`);
    file.block("try {", () => {
      file.line(`const { $metadata, ...received } = await newClient().send(new ${command}(${inputLiteral(context, file, first)}));`);
      file.line(`${expect}(received).toEqual(output);`);
      file.line(`${expect}(mocked.calls()).toHaveLength(1);`);
    }, "} finally {");
    file.indent(() => file.line("mocked.restore();"));
    file.line("}");
    file.line(`${expect}(${client}.prototype.send).toBe(original);`);
  }, "});");
}

/** An input of the operation for a test that does not care which: an arbitrary one, fixed by a seed. */
function inputLiteral(context: TargetContext, file: TsFile, operation: OperationShape): string {
  const input = context.index.inputOf(operation);
  if (input === UNIT) return "{}";
  const arbitrary = file.value(context.symbols.symbol(context.symbols.arbitraryHome(input), "server"));
  return `${file.value({ name: "sample", from: "fast-check" })}(${arbitrary}(options), { seed: 1, numRuns: 1 })[0]!`;
}
