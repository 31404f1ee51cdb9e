import type { PackageBuilder } from "../../core/generated-package.js";
import { getTrait, hasTrait } from "../../model/model.js";
import { propertyAccess, stringLiteral } from "../../core/naming.js";
import type { TargetContext } from "../../core/target.js";
import { createPaginationIndex } from "../../knowledge/pagination.js";
import { shapeIdName } from "../../model/shape-id.js";
import { UNIT } from "../../model/shapes.js";
import type { SerdePlan } from "../serde/serde-plan.js";
import { outputEventStream } from "../../protocols/features.js";
import { acceptedInputs } from "./server-tests.js";

/**
 * `test/fake.test.ts`: for every operation, two fakes with the same seed answer an arbitrary input
 * alike, through the generated client; for every operation the fake pages, walking its pages twice
 * gives the same items, no page larger than asked, and the last page without a token; a handler of
 * `options.handlers` answers instead of the fake.
 */
export function writeFakeTests(context: TargetContext, pkg: PackageBuilder, plan: SerdePlan): void {
  const { symbols, index, model } = context;
  if (plan.supported.length === 0) return;
  const file = pkg.tsFile("test/fake.test.ts");
  const vitest = (name: string) => file.value({ name, from: "vitest" });
  const fc = (name: string) => file.value({ name, from: "fast-check" });
  const [describe, it, expect] = [vitest("describe"), vitest("it"), vitest("expect")];
  const createFake = file.value(symbols.symbol(symbols.createFakeHome(), "server"));
  const client = file.value(symbols.symbol(symbols.clientHome(), "server"));
  const arbitrary = (id: string) => file.value(symbols.symbol(symbols.arbitraryHome(id), "server"));
  const options = file.type({ name: "ArbitraryOptions", from: `${symbols.packageName("types")}/arbitraries` });
  const handlersType = file.type(symbols.symbol(symbols.handlersHome(), "server"));
  const fakeOptions = file.type({ name: "FakeOptions", from: "@smithy-gen/aws-json-server" });

  file.line(`const fcParameters = { numRuns: Number(process.env.FC_NUM_RUNS ?? 10) };`);
  file.line(`const options: ${options} = { maxDepth: Number(process.env.FC_MAX_DEPTH ?? 1) };`);
  file.line("const timeout = 120_000;");
  file.line();
  file.doc(["A client of a fake made with `fakeOptions`, in process."]);
  file.block(`function clientOf(fakeOptions: ${fakeOptions}<${handlersType}>): ${client} {`, () => {
    file.block(`return new ${client}({`, () => {
      file.line(`region: "us-east-1",`, `credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },`, "maxAttempts: 1,");
      file.line(`endpoint: "https://localhost",`, `requestHandler: ${createFake}(fakeOptions).requestHandler,`);
    }, "});");
  });
  file.line();
  const pagination = createPaginationIndex(index);
  file.block(`${describe}("the fake answers every operation, the same for the same seed", () => {`, () => {
    plan.supported.forEach((operation, position) => {
      if (position > 0) file.line();
      const command = file.value(symbols.symbol(symbols.commandHome(operation), "server"));
      const input = index.inputOf(operation);
      // The first page: a token the fake did not give is answered with the validation error.
      const token = pagination.get(operation.id)?.inputToken.name;
      const inputs = input === UNIT ? `${fc("constant")}({})` : `${acceptedInputs(context, file, operation, `${arbitrary(input)}(options)`)}${token ? `.map((value) => ({ ...value, ${stringLiteral(token)}: undefined }))` : ""}`;
      file.block(`${it}(${stringLiteral(shapeIdName(operation.id))}, async () => {`, () => {
        file.block(`await ${fc("assert")}(`, () => {
          file.block(`${fc("asyncProperty")}(${inputs}, ${fc("integer")}(), async (input, seed) => {`, () => {
            file.line(`const { $metadata: first, ...answer } = await clientOf({ seed }).send(new ${command}(input));`);
            file.line(`const { $metadata: second, ...again } = await clientOf({ seed }).send(new ${command}(input));`);
            file.line(`${expect}([first.httpStatusCode, second.httpStatusCode]).toEqual([200, 200]);`);
            file.line(`${expect}(again).toEqual(answer);`);
          }, "}),");
          file.line("fcParameters,");
        }, ");");
      }, "}, timeout);");
    });
  }, "});");

  if (plan.eventStreams.length) {
    file.line();
    file.block(`${describe}("the fake streams events of the model, the same for the same seed", () => {`, () => {
      plan.eventStreams.forEach((operation, position) => {
        if (position > 0) file.line();
        const command = file.value(symbols.symbol(symbols.commandHome(operation), "server"));
        const input = index.inputOf(operation);
        const member = outputEventStream(model, operation)!.member.name;
        const inputs = input === UNIT ? `${fc("constant")}({})` : acceptedInputs(context, file, operation, `${arbitrary(input)}(options)`);
        file.block(`${it}(${stringLiteral(shapeIdName(operation.id))}, async () => {`, () => {
          file.block(`await ${fc("assert")}(`, () => {
            file.block(`${fc("asyncProperty")}(${inputs}, ${fc("integer")}(), async (input, seed) => {`, () => {
              file.block("const read = async () => {", () => {
                file.line(`const output = await clientOf({ seed }).send(new ${command}(input));`);
                file.line("const events: unknown[] = [];");
                file.line(`for await (const event of output${propertyAccess("", member)} ?? []) events.push(event);`);
                file.line("return events;");
              }, "};");
              const known = [...outputEventStream(model, operation)!.union.members.values()]
                .filter((entry) => !hasTrait(model.expectShape(entry.target), "smithy.api#error"))
                .map((entry) => stringLiteral(entry.name));
              file.line("const events = await read();");
              file.line(`${expect}(await read()).toEqual(events);`);
              // Each event sets exactly one of the union's event members.
              file.line(`for (const event of events) ${expect}([${known.join(", ")}]).toContain(Object.keys(event as object).join(","));`);
            }, "}),");
            file.line("fcParameters,");
          }, ");");
        }, "}, timeout);");
      });
    }, "});");
  }

  const pageable = plan.supported.flatMap((operation) => {
    const paged = pagination.get(operation.id);
    if (!paged || !paged.items || index.outputOf(operation) === UNIT) return [];
    const tokenTypes = [paged.inputToken.target, paged.outputToken[paged.outputToken.length - 1]!.target].map((id) => model.expectShape(id).type);
    if (tokenTypes.some((type) => type !== "string") || paged.items.length !== 1 || paged.outputToken.length !== 1) return [];
    if (paged.itemsShape?.type !== "list" && paged.itemsShape?.type !== "set") return [];
    return [{ operation, paged }];
  });
  if (pageable.length) {
    file.line();
    file.block(`${describe}("the fake pages a stable data set", () => {`, () => {
      pageable.forEach(({ operation, paged }, position) => {
        if (position > 0) file.line();
        const command = file.value(symbols.symbol(symbols.commandHome(operation), "server"));
        const input = index.inputOf(operation);
        const inputToken = paged.inputToken.name;
        const outputToken = paged.outputToken[0]!.name;
        const items = paged.items![0]!.name;
        file.block(`${it}(${stringLiteral(shapeIdName(operation.id))}, async () => {`, () => {
          file.block(`await ${fc("assert")}(`, () => {
            file.block(`${fc("asyncProperty")}(${acceptedInputs(context, file, operation, `${arbitrary(input)}(options)`)}, ${fc("integer")}(), async (input, seed) => {`, () => {
              file.line("const client = clientOf({ seed, pageSize: 4, itemCount: 9 });");
              file.block("const walk = async () => {", () => {
                file.line("const items: unknown[] = [];");
                file.line("let token: string | undefined;");
                file.block("for (let page = 0; page < 100; page++) {", () => {
                  file.line(`const output = await client.send(new ${command}({ ...input, ${stringLiteral(inputToken)}: token }));`);
                  file.line(`const pageItems = output[${stringLiteral(items)}] ?? [];`);
                  if (paged.pageSize) {
                    // The fake takes a positive page size from the input, else its own (4); a model may allow 0 or less.
                    // A page size left out is sent as its `@default`, if the model gives one.
                    const fallback = getTrait(paged.pageSize, "smithy.api#default");
                    const sent = `input[${stringLiteral(paged.pageSize.name)}]`;
                    const size = typeof fallback === "number" ? `(${sent} ?? ${fallback})` : sent;
                    file.line(`${expect}(pageItems.length).toBeLessThanOrEqual(typeof ${size} === "number" && ${size} > 0 ? ${size} : 4);`);
                  }
                  else file.line(`${expect}(pageItems.length).toBeLessThanOrEqual(4);`);
                  file.line("items.push(...pageItems);");
                  file.line(`token = output[${stringLiteral(outputToken)}];`);
                  file.line("if (token === undefined) return items;");
                });
                file.line(`throw new Error("the fake's pages did not end");`);
              }, "};");
              file.line(`${expect}(await walk()).toEqual(await walk());`);
            }, "}),");
            file.line("fcParameters,");
          }, ");");
        }, "}, timeout);");
      });
    }, "});");
  }

  const first = plan.supported[0]!;
  const output = index.outputOf(first);
  if (output !== UNIT) {
    const command = file.value(symbols.symbol(symbols.commandHome(first), "server"));
    const input = index.inputOf(first);
    file.line();
    file.block(`${it}("a handler of options.handlers answers instead of the fake", async () => {`, () => {
      file.line(`const answer = ${fc("sample")}(${arbitrary(output)}(options), { seed: 7, numRuns: 1 })[0]!;`);
      file.line(`const client = clientOf({ handlers: { ${symbols.methodName(first)}: async () => answer } });`);
      file.line(`const inputValue = ${input === UNIT ? "{}" : `${fc("sample")}(${acceptedInputs(context, file, first, `${arbitrary(input)}(options)`)}, { seed: 7, numRuns: 1 })[0]!`};`);
      file.line(`const { $metadata, ...received } = await client.send(new ${command}(inputValue));`);
      file.line(`${expect}($metadata.httpStatusCode).toBe(200);`);
      file.line(`${expect}(Object.keys(received).sort()).toEqual(Object.entries(answer).filter(([, value]) => value !== undefined).map(([key]) => key).sort());`);
    }, "});");
  }
}
